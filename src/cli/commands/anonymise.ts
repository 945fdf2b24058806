import * as path from "node:path";
import { parseArgs } from "node:util";
import { anonymisePlan, type AnonymisePlan } from "../../core/anonymise/plan";
import { findOccurrences, type Occurrence } from "../../core/anonymise/match";
import { parseRegister, registerProblems, type Register } from "../../core/anonymise/register";
import type { DocModel } from "../../core/model/types";
import { applyPlanToDocx } from "../../docx/apply-plan";
import { readCustomXmlPart, REGISTER_NAMESPACE, removeCustomXmlPart } from "../../docx/custom-xml";
import { DocxError } from "../../docx/errors";
import { readDocx } from "../../docx/read/docx";
import { readInput, readJson, sameFile, writeOutput } from "../files";
import { describeArgError } from "../args";
import { EXIT, InputError, type CliIO } from "../io";

export const ANONYMISE_SUMMARY =
  "anonymise <in.docx> --register register.json -o <out.docx> [--force]";
export const ANONYMISE_USAGE = `usage: imr ${ANONYMISE_SUMMARY}`;

interface AnonymiseArgs {
  input: string;
  register: string;
  output: string;
  force: boolean;
}

function parse(args: string[]): AnonymiseArgs {
  let values: { register?: string; output?: string; force?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        register: { type: "string", short: "r" },
        output: { type: "string", short: "o" },
        force: { type: "boolean", short: "f" },
      },
    }));
  } catch (e) {
    throw new InputError(`${describeArgError(e)}; ${ANONYMISE_USAGE}`);
  }
  if (positionals.length !== 1)
    throw new InputError(
      `${positionals.length === 0 ? "say which .docx to anonymise" : "give one input file only"}; ${ANONYMISE_USAGE}`,
    );
  if (!values.register)
    throw new InputError(`say which people register to use with --register; ${ANONYMISE_USAGE}`);
  if (!values.output)
    throw new InputError(`say where to write the anonymised copy with -o; ${ANONYMISE_USAGE}`);
  return {
    input: positionals[0],
    register: values.register,
    output: values.output,
    force: values.force ?? false,
  };
}

/** The register file, validated; every problem named by its path, or a register problem. */
async function loadRegister(file: string, shown: string): Promise<Register> {
  const parsed = parseRegister(await readJson(file, shown));
  if (!parsed.ok)
    throw new InputError(
      `${shown} is not a valid people register:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`,
    );
  const blocking = registerProblems(parsed.value).filter((p) => p.kind !== "shared-variant");
  if (blocking.length > 0)
    throw new InputError(
      `${shown} cannot be used as it is:\n${blocking.map((p) => `  people.${p.people[0]}: ${p.message}`).join("\n")}`,
    );
  if (parsed.value.people.length === 0)
    throw new InputError(`${shown} lists no people: add each person's name and code`);
  return parsed.value;
}

/** "paragraph 12", "table 2, row 3, column 1", "the header" — where an occurrence is. */
function place(model: DocModel, o: Occurrence): string {
  const index = model.blocks.findIndex((b) => b.id === o.blockId);
  const block = model.blocks[index];
  const part = block?.part ?? "body";
  const count = (kind: string) =>
    model.blocks.slice(0, index + 1).filter((b) => b.kind === kind && (b.part ?? "body") === part)
      .length;
  const where = part === "body" ? "" : ` in the ${part}`;
  if (o.row !== undefined && o.column !== undefined)
    return `table ${count("table")}${where}, row ${o.row + 1}, column ${o.column + 1}`;
  return `paragraph ${count("paragraph")}${where}`;
}

/** A few words either side of the name, the name in «guillemets». */
function snippet(model: DocModel, o: Occurrence): string {
  const block = model.blocks.find((b) => b.id === o.blockId);
  if (!block) return o.text;
  const text =
    block.kind === "paragraph" ? block.text : (block.rows[o.row ?? 0]?.[o.column ?? 0] ?? "");
  const from = Math.max(0, o.start - 30);
  const to = Math.min(text.length, o.end + 30);
  const squash = (t: string) => t.replace(/\s+/g, " ");
  return `${from > 0 ? "…" : ""}${squash(text.slice(from, o.start))}«${o.text}»${squash(text.slice(o.end, to))}${to < text.length ? "…" : ""}`;
}

