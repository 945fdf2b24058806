/**
 * A document's chronology as data, for CSV export and for merging: the pack's columns in the
 * pack's order plus an "Agency" column (the agency's name from the document). Entries and author
 * notes are exported; empty rows, the template's example row and repeated headings are not.
 * Guidance text is never exported. Columns the pack does not have are not exported: their
 * headings are listed in `omitted` so the caller can say so.
 */
import type { DocModel } from "../model/types";
import type { Pack } from "../packs/schema";
import { chronologyToCsv, type ChronologyRow, type CsvOptions } from "./csv";
import { agencyName } from "./details";
import { locateChronology, type ChronologyTable } from "./locate";
import { readRows } from "./rows";
import { squash } from "../model/text";

export const AGENCY_COLUMN = "Agency";

export interface ChronologyExport {
  columns: string[];
  rows: ChronologyRow[];
  /** The agency's name as found in the document, or the fallback given. */
  agency: string | undefined;
  /** Headings of table columns that are not the pack's and were not exported. */
  omitted: string[];
}

export type ExportResult = ({ ok: true } & ChronologyExport) | { ok: false; message: string };

/** Export a located chronology table. */
export function exportTable(table: ChronologyTable, agency: string | undefined): ExportResult {
  if (table.block.hasMergedCells) {
    return {
      ok: false,
      message:
        "The chronology table has merged cells: split them before exporting, so that each entry is one row with one cell per column.",
    };
  }
  const columns = [...table.columns.map((c) => c.column.header), AGENCY_COLUMN];
  const rows: ChronologyRow[] = [];
  for (const info of readRows(table)) {
    if (info.kind !== "entry" && info.kind !== "author-note") continue;
    const row: Record<string, string> = {};
    for (const c of table.columns) {
      const guidance = c.index !== undefined && table.block.guidanceCells?.[info.row]?.[c.index];
      row[c.column.header] =
        c.index === undefined || guidance ? "" : (table.block.rows[info.row][c.index] ?? "");
    }
    row[AGENCY_COLUMN] = agency ?? "";
    rows.push(row);
  }
  const omitted = table.extra.map((e) => squash(e.headerText) || `Column ${e.index + 1}`);
  return { ok: true, columns, rows, agency, omitted };
}

/** Export the document's chronology; `fallbackAgency` is used when the document names none. */
export function exportChronology(
  model: DocModel,
  pack: Pack,
  fallbackAgency?: string,
): ExportResult {
  const table = locateChronology(model, pack);
  if (!table)
    return {
      ok: false,
      message: "No chronology table with the template's column headings was found.",
    };
  return exportTable(table, agencyName(model) ?? fallbackAgency);
}

/** The document's chronology as CSV text (see csv.ts), or the reason it cannot be exported. */
export function chronologyCsv(
  model: DocModel,
  pack: Pack,
  options: CsvOptions & { fallbackAgency?: string } = {},
): { ok: true; csv: string; omitted: string[] } | { ok: false; message: string } {
  const result = exportChronology(model, pack, options.fallbackAgency);
  if (!result.ok) return result;
  return {
    ok: true,
    csv: chronologyToCsv(result.rows, result.columns, options),
    omitted: result.omitted,
  };
}
