/**
 * Finding the chronology table in a document by its header row, whether the add-in inserted it
 * or the agency's own template did. Each pack column is matched to at most one table column:
 * exactly (its header, ignoring case, punctuation and spacing), by one of its aliases, or as
 * "renamed" when most of its words agree. A table is taken as the chronology when its date column
 * matches and more than half the pack's columns do; the best-scoring table in the body wins.
 */
import type { DocModel, TableBlock } from "../model/types";
import { isTable } from "../model/types";
import type { Column, Pack, TableSpec } from "../packs/schema";
import { headerSimilarity, normaliseHeader, RENAMED_HEADER_THRESHOLD } from "./headers";

export type ColumnMatchKind = "exact" | "alias" | "renamed";

export interface ColumnMatch {
  column: Column;
  /** Table column index; undefined when the table has no such column. */
  index: number | undefined;
  /** How the header matched; undefined when missing. */
  match: ColumnMatchKind | undefined;
  /** The table's header text for this column ("" when missing). */
  headerText: string;
}

export interface ExtraColumn {
  index: number;
  headerText: string;
}

export interface ChronologyTable {
  block: TableBlock;
  /** Index of the header row in `block.rows` (usually 0; a title row may sit above it). */
  headerRow: number;
  /** One entry per pack column, in the pack's order. */
  columns: ColumnMatch[];
  /** Table columns that match no pack column, in table order. */
  extra: ExtraColumn[];
  /** The number of columns the table has (its widest row). */
  width: number;
  /** Table column index of the date column (always matched). */
  dateIndex: number;
  /** Table column index of the first time column, if the pack has one and the table too. */
  timeIndex: number | undefined;
  /** 0..1: how well the header row matches the pack's columns. */
  score: number;
}

/** How many rows at the top of a table may be a title above the header row. */
const HEADER_SEARCH_ROWS = 3;

function matchKind(
  column: Column,
  header: string,
): { kind: ColumnMatchKind; score: number } | undefined {
  const n = normaliseHeader(header);
  if (n === "") return undefined;
  if (n === normaliseHeader(column.header)) return { kind: "exact", score: 1 };
  if (column.aliases.some((a) => normaliseHeader(a) === n)) return { kind: "alias", score: 0.95 };
  const similarity = Math.max(
    headerSimilarity(column.header, header),
    ...column.aliases.map((a) => headerSimilarity(a, header)),
  );
  return similarity >= RENAMED_HEADER_THRESHOLD
    ? { kind: "renamed", score: similarity * 0.9 }
    : undefined;
}

/** Match a header row against the pack's columns, one to one, best pairs first. */
export function matchHeaderRow(
  headers: readonly string[],
  spec: Pick<TableSpec, "columns">,
): { columns: ColumnMatch[]; extra: ExtraColumn[]; score: number } {
  const pairs: { p: number; t: number; kind: ColumnMatchKind; score: number }[] = [];
  spec.columns.forEach((column, p) => {
    headers.forEach((header, t) => {
      const m = matchKind(column, header);
      if (m) pairs.push({ p, t, kind: m.kind, score: m.score });
    });
  });
  pairs.sort(
    (a, b) =>
      b.score - a.score || Math.abs(a.p - a.t) - Math.abs(b.p - b.t) || a.p - b.p || a.t - b.t,
  );
  const byPack = new Map<number, { t: number; kind: ColumnMatchKind; score: number }>();
  const usedTable = new Set<number>();
  for (const pair of pairs) {
    if (byPack.has(pair.p) || usedTable.has(pair.t)) continue;
    byPack.set(pair.p, pair);
    usedTable.add(pair.t);
  }
  const columns: ColumnMatch[] = spec.columns.map((column, p) => {
    const m = byPack.get(p);
    return m
      ? { column, index: m.t, match: m.kind, headerText: headers[m.t] }
      : { column, index: undefined, match: undefined, headerText: "" };
  });
  const extra = headers
    .map((headerText, index) => ({ index, headerText }))
    .filter((e) => !usedTable.has(e.index));
  let total = 0;
  for (const m of byPack.values()) total += m.score;
  return { columns, extra, score: total / spec.columns.length };
}

/** The chronology in one table, or undefined when its header does not match well enough. */
export function locateInTable(
  block: TableBlock,
  spec: Pick<TableSpec, "columns">,
): ChronologyTable | undefined {
  const width = block.rows.reduce((w, row) => Math.max(w, row.length), 0);
  let best: ChronologyTable | undefined;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, block.rows.length); r++) {
    const m = matchHeaderRow(block.rows[r], spec);
    const matched = m.columns.filter((c) => c.index !== undefined);
    const date = m.columns.find((c) => c.column.kind === "date");
    if (date?.index === undefined || matched.length * 2 <= spec.columns.length) continue;
    if (best && m.score <= best.score) continue;
    const time = m.columns.find((c) => c.column.kind === "time" && c.index !== undefined);
    best = {
      block,
      headerRow: r,
      columns: m.columns,
      extra: m.extra.concat(
        // Cells beyond the header row's length (ragged rows) are extra columns without a header.
        Array.from({ length: Math.max(0, width - block.rows[r].length) }, (_, i) => ({
          index: block.rows[r].length + i,
          headerText: "",
        })),
      ),
      width,
      dateIndex: date.index,
      timeIndex: time?.index,
      score: m.score,
    };
  }
  return best;
}

/** The document's chronology table: the body table whose header best matches the pack's. */
export function locateChronology(
  model: DocModel,
  pack: Pick<Pack, "chronology">,
): ChronologyTable | undefined {
  let best: ChronologyTable | undefined;
  for (const block of model.blocks) {
    if (!isTable(block) || (block.part !== undefined && block.part !== "body")) continue;
    const found = locateInTable(block, pack.chronology);
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

/** The pack column a table column holds, if any. */
export function columnAt(table: ChronologyTable, index: number): ColumnMatch | undefined {
  return table.columns.find((c) => c.index === index);
}
