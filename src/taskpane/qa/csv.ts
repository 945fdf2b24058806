import { toCsv } from "../../core/chronology/csv";
import type { QaSet } from "../../core/packs/schema";
import {
  QA_DATE_KEYS,
  QA_DATE_LABELS,
  QA_STATUS_LABELS,
  formatUkDate,
  type QaState,
} from "../../core/qa/schema";

/**
 * The completed QA form as CSV, for a QA manager to keep or collate in a spreadsheet: one row per
 * criterion (number, criterion, answer, comments, who answered and when), then the status, dates,
 * sign-off and the comments on the text. CSV rather than plain text because QA managers and review
 * panels track several agencies' IMRs in Excel: a CSV opens there as columns they can sort, filter
 * and paste into their own tracker. Formulas are guarded (a leading = + - @ gets an apostrophe) so
 * a comment can never run as a spreadsheet formula.
 */
export function qaFormCsv(set: QaSet, state: QaState): string {
  const day = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? "" : formatUkDate(d);
  };
  const records: string[][] = [
    ["Number", "Criterion", "Answer", "Comments", "Answered by", "Answered on"],
    ...set.criteria.map((c, i) => {
      const a = state.answers[c.id];
      return [
        String(i + 1),
        c.text,
        a?.answer ?? "",
        a?.comment ?? "",
        a?.by ?? "",
        a ? day(a.at) : "",
      ];
    }),
    [],
    ["Form", set.title],
    ["Source", set.source],
    ["Status", QA_STATUS_LABELS[state.status]],
    ...QA_DATE_KEYS.filter((k) => state.dates[k]).map((k) => [QA_DATE_LABELS[k], state.dates[k]!]),
    ["Quality assured and approved by", state.signOff?.name ?? ""],
    ["Role", state.signOff?.role ?? ""],
    ["Date signed off", state.signOff?.date ?? ""],
  ];
  if (state.comments.length > 0) {
    records.push([], ["Comments on the text", "On the words", "Criterion", "By", "Date"]);
    for (const c of state.comments) {
      const criterion = set.criteria.find((x) => x.id === c.criterionId)?.text ?? "";
      records.push([c.text, c.anchorText, criterion, c.by, day(c.at)]);
    }
  }
  // An empty record would be read as no record: give it one empty field.
  return toCsv(
    records.map((r) => (r.length === 0 ? [""] : r)),
    { guardFormulas: true },
  );
}

/** The download's file name: "IMR QA form <set id> dd-mm-yyyy.csv". */
export function qaFormFileName(set: QaSet, now: Date): string {
  const d = `${String(now.getDate()).padStart(2, "0")}-${String(now.getMonth() + 1).padStart(2, "0")}-${now.getFullYear()}`;
  return `IMR QA form ${set.id} ${d}.csv`;
}
