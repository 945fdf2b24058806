import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { DocxError } from "../../docx/errors";
import {
  formatReport,
  stripGuidance,
  summariseReport,
  type GuidanceReport,
} from "../../docx/strip";
import { dropPrivateParts } from "../../docx/custom-xml/private-parts";
import { sameFile, writeOutput } from "../files";
import { builtinPack } from "../../core/packs/registry";
import {
  documentPackId,
  formatPrivacyReport,
  privacyIssues,
  removePrivateContent,
  scanPrivacy,
  type PrivacyOptions,
  type PrivacyScan,
} from "../../docx/privacy";
import { describeArgError } from "../args";
import { EXIT, InputError, type CliIO } from "../io";

export const CLEAN_USAGE =
  "usage: imr clean <in.docx> -o <out.docx> [--report] [--keep-key] [--keep-comments] [--force]";

interface CleanArgs {
  input: string;
  output: string;
  report: boolean;
  force: boolean;
  keepKey: boolean;
  keepComments: boolean;
}

function parse(args: string[]): CleanArgs {
  let values: {
    output?: string;
    report?: boolean;
    force?: boolean;
    "keep-key"?: boolean;
    "keep-comments"?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        report: { type: "boolean", short: "r" },
        force: { type: "boolean", short: "f" },
        "keep-key": { type: "boolean" },
        "keep-comments": { type: "boolean" },
      },
    }));
  } catch (e) {
    throw new InputError(`${describeArgError(e)}; ${CLEAN_USAGE}`);
  }
  if (positionals.length !== 1) {
    throw new InputError(
      `${positionals.length === 0 ? "say which .docx to clean" : "give one input file only"}; ${CLEAN_USAGE}`,
    );
  }
  if (!values.output)
    throw new InputError(`say where to write the clean copy with -o; ${CLEAN_USAGE}`);
  return {
    input: positionals[0],
    output: values.output,
    report: values.report ?? false,
    force: values.force ?? false,
    keepKey: values["keep-key"] ?? false,
    keepComments: values["keep-comments"] ?? false,
  };
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "it is a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return (e as Error).message?.split("\n")[0] ?? String(e);
  }
}

async function statOrUndefined(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}

function printSummary(io: CliIO, report: GuidanceReport, args: CleanArgs): void {
  if (args.report) {
    for (const line of formatReport(report)) io.out(line);
    io.out(`Wrote ${args.output}.`);
    return;
  }
  io.out(`${summariseReport(report).replace(/\.$/, "")} and wrote ${args.output}.`);
  const n = report.ambiguous.length;
  if (n > 0) {
    io.out(
      `${n} ${n === 1 ? "passage looks" : "passages look"} like guidance (red or italic, not both) and ${n === 1 ? "was" : "were"} kept: run with --report to list ${n === 1 ? "it" : "them"}.`,
    );
  }
}

/**
 * `imr clean <in.docx> -o <out.docx> [--report] [--force]`: write a copy of the report with the
 * guidance notes removed. Never writes over its input; replaces an existing output only with
 * --force; writes atomically.
 */
export async function runClean(args: string[], io: CliIO): Promise<number> {
  try {
    const parsed = parse(args);
    const input = path.resolve(io.cwd, parsed.input);
    const output = path.resolve(io.cwd, parsed.output);
    if (await sameFile(input, output)) {
      throw new InputError(
        `will not write over the input file ${parsed.input}: give the clean copy another name`,
      );
    }
    const inExt = path.extname(input).toLowerCase();
    const outExt = path.extname(output).toLowerCase();
    if (/^\.(docx|docm|dotx|dotm)$/.test(inExt) && outExt !== inExt) {
      throw new InputError(
        `the clean copy must be a ${inExt} file like the input, not "${parsed.output}"`,
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fs.readFile(input));
    } catch (e) {
      throw new InputError(`cannot read ${parsed.input}: ${fsReason(e)}`);
    }
    const dir = await statOrUndefined(path.dirname(output));
    if (!dir?.isDirectory())
      throw new InputError(
        `cannot write ${parsed.output}: the folder ${path.dirname(output)} does not exist`,
      );
    const existing = await statOrUndefined(output);
    if (existing?.isDirectory())
      throw new InputError(`cannot write ${parsed.output}: it is a folder`);
    if (existing && !parsed.force)
      throw new InputError(`${parsed.output} already exists: use --force to replace it`);
    const options: PrivacyOptions = { keepKey: parsed.keepKey, keepComments: parsed.keepComments };
    let result: Awaited<ReturnType<typeof stripGuidance>>;
    let scan: PrivacyScan;
    let removed: Awaited<ReturnType<typeof removePrivateContent>>;
    try {
      // Before the private parts go: the register stored in the draft says whose names to look for.
      scan = await scanPrivacy(bytes);
      const issues = privacyIssues(scan, options);
      if (issues.trackedChanges > 0) {
        for (const line of formatPrivacyReport(scan, issues)) io.out(line);
        io.err(
          `imr clean: ${parsed.input} has tracked changes: accept or reject them in Word first; nothing was written`,
        );
        return EXIT.findings;
      }
      const packId = await documentPackId(bytes);
      const pack = packId ? builtinPack(packId) : undefined;
      result = await stripGuidance(bytes, pack ? { packs: [pack] } : undefined);
      removed = await removePrivateContent(result.bytes, options);
    } catch (e) {
      if (e instanceof DocxError)
        throw new InputError(`cannot clean ${parsed.input}: ${e.message}`);
      throw e;
    }
    // The draft's private parts (people register, QA record, settings) never go out with it.
    const cleaned = await dropPrivateParts(removed.bytes);
    await writeOutput(output, parsed.output, cleaned.bytes, parsed.force);
    printSummary(io, result.report, parsed);
    for (const line of formatPrivacyReport(scan, privacyIssues(scan, options), removed.report))
      io.out(line);
    if (cleaned.dropped.length > 0) io.out(`Left out of the copy: ${cleaned.dropped.join("; ")}.`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`imr clean: ${e.message}`);
      return EXIT.badInput;
    }
    throw e;
  }
}
