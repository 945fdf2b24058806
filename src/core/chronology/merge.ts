/**
 * Merging agencies' chronologies into one composite chronology for the review panel.
 *
 * - Columns are unified by heading (compared ignoring case, punctuation and spacing; with a
 *   pack's columns given, their aliases count too and the pack's columns come first, in its
 *   order); the rest follow in the order first seen. An "Agency" column ends every row: the
 *   row's own Agency cell when an input has one (an earlier export), else the input's agency.
 * - Rows are sorted by date, then time, stably: entries with the same date and time keep input
 *   order (first input first). Within an input an entry without a time keeps its place after the
 *   timed entry it followed on the same day.
 * - Rows whose date cannot be read one way are kept, at the end, in input order, and reported in
 *   `undated`. Rows with every cell empty are left out (they hold nothing).
 * - No cell's text is changed: dates are read for sorting, not rewritten.
 */
import type { Column } from "../packs/schema";
import { readCsv, toCsv, type CsvOptions } from "./csv";
import { dateOf } from "./dates";
import { AGENCY_COLUMN } from "./export";
import { normaliseHeader } from "./headers";
import { orderKeys } from "./rows";
import { timeOf } from "./times";

export interface MergeInput {
  agency: string;
  columns: string[];
  rows: string[][];
}

export interface UndatedRow {
  agency: string;
  /** The row's index in its input's rows. */
  row: number;
  /** The date cell's text ("" when the input has no date column or the cell is empty). */
  date: string;
}

export interface MergeResult {
  columns: string[];
  rows: string[][];
  undated: UndatedRow[];
}

export interface MergeOptions {
  /** The template's columns: matched by header and aliases, put first in this order. */
  columns?: readonly Pick<Column, "id" | "header" | "aliases" | "kind">[];
}

const AGENCY_KEY = normaliseHeader(AGENCY_COLUMN);

export function mergeChronologies(
  inputs: readonly MergeInput[],
  options: MergeOptions = {},
): MergeResult {
  const keys: string[] = [];
  const headers: string[] = [];
  const kinds = new Map<string, "date" | "time" | "text">();
  const addColumn = (key: string, header: string) => {
    if (keys.includes(key)) return;
    keys.push(key);
    headers.push(header);
  };
  const packKey = (header: string): string | undefined => {
    const n = normaliseHeader(header);
    const c = options.columns?.find(
      (col) =>
        normaliseHeader(col.header) === n || col.aliases.some((a) => normaliseHeader(a) === n),
    );
    return c ? `pack:${c.id}` : undefined;
  };
  for (const c of options.columns ?? []) {
    addColumn(`pack:${c.id}`, c.header);
    kinds.set(`pack:${c.id}`, c.kind);
  }

  // Each input's column index -> unified key (undefined for its Agency column).
  const layouts = inputs.map((input) => {
    const width = Math.max(input.columns.length, ...input.rows.map((r) => r.length));
    const seen = new Map<string, number>();
    const mapped: (string | undefined)[] = [];
    for (let i = 0; i < width; i++) {
      const header = input.columns[i] ?? "";
      const n = normaliseHeader(header);
      if (n === AGENCY_KEY) {
        mapped.push(undefined);
        continue;
      }
      let key = packKey(header) ?? (n === "" ? `column:${i + 1}` : n);
      const count = seen.get(key) ?? 0;
      seen.set(key, count + 1);
      if (count > 0) key = `${key}#${count + 1}`;
      const display =
        header.trim() === ""
          ? `Column ${i + 1}`
          : count > 0
            ? `${header.trim()} (${count + 1})`
            : header.trim();
      addColumn(key, display);
      if (!kinds.has(key))
        kinds.set(
          key,
          n === "date" || n.startsWith("date ")
            ? "date"
            : n === "time" || n.startsWith("time ")
              ? "time"
              : "text",
        );
      mapped.push(key);
    }
    return {
      mapped,
      agencyIndex: input.columns.findIndex((h) => normaliseHeader(h) === AGENCY_KEY),
    };
  });

  const dateKey = keys.find((k) => kinds.get(k) === "date");
  const timeKey = keys.find((k) => kinds.get(k) === "time");
  const dated: { key: number; cells: string[] }[] = [];
  const undatedRows: string[][] = [];
  const undated: UndatedRow[] = [];

  inputs.forEach((input, n) => {
    const { mapped, agencyIndex } = layouts[n];
    const dateAt = dateKey === undefined ? -1 : mapped.indexOf(dateKey);
    const timeAt = timeKey === undefined ? -1 : mapped.indexOf(timeKey);
    const kept = input.rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => row.some((c) => c.trim() !== ""));
    const readings = kept.map(({ row }) => ({
      date: dateAt >= 0 ? dateOf(row[dateAt] ?? "") : undefined,
      time: timeAt >= 0 ? timeOf(row[timeAt] ?? "") : undefined,
    }));
    const order = orderKeys(readings);
    kept.forEach(({ row, index }, k) => {
      const cells = keys.map(() => "");
      mapped.forEach((key, i) => {
        if (key !== undefined) cells[keys.indexOf(key)] = row[i] ?? "";
      });
      const own = agencyIndex >= 0 ? (row[agencyIndex] ?? "").trim() : "";
      cells.push(own !== "" ? row[agencyIndex] : input.agency);
      const key = order[k];
      if (key === undefined) {
        undatedRows.push(cells);
        undated.push({
          agency: cells[cells.length - 1],
          row: index,
          date: dateAt >= 0 ? (row[dateAt] ?? "") : "",
        });
      } else {
        dated.push({ key, cells });
      }
    });
  });

  // Array.prototype.sort is stable: equal keys keep input order.
  dated.sort((a, b) => a.key - b.key);
  return {
    columns: [...headers, AGENCY_COLUMN],
    rows: [...dated.map((d) => d.cells), ...undatedRows],
    undated,
  };
}

/**
 * A merge input from CSV text (an agency's export): the first record is the header. `agency` is
 * used for rows without an Agency cell of their own.
 */
export function mergeInputFromCsv(
  text: string,
  agency: string,
): { ok: true; input: MergeInput } | { ok: false; message: string } {
  const read = readCsv(text);
  if (!read.ok) return { ok: false, message: read.message };
  if (read.records.length === 0)
    return {
      ok: false,
      message: "The CSV file is empty: it needs a header row of column headings.",
    };
  const [columns, ...rows] = read.records;
  return { ok: true, input: { agency, columns, rows } };
}

/** A merged chronology as CSV text (see csv.ts). */
export function mergedToCsv(
  merged: Pick<MergeResult, "columns" | "rows">,
  options: CsvOptions = {},
): string {
  return toCsv([merged.columns, ...merged.rows], options);
}
