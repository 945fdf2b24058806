import type { Edit, EditPlan } from "../edits/plan";
import { isParagraph, type Block, type DocModel } from "../model/types";
import { findOccurrences, type Occurrence } from "./match";
import type { Register } from "./register";

/**
 * Turning occurrences into an EditPlan. Every edit names the exact text it replaces (the name as
 * found), so an edit whose text has changed since the plan was made is refused, not applied.
 */

/**
 * Replace the text [start, end) of one table cell. PROPOSED for the shared Edit union in
 * src/core/edits/plan.ts (additive): until the lead adds it there, it is defined here and the
 * anonymise plan's edits are `AnonymiseEdit`. src/word applies it with
 * `table.getCell(row, column).body.search(expected, { matchCase: true })`, taking the match that
 * starts at `start` (count the occurrences of `expected` before it in the cell text).
 */
/** A replacement inside one table cell (defined with the other edits in ../edits/plan). */
export type ReplaceCellTextEdit = Extract<Edit, { kind: "replaceCellText" }>;

export type AnonymiseEdit = Edit;

/** An EditPlan whose edits may include cell-level replacements. */
export interface AnonymiseEditPlan extends Omit<EditPlan, "edits"> {
  edits: AnonymiseEdit[];
}

export interface AnonymisePlan {
  plan: AnonymiseEditPlan;
  /** Every occurrence found, in document order (excluded and ambiguous ones too). */
  occurrences: Occurrence[];
  /** Replacements planned per person, by index in register.people. */
  counts: number[];
  /** Occurrences that could be more than one person: not in the plan, a person must decide. */
  unresolved: Occurrence[];
  /** Occurrences the plan replaces that a person should look at first (see Occurrence.review). */
  toReview: Occurrence[];
  /** How many occurrences were left out because they are in `excluded`. */
  excludedCount: number;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The plan that replaces every register name in the document with its person's code, except
 * the occurrences whose ids are in `excluded` (the ones a person has looked at and kept) and the
 * ambiguous ones. Within a block, edits run from the end of the text to the start, so applying
 * them in order keeps the earlier offsets valid.
 */
export function anonymisePlan(
  model: DocModel,
  register: Register,
  excluded: ReadonlySet<string> = new Set(),
): AnonymisePlan {
  const occurrences = findOccurrences(model, register);
  const counts = register.people.map(() => 0);
  const unresolved: Occurrence[] = [];
  const toReview: Occurrence[] = [];
  let excludedCount = 0;
  const chosen: Occurrence[] = [];
  for (const o of occurrences) {
    if (excluded.has(o.id)) {
      excludedCount++;
      continue;
    }
    if (o.replacement === undefined || o.personIndex < 0) {
      unresolved.push(o);
      continue;
    }
    chosen.push(o);
    counts[o.personIndex]++;
    if (o.review) toReview.push(o);
  }
  const order = new Map(model.blocks.map((b, i) => [b.id, i]));
  chosen.sort(
    (a, b) =>
      (order.get(a.blockId) ?? 0) - (order.get(b.blockId) ?? 0) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      b.start - a.start,
  );
  const edits: AnonymiseEdit[] = chosen.map((o) =>
    o.row !== undefined && o.column !== undefined
      ? {
          kind: "replaceCellText",
          blockId: o.blockId,
          row: o.row,
          column: o.column,
          start: o.start,
          end: o.end,
          expected: o.text,
          replacement: o.replacement!,
        }
      : {
          kind: "replaceText",
          location: { blockId: o.blockId, start: o.start, end: o.end },
          expected: o.text,
          replacement: o.replacement!,
        },
  );
  const people = counts.filter((n) => n > 0).length;
  let description =
    edits.length === 0
      ? "No names to replace"
      : `Replace ${plural(edits.length, "name", "names")} of ${plural(people, "person", "people")} with their codes`;
  if (unresolved.length > 0)
    description += `; ${plural(unresolved.length, "name needs", "names need")} a decision first`;
  return { plan: { description, edits }, occurrences, counts, unresolved, toReview, excludedCount };
}

/** A replaced range in the text after applying: where it was, where it is, what it held. */
export interface AppliedSpan {
  blockId: string;
  row?: number;
  column?: number;
  before: { start: number; end: number };
  after: { start: number; end: number };
}

export type ApplyToTextResult =
  | { ok: true; model: DocModel; spans: AppliedSpan[] }
  | { ok: false; reason: string; stale: AnonymiseEdit[] };

function spliceAll(
  text: string,
  edits: { start: number; end: number; expected: string; replacement: string }[],
):
  | {
      text: string;
      spans: { before: { start: number; end: number }; after: { start: number; end: number } }[];
    }
  | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  const spans = [];
  for (const e of sorted) {
    if (e.start < at || text.slice(e.start, e.end) !== e.expected) return undefined;
    out += text.slice(at, e.start);
    spans.push({
      before: { start: e.start, end: e.end },
      after: { start: out.length, end: out.length + e.replacement.length },
    });
    out += e.replacement;
    at = e.end;
  }
  return { text: out + text.slice(at), spans };
}

