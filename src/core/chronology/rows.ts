/**
 * The rows under a chronology's header, read once: what kind of row each is, and its date and
 * time where they can be read one way.
 *
 * Kinds of row:
 * - "entry": an event the author wrote.
 * - "blank": every cell empty, or wholly guidance (the template's example row, red italic).
 * - "example": the pack's example texts typed as ordinary text (an agency's own template read
 *   without its red italic): every non-empty cell equals the pack's example for its column.
 * - "header-repeat": the header row again (tables pasted together).
 * - "author-note": Chronolator's author notes, whose source cell starts with # ^ ¬ or ~. They are
 *   notes to the author about the entries around them, so no rule checks them and sorting
 *   leaves them where they are (like every row without a date); they are never dropped.
 */
import { authorCells, squash } from "../model/text";
import { dateOf, type DateValue } from "./dates";
import { normaliseHeader } from "./headers";
import type { ChronologyTable } from "./locate";
import { timeOf } from "./times";

export type RowKind = "entry" | "blank" | "example" | "header-repeat" | "author-note";

export interface RowInfo {
  /** Index in the table's rows. */
  row: number;
  kind: RowKind;
  /** The date cell as the author wrote it (guidance read as empty). */
  dateText: string;
  /** The time cell as the author wrote it ("" when the table has no time column). */
  timeText: string;
  /** The date of an entry when it can be read one way; undefined otherwise (and for other kinds). */
  date: DateValue | undefined;
  /** Minutes since midnight when the time can be read one way; undefined otherwise. */
  time: number | undefined;
}

/** Chronolator's author-note marks: a source cell starting with one of these is a note. */
export const AUTHOR_NOTE_MARKS = ["#", "^", "¬", "~"] as const;

/** The table column holding the source of information, which carries author-note marks. */
export function sourceIndex(table: ChronologyTable): number | undefined {
  const bySource = table.columns.find(
    (c) =>
      c.index !== undefined &&
      (c.column.id === "source" || normaliseHeader(c.column.header).startsWith("source")),
  );
  if (bySource) return bySource.index;
  return table.columns.find((c) => c.index !== undefined && c.column.kind === "text")?.index;
}

function isAuthorNote(cell: string | undefined): boolean {
  const t = (cell ?? "").trimStart();
  return AUTHOR_NOTE_MARKS.some((m) => t.startsWith(m));
}

/** Classify every row below the header row and read its date and time. */
export function readRows(table: ChronologyTable): RowInfo[] {
  const cells = authorCells(table.block);
  const header = table.block.rows[table.headerRow].map(normaliseHeader);
  const examples = table.columns
    .filter((c) => c.index !== undefined && c.column.example !== undefined)
    .map((c) => ({ index: c.index!, text: squash(c.column.example!).toLowerCase() }));
  const source = sourceIndex(table);
  const out: RowInfo[] = [];
  for (let r = table.headerRow + 1; r < cells.length; r++) {
    const row = cells[r];
    const dateText = row[table.dateIndex] ?? "";
    const timeText = table.timeIndex === undefined ? "" : (row[table.timeIndex] ?? "");
    let kind: RowKind = "entry";
    if (row.every((c) => c.trim() === "")) kind = "blank";
    else if (
      examples.length > 0 &&
      row.every(
        (c, i) =>
          c.trim() === "" ||
          examples.some((e) => e.index === i && e.text === squash(c).toLowerCase()),
      )
    )
      kind = "example";
    else if (row.length === header.length && row.every((c, i) => normaliseHeader(c) === header[i]))
      kind = "header-repeat";
    else if (source !== undefined && isAuthorNote(row[source])) kind = "author-note";
    const dated = kind === "entry";
    out.push({
      row: r,
      kind,
      dateText,
      timeText,
      date: dated ? dateOf(dateText) : undefined,
      time: dated ? timeOf(timeText) : undefined,
    });
  }
  return out;
}

/**
 * A sort key per dated row (undefined for rows without a readable date): the date, then the
 * time. A row with no time takes the time of the last timed entry above it with the same date
 * (00:00 when there is none), so an untimed entry stays after the entry it was written after.
 */
export function orderKeys(
  rows: readonly { date: DateValue | undefined; time: number | undefined }[],
): (number | undefined)[] {
  const lastTimeOn = new Map<number, number>();
  return rows.map((r) => {
    if (!r.date) return undefined;
    if (r.time !== undefined) lastTimeOn.set(r.date.key, r.time);
    return r.date.key * 1440 + (lastTimeOn.get(r.date.key) ?? 0);
  });
}
