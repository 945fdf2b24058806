import { parseArgs } from "node:util";
import { runChecks } from "../../core/checks/engine";
import type { DocModel } from "../../core/model/types";
import { detectPack } from "../../core/packs/detect";
import { builtinPack } from "../../core/packs/registry";
import type { Pack, QaSet } from "../../core/packs/schema";
import { qaEvidence, type EvidenceItem } from "../../core/qa/evidence";
import { qaFormJson, qaFormText } from "../../core/qa/form";
import { emptyState, qaSetOf, type QaLoad } from "../../core/qa/state";
import type { QaState } from "../../core/qa/schema";
import { describeProblems } from "../../core/validation";
import { readQaState } from "../../docx/custom-xml/parts";
import { DocxError } from "../../docx/errors";
import { readDocx } from "../../docx/read/docx";
import { readInput, resolveFrom } from "../files";
import { loadPack } from "../packs";
import { describeArgError } from "../args";
import { EXIT, InputError, type CliIO } from "../io";

export const QA_SUMMARY = "qa <file.docx> [--pack dhr|cspr|sar|pack.json] [--evidence] [--json]";
const USAGE = `usage: imr ${QA_SUMMARY}`;

interface QaArgs {
  file: string;
  pack?: string;
  evidence: boolean;
  json: boolean;
}

function parse(args: string[]): QaArgs {
  let values: { pack?: string; evidence?: boolean; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        pack: { type: "string", short: "p" },
        evidence: { type: "boolean", short: "e" },
        json: { type: "boolean" },
      },
    }));
  } catch (e) {
    throw new InputError(`${describeArgError(e)}; ${USAGE}`);
  }
  if (positionals.length !== 1)
    throw new InputError(
      `${positionals.length === 0 ? "say which .docx to read" : "give one file only"}; ${USAGE}`,
    );
  return {
    file: positionals[0],
    pack: values.pack,
    evidence: values.evidence ?? false,
    json: values.json ?? false,
  };
}

/** The QA record and the document's text, or an InputError naming what is wrong with the file. */
async function readFile(
  file: string,
  cwd: string,
): Promise<{ load: QaLoad | { kind: "none" }; model: DocModel }> {
  const bytes = await readInput(resolveFrom(cwd, file), file);
  try {
    const [load, model] = await Promise.all([readQaState(bytes), readDocx(bytes)]);
    return { load, model };
  } catch (e) {
    if (e instanceof DocxError) throw new InputError(`cannot read ${file}: ${e.message}`);
    throw e;
  }
}

/** The pack the record (or, without one, the document) is for; --pack wins. */
function choosePack(
  given: Pack | undefined,
  recordedId: string | undefined,
  model: DocModel,
  file: string,
): Pack {
  if (given) {
    if (recordedId && given.id !== recordedId)
      throw new InputError(
        `the QA record in ${file} is for the "${recordedId}" pack, not "${given.id}": leave out --pack or give that pack`,
      );
    return given;
  }
  if (recordedId) {
    const pack = builtinPack(recordedId);
    if (!pack)
      throw new InputError(
        `the QA record in ${file} is for the "${recordedId}" pack, which is not built in: give its pack .json file with --pack`,
      );
    return pack;
  }
  const detected = detectPack(model);
  if (!detected)
    throw new InputError(
      `${file} has no QA record and its template cannot be told from its headings: say which with --pack dhr, cspr, sar or pack.json`,
    );
  return detected.pack;
}

function setFor(pack: Pack, state: QaState, file: string): QaSet {
  const set = qaSetOf(pack, state.setId);
  if (!set)
    throw new InputError(
      `the QA record in ${file} uses the QA form "${state.setId}", which the ${pack.id} pack does not have (it has: ${pack.qa.sets.map((s) => s.id).join(", ")})`,
    );
  return set;
}

/**
 * `imr qa <file.docx> [--pack …] [--evidence] [--json]`: show the quality-assurance record kept in
 * a .docx (answers, comments, status, dates, sign-off); a document without one shows its pack's QA
 * form unanswered. Reads only: the file is never changed. Exit 0, or 2 on bad input (including a
 * record saved by a newer version of IMR Assistant, which this version cannot read).
 */
export async function runQa(args: string[], io: CliIO): Promise<number> {
  try {
    const parsed = parse(args);
    const given = parsed.pack ? await loadPack(parsed.pack, io.cwd) : undefined;
    const { load, model } = await readFile(parsed.file, io.cwd);
    if (load.kind === "newer") throw new InputError(load.message);
    if (load.kind === "invalid")
      throw new InputError(
        `the QA record in ${parsed.file} cannot be read (${describeProblems(load.problems)}); the file is unchanged`,
      );
    const recorded = load.kind === "ok" ? load.state : undefined;
    const pack = choosePack(given, recorded?.packId, model, parsed.file);
    const state = recorded ?? emptyState(pack);
    const set = setFor(pack, state, parsed.file);
    let evidence: Record<string, EvidenceItem[]> | undefined;
    if (parsed.evidence) {
      const findings = runChecks(model, pack);
      evidence = qaEvidence(model, pack, findings, { dates: state.dates });
    }

    if (parsed.json) {
      io.out(
        JSON.stringify({
          file: parsed.file,
          recorded: recorded !== undefined,
          ...(load.kind === "ok" && load.migratedFrom !== undefined
            ? { migratedFrom: load.migratedFrom }
            : {}),
          ...qaFormJson(set, state, evidence),
        }),
      );
      return EXIT.ok;
    }
    if (!recorded)
      io.out(
        `${parsed.file} has no quality-assurance record yet: the ${pack.id} pack's form is shown unanswered.`,
      );
    else if (load.kind === "ok" && load.migratedFrom !== undefined)
      io.out(
        `The record was saved by an older version of IMR Assistant (record version ${load.migratedFrom}) and is shown in the current form; the file is unchanged.`,
      );
    io.out(qaFormText(set, state, evidence).trimEnd());
    return EXIT.ok;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`imr qa: ${e.message}`);
      return EXIT.badInput;
    }
    throw e;
  }
}