function report(
  io: CliIO,
  register: Register,
  model: DocModel,
  planned: AnonymisePlan,
  args: AnonymiseArgs,
): void {
  const total = planned.plan.edits.length;
  io.out(`Replaced ${total} ${total === 1 ? "name" : "names"} and wrote ${args.output}:`);
  register.people.forEach((p, i) => {
    const n = planned.counts[i];
    io.out(`  ${p.code} (${p.name}): ${n}${n === 0 ? " (not found)" : ""}`);
  });
  if (planned.toReview.length > 0) {
    io.out(`Replaced, but check ${planned.toReview.length === 1 ? "this one" : "these"}:`);
    for (const o of planned.toReview)
      io.out(`  ${place(model, o)}: ${snippet(model, o)} (${o.review ?? ""})`);
  }
}

function reportUnresolved(io: CliIO, model: DocModel, unresolved: readonly Occurrence[]): void {
  const n = unresolved.length;
  io.out(
    `Not replaced: ${n} ${n === 1 ? "name could be" : "names could be"} more than one person. Decide who is meant and replace ${n === 1 ? "it" : "them"} by hand (or list the variant for one person in the register):`,
  );
  for (const o of unresolved)
    io.out(`  ${place(model, o)}: ${snippet(model, o)} ${o.review ?? ""}`);
}

/**
 * `imr anonymise <in.docx> --register register.json -o <out.docx> [--force]`: write a copy of the
 * report with every name in the register replaced by the person's code. Never writes over its
 * input; replaces an existing output only with --force; writes atomically. Exit 1 when some
 * names could not be replaced (they are listed), 2 for bad input (nothing is written).
 */
export async function runAnonymise(args: string[], io: CliIO): Promise<number> {
  try {
    const parsed = parse(args);
    const input = path.resolve(io.cwd, parsed.input);
    const output = path.resolve(io.cwd, parsed.output);
    if (await sameFile(input, output))
      throw new InputError(
        `will not write over the input file ${parsed.input}: give the anonymised copy another name`,
      );
    if (path.extname(output).toLowerCase() !== path.extname(input).toLowerCase())
      throw new InputError(
        `the anonymised copy must be a ${path.extname(input) || ".docx"} file like the input, not "${parsed.output}"`,
      );
    const register = await loadRegister(path.resolve(io.cwd, parsed.register), parsed.register);
    const bytes = await readInput(input, parsed.input);
    let model: DocModel;
    let planned: AnonymisePlan;
    let written: Uint8Array;
    try {
      model = await readDocx(bytes);
      planned = anonymisePlan(model, register);
      const result = await applyPlanToDocx(bytes, planned.plan);
      if (!result.ok) throw new InputError(`cannot anonymise ${parsed.input}: ${result.reason}`);
      // The register maps codes back to real names: it stays with the draft, never the copy.
      written = await removeCustomXmlPart(result.bytes, REGISTER_NAMESPACE);
      // Read what is about to be written: only the undecided names may be left.
      const left = findOccurrences(await readDocx(written), register).length;
      if (left !== planned.unresolved.length)
        throw new InputError(
          `cannot anonymise ${parsed.input}: ${left - planned.unresolved.length} names were still there after replacing, so nothing was written`,
        );
    } catch (e) {
      if (e instanceof DocxError) throw new InputError(`cannot read ${parsed.input}: ${e.message}`);
      throw e;
    }
    await writeOutput(output, parsed.output, written, parsed.force);
    report(io, register, model, planned, parsed);
    if (await readCustomXmlPart(bytes, REGISTER_NAMESPACE))
      io.out(
        `The people register (real names) stays in ${parsed.input}; ${parsed.output} does not hold it.`,
      );
    if (planned.unresolved.length > 0) {
      reportUnresolved(io, model, planned.unresolved);
      return EXIT.findings;
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`imr anonymise: ${e.message}`);
      return EXIT.badInput;
    }
    throw e;
  }
}
