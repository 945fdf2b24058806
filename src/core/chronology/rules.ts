/**
 * The chronology checks: a pure function from a document and its pack to findings.
 *
 * Rule ids (stable; agencies configure by them):
 * - chronology.columns (error): a header renamed, missing, extra or out of the pack's order; or
 *   a table with merged cells, which gets that one finding and nothing else.
 * - chronology.date-format (error; information for a date marked uncertain with "?")
 * - chronology.time-format (warning)
 * - chronology.order (warning): one finding per row out of date-and-time order
 * - chronology.out-of-period (warning): a date outside the review period
 * - chronology.empty-cell (error): a required column's cell is empty (the date is always required)
 *
 * Only "entry" rows are checked (see rows.ts): empty rows, the template's example row, a repeated
 * header row and Chronolator author notes (# ^ ¬ ~) are skipped. When no table matches the pack's
 * chronology header there are no findings: some templates file the chronology separately.
 */
import { squash } from "../model/text";
import type { DocModel, Finding, Severity } from "../model/types";
import { isParagraph } from "../model/types";
import type { Pack } from "../packs/schema";
import { dateOf, formatDate, readDate, type DateValue } from "./dates";
import { reviewPeriodFromDocument } from "./details";
import { locateChronology, type ChronologyTable } from "./locate";
import { longestOrderedRun } from "./order";
import { orderKeys, readRows, type RowInfo } from "./rows";
import { formatTime, readTime } from "./times";

export interface ChronologyOptions {
  /**
   * The review period from the Terms of Reference, as dd/mm/yyyy. When absent, the period the
   * document states ("Dates as given in the Terms of Reference: 01/01/2010 to 31/12/2012") is
   * used if it gives two full dates; otherwise dates are not checked against a period.
   */
  reviewPeriod?: { start: string; end: string };
}

export const CHRONOLOGY_RULES = [
  "chronology.columns",
  "chronology.date-format",
  "chronology.time-format",
  "chronology.order",
  "chronology.out-of-period",
  "chronology.empty-cell",
] as const;

/** The heading the chronology table falls under, if any. */
function sectionOf(model: DocModel, blockId: string): string | undefined {
  let heading: string | undefined;
  for (const block of model.blocks) {
    if (block.id === blockId) return heading;
    if (isParagraph(block) && block.headingLevel !== undefined && (block.part ?? "body") === "body")
      heading = squash(block.text);
  }
  return undefined;
}

/** "06/03/2013 at 14:00", for messages. */
function describeWhen(row: RowInfo): string {
  const date = row.date ? formatDate(row.date) : row.dateText;
  return row.time === undefined ? date : `${date} at ${formatTime(row.time)}`;
}

function listHeaders(table: ChronologyTable): string {
  return table.columns.map((c) => `"${c.column.header}"`).join(", ");
}

const MERGE_REASON = "the review panel merges every agency's chronology by its column headings";

/** Findings about the header row: renamed, missing, extra and out-of-order columns. */
export function columnFindings(table: ChronologyTable): Finding[] {
  const out: Finding[] = [];
  const blockId = table.block.id;
  const header = table.block.rows[table.headerRow];
  const finding = (
    message: string,
    text: string,
    column?: number,
    extra: Partial<Finding> = {},
  ): Finding => ({
    rule: "chronology.columns",
    severity: "error",
    message,
    text,
    location: column === undefined ? { blockId } : { blockId, row: table.headerRow, column },
    ...extra,
  });
  for (const c of table.columns) {
    if (c.index === undefined) {
      out.push(
        finding(
          `The chronology has no "${c.column.header}" column${c.column.required ? " (a required column)" : ""}: add it, as the template has it, because ${MERGE_REASON}.`,
          c.column.header,
        ),
      );
    } else if (squash(header[c.index]) !== c.column.header) {
      out.push(
        finding(
          `The column headed "${squash(header[c.index])}" should be headed "${c.column.header}", as the template has it: ${MERGE_REASON}.`,
          header[c.index],
          c.index,
          { suggestions: [c.column.header], fixable: true },
        ),
      );
    }
  }
  for (const e of table.extra) {
    out.push(
      e.headerText.trim() === ""
        ? finding(
            `Column ${e.index + 1} has no heading and is not one of the template's columns (${listHeaders(table)}): move what it holds into those columns, or remove it.`,
            e.headerText,
            // Cells beyond the header row's end have no header cell to point at.
            e.index < header.length ? e.index : undefined,
          )
        : finding(
            `The column "${squash(e.headerText)}" is not one of the template's columns (${listHeaders(table)}): other agencies' chronologies will not have it, so move what it holds into the template's columns, or remove it.`,
            e.headerText,
            e.index,
          ),
    );
  }
  const matched = table.columns.filter((c) => c.index !== undefined);
  const inOrder = longestOrderedRun(matched.map((c) => c.index));
  matched.forEach((c, k) => {
    if (inOrder.has(k)) return;
    const before = matched
      .slice(0, k)
      .reverse()
      .find((_, j) => inOrder.has(k - 1 - j));
    const where = before
      ? `should come after the "${before.column.header}" column`
      : "should be the first column";
    out.push(
      finding(
        `The "${c.column.header}" column is out of the template's order and ${where}: keep the columns in the order ${listHeaders(table)}, because ${MERGE_REASON}.`,
        header[c.index!],
        c.index,
      ),
    );
  });
  return out;
}

