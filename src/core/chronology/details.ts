/**
 * Facts a chronology needs from the rest of the document: the agency's name (for the "Agency"
 * column of an export or a merge) and the review period stated in the Terms of Reference.
 *
 * Both are read from labelled cells, in either layout the templates use: the label in one cell
 * and the value in the next ("Agency" | "Greater Manchester Police"), or label and value in one
 * cell ("Name of Agency: Greater Manchester Police"). Guidance text is never read as a value.
 */
import { authorCells, squash } from "../model/text";
import { isTable, type DocModel, type TableBlock } from "../model/types";
import { readDateRange, type DateValue } from "./dates";
import { normaliseHeader } from "./headers";

/** Labels are short: longer cells are not read as labels (keeps this fast on a long chronology). */
const MAX_LABEL_CELL = 200;

/** The value of the first cell labelled with one of `labels` (earlier labels preferred), if filled in. */
export function labelledValue(model: DocModel, labels: readonly string[]): string | undefined {
  return bestLabelled(model.blocks.filter(isTable).map((t) => labelledValueIn(t, labels)));
}

/** The best of several tables' labelled values: the earliest label, then the earliest table. */
export function bestLabelled(found: readonly (LabelledValue | undefined)[]): string | undefined {
  let best: LabelledValue | undefined;
  for (const f of found) if (f && (!best || f.rank < best.rank)) best = f;
  return best?.value;
}

/** A labelled value in one table: `rank` is the index of the label that matched. */
export interface LabelledValue {
  rank: number;
  value: string;
}

/** The value of the first cell in `table` labelled with one of `labels` (earlier labels preferred). */
export function labelledValueIn(
  table: TableBlock,
  labels: readonly string[],
): LabelledValue | undefined {
  if (table.part !== undefined && table.part !== "body") return undefined;
  const wanted = labels.map(normaliseHeader);
  let best: LabelledValue | undefined;
  for (const row of authorCells(table)) {
    for (let c = 0; c < row.length; c++) {
      if (row[c].length > MAX_LABEL_CELL || row[c].trim() === "") continue;
      const cell = row[c].trim();
      const colon = cell.indexOf(":");
      const whole = normaliseHeader(cell);
      const before = colon > 0 ? normaliseHeader(cell.slice(0, colon)) : undefined;
      wanted.forEach((label, rank) => {
        if (best && best.rank <= rank) return;
        const value = valueFor(label, row, c, whole, before);
        if (value !== undefined) best = { rank, value };
      });
      if (best?.rank === 0) return best;
    }
  }
  return best;
}

function valueFor(
  label: string,
  row: readonly string[],
  c: number,
  whole: string,
  before: string | undefined,
): string | undefined {
  const cell = row[c].trim();
  if (before === label) {
    const rest = cell.slice(cell.indexOf(":") + 1).trim();
    if (rest !== "") return rest;
  }
  if (whole === label) {
    const next = (row[c + 1] ?? "").trim();
    // The seed's details table pairs labels across a row ("Name of Agency:" | "IMR Report
    // Writer:"): a neighbouring label is not a value.
    if (next !== "" && !/:\s*$/.test(next)) return next;
  }
  return undefined;
}

/** Labels of the agency's name, most specific first. */
export const AGENCY_LABELS = ["Name of Agency", "Agency name", "Agency"] as const;

/**
 * The agency's name: the chronology's "Name of Agency:" details field or the cover's "Agency"
 * field. Only the first line is the name (the cover asks for a profile of the agency too); a long
 * first line is cut at its first full stop.
 */
export function agencyName(model: DocModel): string | undefined {
  const value = labelledValue(model, AGENCY_LABELS);
  if (value === undefined) return undefined;
  let name = squash(value.split(/[\r\n\v\u2028\u2029]/).find((l) => l.trim() !== "") ?? "");
  if (name.length > 80) {
    const stop = /^(.{3,}?)[.;]\s/.exec(name);
    if (stop) name = stop[1];
  }
  name = name.replace(/[.;,:]\s*$/, "").trim();
  return name === "" ? undefined : name;
}

/** Labels of the review period. */
export const REVIEW_PERIOD_LABELS = [
  "Dates as given in the Terms of Reference",
  "Review period",
  "Period under review",
  "Period covered by the review",
  "Timescale of review",
] as const;

/** The review period the document states, when it gives two full dates; undefined otherwise. */
export function reviewPeriodFromDocument(
  model: DocModel,
): { start: DateValue; end: DateValue } | undefined {
  return reviewPeriodFrom(labelledValue(model, REVIEW_PERIOD_LABELS));
}

/** The review period a labelled value states, when it gives two full dates. */
export function reviewPeriodFrom(
  value: string | undefined,
): { start: DateValue; end: DateValue } | undefined {
  return value === undefined ? undefined : readDateRange(squash(value));
}
