import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import {
  chronologyToCsv,
  exportChronology,
  locateChronology,
  locateInTable,
  mergeChronologies,
  mergeInputFromCsv,
  mergedToCsv,
  normaliseHeader,
  AGENCY_COLUMN,
  type MergeInput,
  type MergeResult,
} from "../../core/chronology";
import type { DocModel } from "../../core/model/types";
import { detectPack } from "../../core/packs/detect";
import { loadPack, readModel } from "../packs";
import { BUILTIN_PACKS } from "../../core/packs/registry";
import type { Pack } from "../../core/packs/schema";
import { writeSimpleTableDocx } from "../../docx/write/simple-table-doc";
import { readInput, resolveFrom, writeOutput } from "../files";
import { describeArgError } from "../args";
import { EXIT, InputError, type CliIO } from "../io";

const EXPORT_USAGE =
  "imr chronology export <file.docx> -o <out.csv> [--pack <dhr|cspr|sar|pack.json>] [--agency <name>] [--force]";
const MERGE_USAGE =
  "imr chronology merge <a.docx|a.csv> <b.docx|b.csv> ... -o <composite.csv|composite.docx> [--pack <dhr|cspr|sar|pack.json>] [--force]";
/** The summary line for `imr --help`. */
export const CHRONOLOGY_SUMMARY =
  "chronology export <file.docx> -o <out.csv> | merge <a.docx|a.csv> <b...> -o <out.csv|out.docx> [--pack <id>] [--force]";

const DEFAULT_MARKING = "OFFICIAL-SENSITIVE";
const AGENCY_KEY = normaliseHeader(AGENCY_COLUMN);

interface Parsed {
  inputs: string[];
  output: string;
  pack?: string;
  agency?: string;
  force: boolean;
}

function parse(args: string[], usage: string): Parsed {
  let values: { output?: string; pack?: string; agency?: string; force?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        pack: { type: "string", short: "p" },
        force: { type: "boolean", short: "f" },
        agency: { type: "string" },
      },
    }));
  } catch (e) {
    throw new InputError(`${describeArgError(e)}; usage: ${usage}`);
  }
  if (!values.output) throw new InputError(`say where to write with -o; usage: ${usage}`);
  return {
    inputs: positionals,
    output: values.output,
    pack: values.pack,
    agency: values.agency,
    force: values.force ?? false,
  };
}

/**
 * The pack whose chronology the document holds: the one the document records or its headings
 * point to (core detectPack), when its chronology is there; else the built-in pack whose
 * chronology header matches a table best (a file holding only a chronology has no headings).
 */
function packFor(model: DocModel): Pack | undefined {
  const detected = detectPack(model)?.pack;
  if (detected && locateChronology(model, detected)) return detected;
  let best: { pack: Pack; score: number } | undefined;
  for (const pack of BUILTIN_PACKS) {
    const found = locateChronology(model, pack);
    if (found && (!best || found.score > best.score)) best = { pack, score: found.score };
  }
  return best?.pack;
}

/** The built-in pack whose chronology columns a CSV header row matches best, if any does. */
function packForHeader(header: readonly string[]): Pack | undefined {
  let best: { pack: Pack; score: number } | undefined;
  for (const pack of BUILTIN_PACKS) {
    const found = locateInTable({ kind: "table", id: "csv", rows: [[...header]] }, pack.chronology);
    if (found && (!best || found.score > best.score)) best = { pack, score: found.score };
  }
  return best?.pack;
}

async function readCsvText(file: string, shown: string): Promise<string> {
  const bytes = await readInput(file, shown);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      `cannot read ${shown}: it is not UTF-8 text (in Excel, save it as "CSV UTF-8")`,
    );
  }
}

async function statOrUndefined(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}