function cellFinding(
  table: ChronologyTable,
  rule: string,
  severity: Severity,
  row: number,
  column: number,
  message: string,
  extra: Partial<Finding> = {},
): Finding {
  return {
    rule,
    severity,
    message,
    text: table.block.rows[row][column] ?? "",
    location: { blockId: table.block.id, row, column },
    ...extra,
  };
}

function dateFindings(table: ChronologyTable, row: RowInfo): Finding[] {
  const reading = readDate(row.dateText);
  const raw = squash(table.block.rows[row.row][table.dateIndex] ?? "");
  const at = (severity: Severity, message: string, extra: Partial<Finding> = {}) =>
    cellFinding(
      table,
      "chronology.date-format",
      severity,
      row.row,
      table.dateIndex,
      message,
      extra,
    );
  switch (reading.status) {
    case "empty":
      return [
        cellFinding(
          table,
          "chronology.empty-cell",
          "error",
          row.row,
          table.dateIndex,
          raw === ""
            ? "This entry has no date: every entry needs one date, in the form dd/mm/yyyy, so that it can be put in order and merged."
            : "This entry's date cell still holds the template's guidance: replace it with the date, in the form dd/mm/yyyy.",
        ),
      ];
    case "valid":
      return reading.uncertain
        ? [
            at(
              "info",
              `The date "${raw}" is marked uncertain with "?": the panel will read it as approximate. Confirm it from the records if you can.`,
            ),
          ]
        : [];
    case "normalisable":
      return [
        at(
          "error",
          `The date "${raw}" is not in the form dd/mm/yyyy: write it as ${reading.normalised}${reading.note ? ` (${reading.note})` : ""}, so that it merges with other agencies' chronologies.`,
          { suggestions: [reading.normalised], fixable: true },
        ),
      ];
    case "invalid":
      return [at("error", reading.explanation)];
  }
}

function timeFindings(table: ChronologyTable, row: RowInfo): Finding[] {
  const out: Finding[] = [];
  for (const c of table.columns) {
    if (c.column.kind !== "time" || c.index === undefined) continue;
    const text = table.block.rows[row.row][c.index] ?? "";
    const reading = readTime(authorText(table, row.row, c.index));
    const at = (message: string, extra: Partial<Finding> = {}) =>
      cellFinding(table, "chronology.time-format", "warning", row.row, c.index!, message, extra);
    if (reading.status === "normalisable") {
      out.push(
        at(
          `The time "${squash(text)}" is not in the form hh:mm (24-hour clock): write it as ${reading.normalised}.`,
          {
            suggestions: [reading.normalised],
            fixable: true,
          },
        ),
      );
    } else if (reading.status === "invalid") {
      out.push(at(reading.explanation));
    }
  }
  return out;
}

function authorText(table: ChronologyTable, row: number, column: number): string {
  return table.block.guidanceCells?.[row]?.[column] ? "" : (table.block.rows[row][column] ?? "");
}

function emptyCellFindings(table: ChronologyTable, row: RowInfo): Finding[] {
  const out: Finding[] = [];
  for (const c of table.columns) {
    if (!c.column.required || c.index === undefined || c.index === table.dateIndex) continue;
    if (authorText(table, row.row, c.index).trim() !== "") continue;
    const raw = table.block.rows[row.row][c.index] ?? "";
    const when = row.date ? ` (the entry of ${describeWhen(row)})` : "";
    out.push(
      cellFinding(
        table,
        "chronology.empty-cell",
        "error",
        row.row,
        c.index,
        raw.trim() === ""
          ? `The "${c.column.header}" cell is empty${when}: the template requires it for every entry.`
          : `The "${c.column.header}" cell still holds the template's guidance${when}: replace it with the entry's details.`,
      ),
    );
  }
  return out;
}

