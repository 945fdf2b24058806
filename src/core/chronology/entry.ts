/**
 * Adding an entry to the chronology: validate the values the pane collected (by pack column id)
 * and place the new row in date order, after the last entry dated on or before it (for an entry
 * with a time: on or before its date and time). The date may be typed (dd/mm/yyyy, or any form
 * read one way) or come from a date picker (ISO yyyy-mm-dd); it is written as dd/mm/yyyy.
 */
import type { Edit, EditPlan } from "../edits/plan";
import type { DocModel } from "../model/types";
import type { Pack } from "../packs/schema";
import { formatDate, readDate } from "./dates";
import { locateChronology, type ChronologyTable } from "./locate";
import { orderKeys, readRows } from "./rows";
import { formatTime, readTime } from "./times";

export interface EntryProblem {
  /** The pack column the problem is about; undefined for the entry as a whole. */
  columnId: string | undefined;
  message: string;
}

export type EntryResult =
  | {
      ok: true;
      /** The row as it will be written, in the table's column order. */
      cells: string[];
      /** Table row index the new row goes after. */
      after: number;
      edit: Extract<Edit, { kind: "insertTableRow" }>;
      plan: EditPlan;
    }
  | { ok: false; problems: EntryProblem[] };

/** Validate an entry against the document's chronology and place it in date order. */
export function addEntry(
  model: DocModel,
  pack: Pack,
  values: Readonly<Record<string, string>>,
): EntryResult {
  const table = locateChronology(model, pack);
  if (!table) {
    return {
      ok: false,
      problems: [
        {
          columnId: undefined,
          message:
            "No chronology table with the template's column headings was found: insert the chronology first.",
        },
      ],
    };
  }
  return entryFor(table, values);
}

/** Validate an entry against a located chronology table and place it in date order. */
export function entryFor(
  table: ChronologyTable,
  values: Readonly<Record<string, string>>,
): EntryResult {
  const problems: EntryProblem[] = [];
  if (table.block.hasMergedCells) {
    problems.push({
      columnId: undefined,
      message:
        "The chronology table has merged cells: split them before adding entries, so that each entry is one row.",
    });
  }
  const known = new Set(table.columns.map((c) => c.column.id));
  for (const id of Object.keys(values)) {
    if (!known.has(id))
      problems.push({ columnId: id, message: `The chronology has no column "${id}".` });
  }
  const cells = Array.from({ length: table.width }, () => "");
  let dateKey: number | undefined;
  let time: number | undefined;
  for (const c of table.columns) {
    const given = values[c.column.id] ?? "";
    const blank = given.trim() === "";
    let text = given;
    if (c.column.kind === "date") {
      const r = readDate(given);
      if (r.status === "empty") {
        problems.push({ columnId: c.column.id, message: "Give the date, in the form dd/mm/yyyy." });
      } else if (r.status === "invalid") {
        problems.push({ columnId: c.column.id, message: r.explanation });
      } else {
        text = (r.uncertain ? "?" : "") + formatDate(r.value);
        dateKey = r.value.key;
      }
    } else if (c.column.kind === "time" && !blank) {
      const r = readTime(given);
      if (r.status === "invalid") problems.push({ columnId: c.column.id, message: r.explanation });
      else if (r.status !== "empty") {
        text = formatTime(r.minutes);
        if (c.index === table.timeIndex) time = r.minutes;
      }
    }
    if (blank && c.column.required && c.column.kind !== "date") {
      problems.push({
        columnId: c.column.id,
        message: `"${c.column.header}" is required: fill it in.`,
      });
    }
    if (c.index === undefined) {
      if (!blank) {
        problems.push({
          columnId: c.column.id,
          message: `The chronology table has no "${c.column.header}" column: repair its columns first, or leave this empty.`,
        });
      }
      continue;
    }
    cells[c.index] = blank ? "" : text;
  }
  if (problems.length > 0 || dateKey === undefined) return { ok: false, problems };

  const rows = readRows(table);
  const keys = orderKeys(
    rows.map((r) => (r.kind === "entry" ? r : { date: undefined, time: undefined })),
  );
  // An entry without a time goes at the end of its day.
  const key = dateKey * 1440 + (time ?? 1439.5);
  let after: number | undefined;
  keys.forEach((k, i) => {
    if (k !== undefined && k <= key) after = rows[i].row;
  });
  if (after === undefined) {
    const first = keys.findIndex((k) => k !== undefined);
    after = first >= 0 ? rows[first].row - 1 : table.block.rows.length - 1;
  }
  const edit: Extract<Edit, { kind: "insertTableRow" }> = {
    kind: "insertTableRow",
    blockId: table.block.id,
    expectedRows: table.block.rows.map((r) => [...r]),
    after,
    cells,
  };
  return {
    ok: true,
    cells,
    after,
    edit,
    plan: { description: "Add an entry to the chronology", edits: [edit] },
  };
}
