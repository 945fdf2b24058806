/**
 * Repairs to a chronology table, each shown before anything changes: a repair returns an
 * EditPlan (one replaceTable edit that rewrites the whole table in one batch, with the rows as
 * read as `expectedRows`, so a table edited since is refused) and a preview listing every change
 * and everything it could not do. A table with merged cells is refused with a message.
 *
 * - normaliseDates / normaliseTimes: rewrite dates as dd/mm/yyyy and times as hh:mm where they
 *   can be read one way; the rest are listed, untouched.
 * - sortRows: entries in date-then-time order, stable (equal dates and times keep their order);
 *   rows without a readable date, the example row, empty rows, repeated headers and author notes
 *   keep their positions and the dated entries are sorted around them. An entry with no time
 *   keeps its place after the timed entry it followed on the same day.
 * - repairHeader: the pack's headers in the pack's order, each column's data moving with it,
 *   missing columns added empty, extra columns kept (with their data) at the end.
 */
import type { DocModel } from "../model/types";
import type { EditPlan } from "../edits/plan";
import type { Pack } from "../packs/schema";
import { squash } from "../model/text";
import { formatDate, readDate } from "./dates";
import { locateChronology, type ChronologyTable } from "./locate";
import { sortedOrder } from "./order";
import { orderKeys, readRows, type RowInfo } from "./rows";
import { formatTime, readTime } from "./times";

export interface CellChange {
  /** Table row and column index in the table as read (for a column the repair adds: its new index). */
  row: number;
  column: number;
  columnHeader: string;
  before: string;
  after: string;
}

export interface RowMove {
  /** Table row index before and after the repair. */
  from: number;
  to: number;
  /** The entry's date (and time) as written, so a person can recognise it. */
  when: string;
}

export interface ColumnMove {
  header: string;
  /** Table column index before (undefined for an added column) and after. */
  from: number | undefined;
  to: number;
}

export interface NotDone {
  row?: number;
  column?: number;
  /** The cell's (or header's) text. */
  text: string;
  reason: string;
}

export interface RepairPreview {
  title: string;
  /** One sentence: what the repair will do. */
  summary: string;
  changes: CellChange[];
  moves: RowMove[];
  columnMoves: ColumnMove[];
  /** What the repair leaves alone and why: shown as warnings. */
  notDone: NotDone[];
  /** How the repair treats rows or columns it does not change. */
  notes: string[];
}

export type RepairResult =
  { ok: true; plan: EditPlan; preview: RepairPreview } | { ok: false; message: string };

const NOT_FOUND =
  "No chronology table with the template's column headings was found: the header row needs the date column and most of the template's columns.";
const MERGED =
  "The chronology table has merged cells, so it cannot be repaired safely: split the merged cells (Table Layout > Split Cells) so that each entry is one row with one cell per column, then try again.";

function emptyPreview(title: string): RepairPreview {
  return { title, summary: "", changes: [], moves: [], columnMoves: [], notDone: [], notes: [] };
}

function copyRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((r) => [...r]);
}

/** Run `repair` on the document's chronology, refusing what cannot be repaired safely. */
function withTable(
  model: DocModel,
  pack: Pack,
  repair: (table: ChronologyTable) => RepairResult,
): RepairResult {
  const table = locateChronology(model, pack);
  if (!table) return { ok: false, message: NOT_FOUND };
  return repairTable(table, repair);
}

/** Refuse a table with merged cells; otherwise run `repair`. */
export function repairTable(
  table: ChronologyTable,
  repair: (table: ChronologyTable) => RepairResult,
): RepairResult {
  if (table.block.hasMergedCells) return { ok: false, message: MERGED };
  return repair(table);
}

function planFor(
  table: ChronologyTable,
  description: string,
  rows: string[][],
  changed: boolean,
): EditPlan {
  return {
    description,
    edits: changed
      ? [
          {
            kind: "replaceTable",
            blockId: table.block.id,
            expectedRows: copyRows(table.block.rows),
            rows,
          },
        ]
      : [],
  };
}

function cell(table: ChronologyTable, row: number, column: number): string {
  return table.block.rows[row][column] ?? "";
}

