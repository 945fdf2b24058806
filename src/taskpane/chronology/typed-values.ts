import { formatDate, readDate } from "../../core/chronology/dates";
import { formatTime, readTime } from "../../core/chronology/times";

/**
 * What the author typed in a date or time box, read the way the chronology reads its cells
 * (core dates.ts and times.ts): dd/mm/yyyy, or any form that can be read one way ("1st Jan 2013",
 * "3/4/13"), is accepted and shown back in the strict form; anything else gets the core's reason.
 */

export type TypedValue =
  | { status: "empty" }
  /** `text` is the strict form; `note` says how a looser form was read. */
  | { status: "ok"; text: string; note?: string }
  | { status: "invalid"; message: string };

/**
 * A typed date. `allowUncertain`: a leading "?" marks an uncertain date (chronology entries);
 * the review period needs exact dates.
 */
export function readTypedDate(input: string, allowUncertain: boolean): TypedValue {
  const r = readDate(input);
  switch (r.status) {
    case "empty":
      return { status: "empty" };
    case "invalid":
      return { status: "invalid", message: r.explanation };
    case "valid":
    case "normalisable": {
      if (r.uncertain && !allowUncertain)
        return {
          status: "invalid",
          message: `The review period needs exact dates: remove the "?" and give the date as dd/mm/yyyy.`,
        };
      const text = (r.uncertain ? "?" : "") + formatDate(r.value);
      if (r.status === "valid") return { status: "ok", text };
      const note = `Read as ${text}${r.note ? ` (${r.note})` : ""}.`;
      return { status: "ok", text, note };
    }
  }
}

/** A typed time: hh:mm on the 24-hour clock, or a form read one way ("9.30am", "1430"). */
export function readTypedTime(input: string): TypedValue {
  const r = readTime(input);
  switch (r.status) {
    case "empty":
      return { status: "empty" };
    case "invalid":
      return { status: "invalid", message: r.explanation };
    case "valid":
      return { status: "ok", text: formatTime(r.minutes) };
    case "normalisable":
      return { status: "ok", text: r.normalised, note: `Read as ${r.normalised}.` };
  }
}

/** dd/mm/yyyy (a leading "?" ignored) as yyyy-mm-dd for a date picker; "" when not a date. */
export function ukToIso(text: string): string {
  const r = readDate(text);
  if (r.status !== "valid" && r.status !== "normalisable") return "";
  const { year, month, day } = r.value;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A date picker's yyyy-mm-dd as dd/mm/yyyy; "" when it is not a whole date. */
export function isoToUk(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return "";
  const r = readDate(`${m[3]}/${m[2]}/${m[1]}`);
  return r.status === "valid" ? formatDate(r.value) : "";
}