/**
 * Apply an anonymise plan to a DocModel (pure; for tests, previews and the .docx path's own
 * checks). All or nothing: if any edit's expected text is not where the plan says, nothing is
 * applied and the stale edits are returned. Guidance spans after a replacement are shifted.
 */
export function applyToText(model: DocModel, plan: AnonymiseEditPlan): ApplyToTextResult {
  const byBlock = new Map<string, AnonymiseEdit[]>();
  for (const e of plan.edits) {
    const id = e.kind === "replaceText" ? e.location.blockId : e.blockId;
    byBlock.set(id, [...(byBlock.get(id) ?? []), e]);
  }
  const stale: AnonymiseEdit[] = [];
  const spans: AppliedSpan[] = [];
  const blocks: Block[] = model.blocks.map((block) => {
    const edits = byBlock.get(block.id);
    if (!edits) return block;
    if (isParagraph(block)) {
      const text = edits.filter((e) => e.kind === "replaceText");
      if (text.length !== edits.length) {
        stale.push(...edits.filter((e) => e.kind !== "replaceText"));
        return block;
      }
      const done = spliceAll(
        block.text,
        text.map((e) => ({
          start: e.location.start,
          end: e.location.end,
          expected: e.expected,
          replacement: e.replacement,
        })),
      );
      if (!done) {
        stale.push(...edits);
        return block;
      }
      for (const s of done.spans) spans.push({ blockId: block.id, ...s });
      const next = { ...block, text: done.text };
      if (block.guidanceSpans)
        next.guidanceSpans = block.guidanceSpans.map((g) => shiftSpan(g, done.spans));
      return next;
    }
    const rows = block.rows.map((r) => [...r]);
    const cellEdits = new Map<string, ReplaceCellTextEdit[]>();
    for (const e of edits) {
      if (e.kind !== "replaceCellText") {
        stale.push(e);
        continue;
      }
      const key = `${e.row}.${e.column}`;
      cellEdits.set(key, [...(cellEdits.get(key) ?? []), e]);
    }
    for (const [, list] of cellEdits) {
      const { row, column } = list[0];
      const cell = rows[row]?.[column];
      const done = cell === undefined ? undefined : spliceAll(cell, list);
      if (!done) {
        stale.push(...list);
        continue;
      }
      rows[row][column] = done.text;
      for (const s of done.spans) spans.push({ blockId: block.id, row, column, ...s });
    }
    return { ...block, rows };
  });
  if (stale.length > 0) {
    return {
      ok: false,
      reason: `${plural(stale.length, "name has", "names have")} changed since the plan was made: read the document again.`,
      stale,
    };
  }
  return { ok: true, model: { ...model, blocks }, spans };
}

function shiftSpan(
  g: { start: number; end: number },
  done: { before: { start: number; end: number }; after: { start: number; end: number } }[],
): { start: number; end: number } {
  const map = (pos: number) => {
    let delta = 0;
    for (const s of done)
      if (s.before.end <= pos)
        delta += s.after.end - s.after.start - (s.before.end - s.before.start);
    return pos + delta;
  };
  return { start: map(g.start), end: map(g.end) };
}
