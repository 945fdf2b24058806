import { dateOf } from "../../core/chronology/dates";
import { readTypedDate } from "./typed-values";

/** The review period form's values, checked: each date's problem, or the period to save. */
export type PeriodCheck =
  { ok: true; start: string; end: string } | { ok: false; start?: string; end?: string };

/** Check the two dates the author gave: both needed, exact, readable, the end not before the start. */
export function checkPeriod(startText: string, endText: string): PeriodCheck {
  const start = readTypedDate(startText, false);
  const end = readTypedDate(endText, false);
  const problem = (r: typeof start, which: string) =>
    r.status === "empty"
      ? `Give the ${which} of the review period, as dd/mm/yyyy.`
      : r.status === "invalid"
        ? r.message
        : undefined;
  const startProblem = problem(start, "start");
  const endProblem = problem(end, "end");
  if (startProblem || endProblem || start.status !== "ok" || end.status !== "ok")
    return { ok: false, start: startProblem, end: endProblem };
  if (dateOf(end.text)!.key < dateOf(start.text)!.key)
    return {
      ok: false,
      end: `The end of the review period (${end.text}) is before its start (${start.text}).`,
    };
  return { ok: true, start: start.text, end: end.text };
}
