import { parseArgs } from "node:util";
import { runChecks } from "../../core/checks/engine";
import { describeCounts, summariseFindings } from "../../core/checks/summary";
import type { Finding, Severity } from "../../core/model/types";
import { detectPack } from "../../core/packs/detect";
import type { Pack } from "../../core/packs/schema";
import { withMarking } from "../../core/config";
import { resolveFrom } from "../files";
import { describeArgError } from "../args";
import { EXIT, InputError, type CliIO } from "../io";
import { loadPack, readModel, readOrganisation } from "../packs";

export const CHECK_SUMMARY =
  "check <file.docx> [--pack dhr|cspr|sar|pack.json] [--config organisation.json] [--json]";
const USAGE = `usage: imr ${CHECK_SUMMARY}`;

interface CheckArgs {
  file: string;
  pack?: string;
  json: boolean;
  /** The organisation's settings file: its packs, marking and check options (DEPLOYMENT.md). */
  config?: string;
}

/** One finding as `imr check --json` prints it. A format scripts read: keep it stable. */
export interface JsonFinding {
  rule: string;
  severity: Severity;
  message: string;
  text: string;
  section: string | null;
  suggestion: string | null;
  location: Finding["location"] | null;
}

function parse(args: string[]): CheckArgs {
  let values: { pack?: string; json?: boolean; config?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        pack: { type: "string", short: "p" },
        json: { type: "boolean" },
        config: { type: "string", short: "c" },
      },
    }));
  } catch (e) {
    throw new InputError(`${describeArgError(e)}; ${USAGE}`);
  }
  if (positionals.length !== 1)
    throw new InputError(
      `${positionals.length === 0 ? "say which .docx to check" : "give one file only"}; ${USAGE}`,
    );
  return {
    file: positionals[0],
    pack: values.pack,
    json: values.json ?? false,
    config: values.config,
  };
}

export function toJsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    text: f.text,
    section: f.section ?? null,
    suggestion: f.suggestions?.[0] ?? null,
    location: f.location ?? null,
  };
}

const LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Note" };

/** One line of text, however the finding's text runs: long texts are shortened in the middle. */
function quote(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `“${t.length > 90 ? `${t.slice(0, 60)} … ${t.slice(-25)}` : t}”`;
}

/** Findings grouped by section, then severity, for a terminal. */
export function formatFindings(findings: readonly Finding[], pack: Pack): string[] {
  const summary = summariseFindings(findings, pack);
  const lines: string[] = [];
  for (const s of summary.sections) {
    lines.push("", `${s.section} (${describeCounts(s.counts)})`);
    for (const f of s.findings) {
      lines.push(`  ${`${LABEL[f.severity]}:`.padEnd(9)}${quote(f.text)}  [${f.rule}]`);
      lines.push(`           ${f.message}`);
      if (f.suggestions?.[0]) lines.push(`           Suggestion: ${quote(f.suggestions[0])}`);
    }
  }
  return lines;
}

/**
 * `imr check <file.docx> [--pack …] [--json]`: run the checks the task pane runs on a .docx.
 * Exit 0 with no errors (warnings and notes may remain), 1 with errors, 2 on bad input.
 */
export async function runCheck(args: string[], io: CliIO): Promise<number> {
  try {
    const parsed = parse(args);
    const organisation = parsed.config ? await readOrganisation(parsed.config, io.cwd) : undefined;
    const orgPack = organisation?.packs.find((p) => p.id === parsed.pack);
    const given = parsed.pack
      ? (orgPack ??
        withMarking(await loadPack(parsed.pack, io.cwd), organisation?.settings.protectiveMarking))
      : undefined;
    const model = await readModel(resolveFrom(io.cwd, parsed.file), parsed.file, "check");
    const detected = given ? undefined : detectPack(model, organisation?.packs);
    const pack = given ?? detected?.pack;
    if (!pack)
      throw new InputError(
        `cannot tell which template ${parsed.file} was made from (its headings match no pack well enough): say which with --pack dhr, cspr, sar or pack.json`,
      );
    const findings = runChecks(model, pack, organisation?.settings.checkOptions);
    const errors = findings.some((f) => f.severity === "error");
    if (parsed.json) {
      io.out(
        JSON.stringify({
          file: parsed.file,
          pack: pack.id,
          findings: findings.map(toJsonFinding),
        }),
      );
    } else {
      io.out(`Checked ${parsed.file} against the ${pack.title} pack (${pack.id}).`);
      io.out(
        given ? "The pack was given with --pack." : `The pack was detected: ${detected!.reason}.`,
      );
      const counts = summariseFindings(findings, pack).counts;
      io.out(counts.total === 0 ? "No problems found." : `Found ${describeCounts(counts)}.`);
      for (const line of formatFindings(findings, pack)) io.out(line);
    }
    return errors ? EXIT.findings : EXIT.ok;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`imr check: ${e.message}`);
      return EXIT.badInput;
    }
    throw e;
  }
}
