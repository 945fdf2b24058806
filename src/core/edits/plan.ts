import type { Location } from "../model/types";

/**
 * An EditPlan: the changes a feature wants made, as data. src/word applies a plan in one batch
 * (one context.sync) and src/docx can apply the same plan to a file. Every edit names the text
 * it expects to find, so an edit whose text has changed since the check is refused, not applied.
 */
export type Edit =
  /** Replace `expected` (the text at `location`) with `replacement`. */
  | {
      kind: "replaceText";
      location: Location & { start: number; end: number };
      expected: string;
      replacement: string;
    }
  /** Rewrite a whole table: `expectedRows` is what the table held when the plan was made. */
  | { kind: "replaceTable"; blockId: string; expectedRows: string[][]; rows: string[][] }
  /**
   * Replace `expected` at [start, end) of the text of one table cell (a name in the chronology,
   * a date in the cover table). Within a cell, edits apply from the last offset to the first.
   */
  | {
      kind: "replaceCellText";
      blockId: string;
      row: number;
      column: number;
      start: number;
      end: number;
      expected: string;
      replacement: string;
    }
  /** Insert a row into a table after row index `after` (0 = after the header row). */
  | {
      kind: "insertTableRow";
      blockId: string;
      expectedRows: string[][];
      after: number;
      cells: string[];
    };

export interface EditPlan {
  /** What the plan does, in words a person reads before confirming ("Replace 5 phrases"). */
  description: string;
  edits: Edit[];
}

export type ApplyResult =
  { ok: true; applied: number } | { ok: false; reason: string; stale: Edit[] };
