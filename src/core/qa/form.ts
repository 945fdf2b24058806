import type { QaSet } from "../packs/schema";
import type { EvidenceItem } from "./evidence";
import { QA_DATE_KEYS, QA_DATE_LABELS, QA_STATUS_LABELS, type QaState } from "./schema";

/**
 * The completed QA form (seed 002, Appendix 4): a table of criteria with a tick in the column of
 * the answer given and the comment, then Signed / Date / Role. As table rows to insert at the end
 * of the document, and as plain text and JSON for `imr qa`.
 */

export const TICK = "✓";

/** Header row: Criteria | <the set's answers> | Comments. */
export function qaFormHeader(set: QaSet): string[] {
  return ["Criteria", ...set.answers, "Comments"];
}

/** Header row, then one row per criterion: a tick under the answer given, then the comment. */
export function qaFormTable(set: QaSet, state: QaState): string[][] {
  const rows = set.criteria.map((c) => {
    const a = state.answers[c.id];
    return [
      c.text,
      ...set.answers.map((ans) => (a && a.answer.toLowerCase() === ans.toLowerCase() ? TICK : "")),
      a?.comment ?? "",
    ];
  });
  return [qaFormHeader(set), ...rows];
}

/** The lines under the table, as the seed's form has them. */
export function qaFormSignOffLines(state: QaState): string[] {
  const s = state.signOff;
  return [
    `Signed: ${s?.name ?? ""}`.trimEnd(),
    `Date: ${s?.date ?? ""}`.trimEnd(),
    `Role: ${s?.role ?? ""}`.trimEnd(),
  ];
}

/** Everything to insert at the end of the document: a heading, the table, the sign-off lines. */
export interface QaFormBlocks {
  heading: string;
  table: string[][];
  lines: string[];
}

export function qaFormBlocks(set: QaSet, state: QaState): QaFormBlocks {
  return { heading: set.title, table: qaFormTable(set, state), lines: qaFormSignOffLines(state) };
}

/** The form as JSON-ready data (`imr qa --json`). */
export interface QaFormJson {
  packId: string;
  setId: string;
  title: string;
  status: QaState["status"];
  statusLabel: string;
  answered: number;
  total: number;
  criteria: {
    id: string;
    text: string;
    answer: string | null;
    comment: string;
    by: string | null;
    at: string | null;
    evidence?: Record<string, EvidenceItem[]>;
  }[];
  dates: QaState["dates"];
  signOff: QaState["signOff"] | null;
  comments: QaState["comments"];
  history: QaState["history"];
}

export function qaFormJson(
  set: QaSet,
  state: QaState,
  evidence?: Partial<Record<string, EvidenceItem[]>>,
): QaFormJson {
  const criteria = set.criteria.map((c) => {
    const a = state.answers[c.id];
    const row: QaFormJson["criteria"][number] = {
      id: c.id,
      text: c.text,
      answer: a?.answer ?? null,
      comment: a?.comment ?? "",
      by: a?.by ?? null,
      at: a?.at ?? null,
    };
    if (evidence && c.evidence.length > 0) {
      row.evidence = Object.fromEntries(c.evidence.map((k) => [k, evidence[k] ?? []]));
    }
    return row;
  });
  return {
    packId: state.packId,
    setId: set.id,
    title: set.title,
    status: state.status,
    statusLabel: QA_STATUS_LABELS[state.status],
    answered: criteria.filter((c) => c.answer !== null).length,
    total: criteria.length,
    criteria,
    dates: { ...state.dates },
    signOff: state.signOff ?? null,
    comments: state.comments,
    history: state.history,
  };
}

const MARK: Record<EvidenceItem["kind"], string> = { ok: "ok", concern: "check", info: "note" };

/** The form as plain text for the terminal (`imr qa`). */
export function qaFormText(
  set: QaSet,
  state: QaState,
  evidence?: Partial<Record<string, EvidenceItem[]>>,
): string {
  const out: string[] = [
    set.title,
    `Source: ${set.source}`,
    `Status: ${QA_STATUS_LABELS[state.status]}`,
  ];
  const answered = set.criteria.filter((c) => state.answers[c.id]).length;
  out.push(`Answered: ${answered} of ${set.criteria.length}`, "");
  set.criteria.forEach((c, i) => {
    const a = state.answers[c.id];
    out.push(`${i + 1}. ${c.text}`);
    out.push(`   Answer: ${a ? a.answer : "not answered"}`);
    if (a?.comment) out.push(`   Comments: ${a.comment.replace(/\s*\n\s*/g, " / ")}`);
    if (evidence) {
      for (const key of c.evidence)
        for (const item of evidence[key] ?? []) out.push(`   [${MARK[item.kind]}] ${item.text}`);
    }
  });
  const dates = QA_DATE_KEYS.filter((k) => state.dates[k]);
  if (dates.length > 0) {
    out.push("", "Dates");
    for (const k of dates) out.push(`   ${QA_DATE_LABELS[k]}: ${state.dates[k]}`);
  }
  if (state.comments.length > 0) {
    out.push("", "Comments on the text");
    for (const c of state.comments) {
      const on = c.anchorText ? ` (on “${c.anchorText}”)` : "";
      out.push(`   ${c.id}${on}: ${c.text.replace(/\s*\n\s*/g, " / ")}${c.by ? ` (${c.by})` : ""}`);
    }
  }
  out.push("", ...qaFormSignOffLines(state));
  return out.join("\n") + "\n";
}