function orderFindings(table: ChronologyTable, rows: readonly RowInfo[]): Finding[] {
  const keys = orderKeys(
    rows.map((r) => (r.kind === "entry" ? r : { date: undefined, time: undefined })),
  );
  const run = longestOrderedRun(keys);
  const inRun = [...run].sort((a, b) => a - b);
  const out: Finding[] = [];
  keys.forEach((key, i) => {
    if (key === undefined || run.has(i)) return;
    const row = rows[i];
    let after: number | undefined;
    for (const j of inRun) if (keys[j]! <= key) after = j;
    const target = after !== undefined ? rows[after] : rows[inRun[0]];
    const where =
      after !== undefined
        ? `it should come after the entry of ${describeWhen(target)} (row ${target.row + 1} of the table)`
        : `it should come before the entry of ${describeWhen(target)} (row ${target.row + 1} of the table)`;
    out.push(
      cellFinding(
        table,
        "chronology.order",
        "warning",
        row.row,
        table.dateIndex,
        `This entry (${describeWhen(row)}) is out of date and time order: ${where}. Sort the chronology, or move the entry.`,
      ),
    );
  });
  return out;
}

function periodOf(
  model: DocModel,
  options: ChronologyOptions,
): { start: DateValue; end: DateValue } | undefined {
  if (options.reviewPeriod) {
    const start = dateOf(options.reviewPeriod.start);
    const end = dateOf(options.reviewPeriod.end);
    return start && end && start.key <= end.key ? { start, end } : undefined;
  }
  return reviewPeriodFromDocument(model);
}

function periodFindings(
  table: ChronologyTable,
  rows: readonly RowInfo[],
  period: { start: DateValue; end: DateValue },
): Finding[] {
  const span = `${formatDate(period.start)} to ${formatDate(period.end)}`;
  const out: Finding[] = [];
  for (const row of rows) {
    if (row.kind !== "entry" || !row.date) continue;
    const side =
      row.date.key < period.start.key
        ? "before"
        : row.date.key > period.end.key
          ? "after"
          : undefined;
    if (!side) continue;
    out.push(
      cellFinding(
        table,
        "chronology.out-of-period",
        "warning",
        row.row,
        table.dateIndex,
        `This entry's date (${formatDate(row.date)}) is ${side} the review period (${span}) set by the Terms of Reference: keep it only if it is significant, and say why.`,
      ),
    );
  }
  return out;
}

/** The findings for one located chronology table. */
export function checkChronologyTable(
  table: ChronologyTable,
  period?: { start: DateValue; end: DateValue },
): Finding[] {
  if (table.block.hasMergedCells) {
    return [
      {
        rule: "chronology.columns",
        severity: "error",
        message:
          "The chronology table has merged cells: split them (Table Layout > Split Cells) before the chronology can be checked or merged, because each entry must be one row with one cell per column.",
        text: table.block.rows[table.headerRow].join(" | "),
        location: { blockId: table.block.id },
      },
    ];
  }
  const rows = readRows(table);
  const perRow = new Map<number, Finding[]>();
  const add = (f: Finding) => {
    const row = f.location && "row" in f.location ? f.location.row : -1;
    perRow.set(row, [...(perRow.get(row) ?? []), f]);
  };
  for (const row of rows) {
    if (row.kind !== "entry") continue;
    [
      ...dateFindings(table, row),
      ...timeFindings(table, row),
      ...emptyCellFindings(table, row),
    ].forEach(add);
  }
  orderFindings(table, rows).forEach(add);
  if (period) periodFindings(table, rows, period).forEach(add);
  const byCell = (a: Finding, b: Finding) => {
    const ca = a.location && "column" in a.location ? a.location.column : 0;
    const cb = b.location && "column" in b.location ? b.location.column : 0;
    return ca - cb;
  };
  const rowFindings = [...perRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([, fs]) => fs.sort(byCell));
  return [...columnFindings(table), ...rowFindings];
}

/** Every chronology finding for a document. */
export function chronologyFindings(
  model: DocModel,
  pack: Pack,
  options: ChronologyOptions = {},
): Finding[] {
  const table = locateChronology(model, pack);
  if (!table) return [];
  const section = sectionOf(model, table.block.id);
  const findings = checkChronologyTable(table, periodOf(model, options));
  return section === undefined ? findings : findings.map((f) => ({ ...f, section }));
}
