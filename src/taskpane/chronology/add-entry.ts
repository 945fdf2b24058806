import { formatDate } from "../../core/chronology/dates";
import { normaliseHeader } from "../../core/chronology/headers";
import type { ChronologyTable } from "../../core/chronology/locate";
import { readRows, type RowInfo } from "../../core/chronology/rows";
import { formatTime } from "../../core/chronology/times";
import { squash } from "../../core/model/text";
import type { Column } from "../../core/packs/schema";

/** How the form asks for a column: a date, a time, a person, a line or a paragraph. */
export type FieldKind = "date" | "time" | "person" | "short" | "long";

/** Examples longer than this mark a column that takes a paragraph (a text area). */
const LONG_EXAMPLE = 60;

const PERSON_HEADERS = ["contact with", "who the contact was with", "contact"];

export function fieldKind(column: Column): FieldKind {
  if (column.kind === "date") return "date";
  if (column.kind === "time") return "time";
  const names = [column.id.replace(/-/g, " "), column.header, ...column.aliases].map(
    normaliseHeader,
  );
  if (names.some((n) => PERSON_HEADERS.includes(n))) return "person";
  return (column.example ?? "").length > LONG_EXAMPLE ? "long" : "short";
}

function describe(row: RowInfo): string {
  const date = row.date ? formatDate(row.date) : squash(row.dateText);
  return row.time === undefined ? date : `${date} at ${formatTime(row.time)}`;
}

/**
 * Where a new row went, in words: "Added after the entry of 03/04/2013 (it is row 5 of the
 * table)." `after` is the table row the new row was inserted after, in `table` as it was.
 */
export function placementMessage(table: ChronologyTable, after: number): string {
  const rows = readRows(table);
  const at = `it is row ${after + 2} of the table`;
  const before = rows.find((r) => r.row === after);
  if (before?.kind === "entry" && before.date)
    return `Added after the entry of ${describe(before)} (${at}).`;
  const next = rows.find((r) => r.row > after && r.kind === "entry" && r.date);
  if (next) return `Added before the entry of ${describe(next)}, as the earliest entry (${at}).`;
  return `Added as the first dated entry (${at}).`;
}