/** Refuse an output that is one of the inputs (the same path, or a link to the same file). */
async function refuseInputAsOutput(inputs: string[], output: string, shown: string) {
  const out = await statOrUndefined(output);
  for (const input of inputs) {
    const inStat = await statOrUndefined(input);
    const same =
      path.resolve(input) === path.resolve(output) ||
      (inStat && out && inStat.dev === out.dev && inStat.ino === out.ino);
    if (same)
      throw new InputError(
        `will not write over the input file ${shown}: give the output another name`,
      );
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function runExport(args: string[], io: CliIO): Promise<number> {
  const parsed = parse(args, EXPORT_USAGE);
  if (parsed.inputs.length !== 1)
    throw new InputError(
      `${parsed.inputs.length === 0 ? "say which .docx to export" : "give one .docx only"}; usage: ${EXPORT_USAGE}`,
    );
  const [shownIn] = parsed.inputs;
  if (!/\.(docx|docm)$/i.test(shownIn))
    throw new InputError(`the input must be a .docx file, not "${shownIn}"`);
  if (!/\.csv$/i.test(parsed.output))
    throw new InputError(`the output file must end in .csv, not "${parsed.output}"`);
  const input = resolveFrom(io.cwd, shownIn);
  const output = resolveFrom(io.cwd, parsed.output);
  await refuseInputAsOutput([input], output, parsed.output);
  const model = await readModel(input, shownIn);
  const pack = parsed.pack ? await loadPack(parsed.pack, io.cwd) : packFor(model);
  if (!pack)
    throw new InputError(
      `no chronology table found in ${shownIn}: no table has a chronology's column headings (a date column and most of the template's columns)`,
    );
  const result = exportChronology(model, pack, parsed.agency);
  if (!result.ok) throw new InputError(`${shownIn}: ${result.message}`);
  const csv = chronologyToCsv(result.rows, result.columns);
  await writeOutput(output, parsed.output, new TextEncoder().encode(csv), parsed.force);
  io.out(
    `Wrote ${parsed.output}: ${plural(result.rows.length, "row", "rows")} from the ${pack.chronology.title}${result.agency ? ` of ${result.agency}` : ""} (${result.columns.join(", ")}).`,
  );
  if (!result.agency)
    io.out(
      `The document does not name its agency (no "Name of Agency" field), so the Agency column is empty: give it with --agency "<name>".`,
    );
  if (result.omitted.length > 0)
    io.out(
      `Not exported: ${result.omitted.map((h) => `"${h}"`).join(", ")} ${result.omitted.length === 1 ? "is not a column" : "are not columns"} of the template's chronology.`,
    );
  return EXIT.ok;
}

interface Source {
  shown: string;
  kind: "docx" | "csv";
  input: MergeInput;
}

/**
 * Which input each undated row came from. The merge lists undated rows input by input, in row
 * order, so walking the inputs in order with the row, its agency and its date text is exact.
 */
function attribute(merged: MergeResult, sources: readonly Source[]) {
  const out: { source: Source; row: number; date: string; agency: string }[] = [];
  let k = 0;
  let last = -1;
  for (const u of merged.undated) {
    const fits = (s: Source) => {
      const row = s.input.rows[u.row];
      if (!row || row.every((c) => c.trim() === "") || !row.includes(u.date)) return false;
      const at = s.input.columns.findIndex((h) => normaliseHeader(h) === AGENCY_KEY);
      const own = at >= 0 ? (row[at] ?? "").trim() : "";
      return (own !== "" ? row[at] : s.input.agency) === u.agency;
    };
    while (k < sources.length && !(u.row > last && fits(sources[k]))) {
      k += 1;
      last = -1;
    }
    if (k >= sources.length) break;
    last = u.row;
    out.push({ source: sources[k], row: u.row, date: u.date, agency: u.agency });
  }
  return out;
}

/**
 * The agencies a source's rows name: a .docx names one for all its rows; a CSV may name one per
 * row in its Agency column, and rows naming none take the input's agency (the file's name).
 */
function agenciesOf(s: Source): { named: string[]; unnamed: number } {
  if (s.kind === "docx") return { named: [s.input.agency], unnamed: 0 };
  const at = s.input.columns.findIndex((h) => normaliseHeader(h) === AGENCY_KEY);
  const named = new Set<string>();
  let unnamed = 0;
  for (const row of s.input.rows) {
    if (row.every((c) => c.trim() === "")) continue;
    const own = at >= 0 ? (row[at] ?? "").trim() : "";
    if (own === "") unnamed += 1;
    else named.add(own);
  }
  return { named: [...named], unnamed };
}

async function runMerge(args: string[], io: CliIO): Promise<number> {
  const parsed = parse(args, MERGE_USAGE);
  if (parsed.agency !== undefined)
    throw new InputError(
      `--agency is for export only: merge takes each agency from its document or CSV; usage: ${MERGE_USAGE}`,
    );
  if (parsed.inputs.length < 2)
    throw new InputError(
      `give at least two chronologies (.docx or .csv) to merge; usage: ${MERGE_USAGE}`,
    );
  const outExt = path.extname(parsed.output).toLowerCase();
  if (outExt !== ".csv" && outExt !== ".docx")
    throw new InputError(`the output file must end in .csv or .docx, not "${parsed.output}"`);
  const output = resolveFrom(io.cwd, parsed.output);
  const resolved = parsed.inputs.map((f) => resolveFrom(io.cwd, f));
  await refuseInputAsOutput(resolved, output, parsed.output);
  let pack = parsed.pack ? await loadPack(parsed.pack, io.cwd) : undefined;

  const sources: Source[] = [];
  for (const [i, shown] of parsed.inputs.entries()) {
    const file = resolved[i];
    const fallback = path.basename(shown).replace(/\.[^.]+$/, "");
    if (/\.csv$/i.test(shown)) {
      const read = mergeInputFromCsv(await readCsvText(file, shown), fallback);
      if (!read.ok) throw new InputError(`cannot read ${shown}: ${read.message}`);
      sources.push({ shown, kind: "csv", input: read.input });
    } else if (/\.(docx|docm)$/i.test(shown)) {
      const model = await readModel(file, shown);
      const own = pack ?? packFor(model);
      if (!own)
        throw new InputError(
          `no chronology table found in ${shown}: no table has a chronology's column headings`,
        );
      const result = exportChronology(model, own, fallback);
      if (!result.ok) throw new InputError(`${shown}: ${result.message}`);
      pack ??= own;
      sources.push({
        shown,
        kind: "docx",
        input: {
          agency: result.agency ?? fallback,
          columns: result.columns,
          rows: result.rows.map((r) => result.columns.map((c) => r[c] ?? "")),
        },
      });
    } else {
      throw new InputError(`${shown} is neither a .docx nor a .csv file`);
    }
  }
  pack ??= sources.map((s) => packForHeader(s.input.columns)).find((p) => p !== undefined);

  const merged = mergeChronologies(
    sources.map((s) => s.input),
    pack ? { columns: pack.chronology.columns } : {},
  );
  const undated = attribute(merged, sources);
  let bytes: Uint8Array;
  if (outExt === ".csv") {
    bytes = new TextEncoder().encode(mergedToCsv(merged));
  } else {
    const from = sources.map(
      (s) =>
        `${agenciesOf(s).named.join(", ") || s.input.agency} (${plural(s.input.rows.length, "row", "rows")})`,
    );
    bytes = await writeSimpleTableDocx({
      marking: pack?.protectiveMarking.default ?? DEFAULT_MARKING,
      heading: "Composite chronology",
      paragraphs: [
        `Merged from the chronologies of ${from.join(", ")}, sorted by date and time.`,
        ...(undated.length > 0
          ? [
              `${plural(undated.length, "row", "rows")} whose date could not be read ${undated.length === 1 ? "is" : "are"} at the end.`,
            ]
          : []),
      ],
      columns: merged.columns,
      rows: merged.rows,
    });
  }
  await writeOutput(output, parsed.output, bytes, parsed.force);
  io.out(
    `Wrote ${parsed.output}: ${plural(merged.rows.length, "row", "rows")} from ${plural(sources.length, "chronology", "chronologies")}, sorted by date and time.`,
  );
  for (const s of sources) {
    const { named, unnamed } = agenciesOf(s);
    const rows = plural(s.input.rows.length, "row", "rows");
    const who =
      unnamed === 0
        ? named.join(", ")
        : named.length === 0
          ? `${s.input.agency} (the file's name: it names no agency)`
          : `${named.join(", ")}; ${plural(unnamed, "row names", "rows name")} no agency and ${unnamed === 1 ? "is" : "are"} given "${s.input.agency}", the file's name`;
    io.out(`  ${s.shown}: ${rows}, ${who}`);
  }
  if (undated.length > 0) {
    io.out(
      `${plural(undated.length, "row", "rows")} could not be dated and ${undated.length === 1 ? "is" : "are"} at the end, in input order:`,
    );
    for (const u of undated) {
      const where = u.source.kind === "csv" ? `row ${u.row + 1}` : `entry ${u.row + 1}`;
      const date = u.date.trim() === "" ? "no date" : `date "${u.date.replace(/\s+/g, " ")}"`;
      io.out(`  ${u.source.shown}, ${where} (${u.agency}): ${date}`);
    }
    return EXIT.findings;
  }
  return EXIT.ok;
}

/**
 * `imr chronology export|merge`: a document's chronology as CSV (the template's columns plus
 * Agency), or several agencies' chronologies as one composite sorted by date and time. Never
 * writes over an input; replaces an existing output only with --force; writes atomically.
 * Exit 1 from merge when some rows could not be dated (they are kept, at the end, and listed).
 */
export async function runChronology(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === "export") return await runExport(rest, io);
    if (sub === "merge") return await runMerge(rest, io);
    throw new InputError(
      `${sub === undefined ? "say what to do" : `unknown subcommand "${sub}"`}: use "imr chronology export <file.docx> -o <out.csv>" or "imr chronology merge <a> <b> ... -o <out.csv|out.docx>"`,
    );
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`imr chronology: ${e.message}`);
      return EXIT.badInput;
    }
    throw e;
  }
}