function headerOf(table: ChronologyTable, column: number): string {
  return (
    table.columns.find((c) => c.index === column)?.column.header ??
    squash(cell(table, table.headerRow, column))
  );
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function authorNoteCount(rows: readonly RowInfo[]): number {
  return rows.filter((r) => r.kind === "author-note").length;
}

function authorNoteNote(rows: readonly RowInfo[]): string[] {
  const n = authorNoteCount(rows);
  return n === 0
    ? []
    : [
        `${plural(n, "author note", "author notes")} (source starting with # ^ ¬ or ~) ${n === 1 ? "is" : "are"} left as written.`,
      ];
}

/** Rewrite every date that can be read one way as dd/mm/yyyy. */
export function normaliseDatesIn(table: ChronologyTable): RepairResult {
  return repairTable(table, () => {
    const rows = readRows(table);
    const out = copyRows(table.block.rows);
    const preview = emptyPreview("Put dates in the form dd/mm/yyyy");
    const column = table.dateIndex;
    for (const row of rows) {
      if (row.kind !== "entry") continue;
      const reading = readDate(row.dateText);
      const before = cell(table, row.row, column);
      if (reading.status === "normalisable") {
        out[row.row][column] = reading.normalised;
        preview.changes.push({
          row: row.row,
          column,
          columnHeader: headerOf(table, column),
          before,
          after: reading.normalised,
        });
      } else if (reading.status === "invalid") {
        preview.notDone.push({
          row: row.row,
          column,
          text: before,
          reason: `${reading.explanation} Left as it is.`,
        });
      } else if (reading.status === "empty") {
        preview.notDone.push({
          row: row.row,
          column,
          text: before,
          reason: "This entry has no date: add one. Left as it is.",
        });
      }
    }
    preview.notes.push(...authorNoteNote(rows));
    const n = preview.changes.length;
    preview.summary =
      n === 0
        ? "No date needs rewriting."
        : `Rewrite ${plural(n, "date", "dates")} as dd/mm/yyyy${preview.notDone.length ? `; ${plural(preview.notDone.length, "date cannot", "dates cannot")} be read one way and ${preview.notDone.length === 1 ? "is" : "are"} left for you to correct` : ""}.`;
    return {
      ok: true,
      plan: planFor(
        table,
        `Rewrite ${plural(n, "chronology date", "chronology dates")} as dd/mm/yyyy`,
        out,
        n > 0,
      ),
      preview,
    };
  });
}

/** Rewrite every time that can be read one way as hh:mm (24-hour clock). */
export function normaliseTimesIn(table: ChronologyTable): RepairResult {
  return repairTable(table, () => {
    const rows = readRows(table);
    const out = copyRows(table.block.rows);
    const preview = emptyPreview("Put times in the form hh:mm");
    const timeColumns = table.columns.filter(
      (c) => c.column.kind === "time" && c.index !== undefined,
    );
    for (const row of rows) {
      if (row.kind !== "entry") continue;
      for (const c of timeColumns) {
        const column = c.index!;
        if (table.block.guidanceCells?.[row.row]?.[column]) continue;
        const before = cell(table, row.row, column);
        const reading = readTime(before);
        if (reading.status === "normalisable") {
          out[row.row][column] = reading.normalised;
          preview.changes.push({
            row: row.row,
            column,
            columnHeader: c.column.header,
            before,
            after: reading.normalised,
          });
        } else if (reading.status === "invalid") {
          preview.notDone.push({
            row: row.row,
            column,
            text: before,
            reason: `${reading.explanation} Left as it is.`,
          });
        }
      }
    }
    if (timeColumns.length === 0) preview.notes.push("The chronology has no time column.");
    preview.notes.push(...authorNoteNote(rows));
    const n = preview.changes.length;
    preview.summary =
      n === 0
        ? "No time needs rewriting."
        : `Rewrite ${plural(n, "time", "times")} as hh:mm${preview.notDone.length ? `; ${plural(preview.notDone.length, "time cannot", "times cannot")} be read one way and ${preview.notDone.length === 1 ? "is" : "are"} left for you to correct` : ""}.`;
    return {
      ok: true,
      plan: planFor(
        table,
        `Rewrite ${plural(n, "chronology time", "chronology times")} as hh:mm`,
        out,
        n > 0,
      ),
      preview,
    };
  });
}

function describeRow(row: RowInfo): string {
  const date = row.date ? formatDate(row.date) : squash(row.dateText);
  return row.time === undefined ? date : `${date} ${formatTime(row.time)}`;
}

/** Put the entries in date-then-time order (stable), leaving rows without a date where they are. */
export function sortRowsIn(table: ChronologyTable): RepairResult {
  return repairTable(table, () => {
    const rows = readRows(table);
    const keys = orderKeys(
      rows.map((r) => (r.kind === "entry" ? r : { date: undefined, time: undefined })),
    );
    const order = sortedOrder(keys);
    const out = copyRows(table.block.rows);
    const preview = emptyPreview("Sort the chronology by date and time");
    order.forEach((from, to) => {
      const fromRow = rows[from].row;
      const toRow = rows[to].row;
      out[toRow] = [...table.block.rows[fromRow]];
      if (from !== to)
        preview.moves.push({ from: fromRow, to: toRow, when: describeRow(rows[from]) });
    });
    for (const row of rows) {
      if (row.kind === "entry" && !row.date) {
        preview.notDone.push({
          row: row.row,
          column: table.dateIndex,
          text: cell(table, row.row, table.dateIndex),
          reason:
            row.dateText.trim() === ""
              ? "This entry has no date, so it stays where it is: add its date and sort again."
              : "This entry's date cannot be read one way, so it stays where it is: correct the date and sort again.",
        });
      }
    }
    preview.notes.push(
      "Entries are sorted by date, then time; entries with the same date and time keep their order, and an entry without a time stays after the timed entry it followed on the same day.",
    );
    const fixed = rows.filter((r) => r.kind !== "entry" || !r.date).length;
    if (fixed > 0) {
      preview.notes.push(
        `${plural(fixed, "row", "rows")} without a date that can be read (entries without a readable date, the template's example row, empty rows, repeated headings and author notes) ${fixed === 1 ? "stays" : "stay"} where ${fixed === 1 ? "it is" : "they are"}; the dated entries are sorted around them.`,
      );
    }
    const moved = preview.moves.length;
    preview.summary =
      moved === 0
        ? "The entries are already in date order."
        : `Move ${plural(moved, "entry", "entries")} into date and time order.`;
    return {
      ok: true,
      plan: planFor(
        table,
        `Sort the chronology: move ${plural(moved, "entry", "entries")}`,
        out,
        moved > 0,
      ),
      preview,
    };
  });
}

/**
 * Rewrite the header to the pack's columns in the pack's order. Each row's cells are moved with
 * their columns (never changed); missing columns are added empty; extra columns go to the end.
 */
export function repairHeaderIn(table: ChronologyTable): RepairResult {
  return repairTable(table, () => {
    const preview = emptyPreview("Put the chronology's columns in the template's form");
    const sources: (number | undefined)[] = [
      ...table.columns.map((c) => c.index),
      ...table.extra.map((e) => e.index),
    ];
    const header = [
      ...table.columns.map((c) => c.column.header),
      ...table.extra.map((e) => e.headerText),
    ];
    const out = table.block.rows.map((row, r) =>
      r === table.headerRow
        ? [...header]
        : sources.map((from) => (from === undefined ? "" : (row[from] ?? ""))),
    );
    const changed = table.block.rows.some(
      (row, r) => row.length !== out[r].length || row.some((c, i) => c !== out[r][i]),
    );
    table.columns.forEach((c, to) => {
      const before = c.index === undefined ? "" : cell(table, table.headerRow, c.index);
      if (c.index === undefined) {
        preview.columnMoves.push({ header: c.column.header, from: undefined, to });
        preview.changes.push({
          row: table.headerRow,
          column: to,
          columnHeader: c.column.header,
          before: "",
          after: c.column.header,
        });
      } else {
        if (c.index !== to)
          preview.columnMoves.push({ header: c.column.header, from: c.index, to });
        if (squash(before) !== c.column.header) {
          preview.changes.push({
            row: table.headerRow,
            column: c.index,
            columnHeader: c.column.header,
            before,
            after: c.column.header,
          });
        }
      }
    });
    table.extra.forEach((e, k) => {
      const to = table.columns.length + k;
      if (e.index !== to)
        preview.columnMoves.push({ header: squash(e.headerText), from: e.index, to });
      preview.notDone.push({
        column: e.index,
        text: e.headerText,
        reason:
          e.headerText.trim() === ""
            ? `Column ${e.index + 1} has no heading and is not one of the template's columns: it is kept, with its contents, at the end of the table. Move what it holds into the template's columns and delete it.`
            : `"${squash(e.headerText)}" is not one of the template's columns: it is kept, with its contents, at the end of the table. Move what it holds into the template's columns and delete it, because other agencies' chronologies will not have it.`,
      });
    });
    const added = table.columns.filter((c) => c.index === undefined).length;
    if (added > 0)
      preview.notes.push(
        `${plural(added, "missing column is", "missing columns are")} added, empty.`,
      );
    preview.notes.push(
      "No cell's text changes except the headings: each column's cells move with it.",
    );
    const renamed = preview.changes.filter((c) => c.before !== "").length;
    const moved = preview.columnMoves.filter((m) => m.from !== undefined).length;
    const parts = [
      renamed ? `rename ${plural(renamed, "heading", "headings")}` : "",
      moved ? `move ${plural(moved, "column", "columns")}` : "",
      added ? `add ${plural(added, "missing column", "missing columns")}` : "",
    ].filter((p) => p !== "");
    preview.summary = !changed
      ? "The columns already match the template."
      : parts.length > 0
        ? `${parts.join(", ").replace(/^./, (ch) => ch.toUpperCase())} to match the template.`
        : "Even out the table's rows to match the template.";
    return {
      ok: true,
      plan: planFor(table, "Put the chronology's columns in the template's form", out, changed),
      preview,
    };
  });
}

export function normaliseDates(model: DocModel, pack: Pack): RepairResult {
  return withTable(model, pack, normaliseDatesIn);
}

export function normaliseTimes(model: DocModel, pack: Pack): RepairResult {
  return withTable(model, pack, normaliseTimesIn);
}

export function sortRows(model: DocModel, pack: Pack): RepairResult {
  return withTable(model, pack, sortRowsIn);
}

export function repairHeader(model: DocModel, pack: Pack): RepairResult {
  return withTable(model, pack, repairHeaderIn);
}
