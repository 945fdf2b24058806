import { findCoverTable } from "../anonymise/suggest";
import type { ReplaceCellTextEdit } from "../anonymise/plan";
import type { DocModel } from "../model/types";
import type { Pack } from "../packs/schema";
import type { QaDateKey, QaState } from "./schema";

/**
 * What the cover table's cells should say, from the QA state (seed 002, Appendix 3): "Quality
 * assured and approved by" from the sign-off, "Date of first submission" / "Date of revision" /
 * "Date of final submission" (and a template's request and completion dates) from the dates.
 */

export interface CoverValue {
  fieldId: string;
  label: string;
  text: string;
}

type Source = { kind: "signOff" } | { kind: "date"; key: QaDateKey };

/** Which part of the QA state a cover field shows, read from its id and label. */
export function coverSource(field: { id: string; label: string }): Source | undefined {
  const t = `${field.id} ${field.label}`.toLowerCase();
  if (/quality.assur|approved by|counter.?sign|director\/other|senior (officer|manager)/.test(t))
    return { kind: "signOff" };
  if (/first.submission/.test(t)) return { kind: "date", key: "firstSubmission" };
  if (/final.submission/.test(t)) return { kind: "date", key: "finalSubmission" };
  if (/revision/.test(t)) return { kind: "date", key: "revision" };
  if (/(imr|report).{0,3}(completion|completed)|completion.date/.test(t))
    return { kind: "date", key: "imrCompleted" };
  if (/request/.test(t)) return { kind: "date", key: "imrRequested" };
  return undefined;
}

/** "Jane Smith, Head of Safeguarding. Date: 12/03/2024" */
export function signOffText(signOff: NonNullable<QaState["signOff"]>): string {
  return `${signOff.name}, ${signOff.role}. Date: ${signOff.date}`;
}

/** The cover fields the QA state has a value for, in the pack's order. */
export function coverValues(pack: Pick<Pack, "cover">, state: QaState): CoverValue[] {
  const out: CoverValue[] = [];
  for (const f of pack.cover.fields) {
    const source = coverSource(f);
    if (!source) continue;
    let text: string | undefined;
    if (source.kind === "signOff") text = state.signOff ? signOffText(state.signOff) : undefined;
    else text = state.dates[source.key];
    if (text) out.push({ fieldId: f.id, label: f.label, text });
  }
  return out;
}

/** The same as a map from cell label to new text. */
export function coverValueMap(pack: Pick<Pack, "cover">, state: QaState): Record<string, string> {
  return Object.fromEntries(coverValues(pack, state).map((v) => [v.label, v.text]));
}

function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Cell edits that write the values into the document's cover table (the value cell beside each
 * label; the whole cell, including a guidance hint, is replaced). Cells that already say it are
 * left alone. Empty when the document has no cover table.
 */
export function coverEdits(
  model: DocModel,
  pack: Pick<Pack, "cover">,
  state: QaState,
): ReplaceCellTextEdit[] {
  const table = findCoverTable(model, pack);
  if (!table) return [];
  const values = coverValues(pack, state);
  const edits: ReplaceCellTextEdit[] = [];
  table.rows.forEach((row, r) => {
    const v = values.find((x) => norm(x.label) === norm(row[0] ?? ""));
    if (!v || row.length < 2) return;
    const current = row[1];
    if (current.trim() === v.text) return;
    edits.push({
      kind: "replaceCellText",
      blockId: table.id,
      row: r,
      column: 1,
      start: 0,
      end: current.length,
      expected: current,
      replacement: v.text,
    });
  });
  return edits;
}
