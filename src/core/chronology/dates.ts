/**
 * Dates in a chronology's date column.
 *
 * The strict form is exactly dd/mm/yyyy and nothing else (seed 002: "insert the date as per the
 * example (01/01/2012) ... nothing else is entered in the date column"); white space around it
 * is ignored. A leading "?" marks an uncertain date, as Chronolator accepts ("?01/03/2012"): it
 * is allowed, and the checks report it as information so the panel knows the date is approximate.
 *
 * Other forms are normalised only when they can be read one way in UK day-first order:
 * "3/4/13", "22.05.16", "22-May-16", "1st Jan 2013", "Jan 1 2013", "2013-02-05" (ISO). Two-digit
 * years: 00-69 are 2000-2069 and 70-99 are 1970-1999 (TWO_DIGIT_YEAR_PIVOT); the suggestion
 * always shows the four-digit year, so the author sees the reading before accepting it.
 * Everything else is reported with the reason, never guessed: month-first (US) dates, days that
 * do not exist, seasons, years or months alone, ranges, extra text, a time in the date cell.
 */
import { readTime } from "./times";

export interface DateValue {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** yyyymmdd as a number: compares in date order. */
  readonly key: number;
}

/** Two-digit years below this are 20xx; this and above are 19xx. */
export const TWO_DIGIT_YEAR_PIVOT = 70;
/** Years outside this range are reported as mistakes rather than read. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

export function expandYear(twoDigits: number): number {
  return twoDigits < TWO_DIGIT_YEAR_PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date, or undefined when that day does not exist. */
export function makeDate(year: number, month: number, day: number): DateValue | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, key: year * 10000 + month * 100 + day };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** dd/mm/yyyy. */
export function formatDate(d: DateValue): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${String(d.year).padStart(4, "0")}`;
}

/** "1 January 2013", for messages. */
export function longDate(d: { year: number; month: number; day: number }): string {
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

function weekday(d: DateValue): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Why a date cannot be read. Stable codes, for tests and for the pane to group by. */
export type DateProblem =
  | "us-order"
  | "no-such-day"
  | "year-out-of-range"
  | "weekday-mismatch"
  | "range"
  | "time-in-date"
  | "extra-text"
  | "month-only"
  | "year-only"
  | "vague"
  | "not-a-date";

export type DateReading =
  | { status: "empty" }
  /** Exactly the strict form (a leading "?" allowed). */
  | { status: "valid"; value: DateValue; uncertain: boolean }
  /** Read one way only: `normalised` is the strict form to write instead. */
  | {
      status: "normalisable";
      value: DateValue;
      uncertain: boolean;
      normalised: string;
      note?: string;
    }
  | { status: "invalid"; problem: DateProblem; explanation: string };

type Parsed =
  | { ok: true; value: DateValue; note?: string }
  | { ok: false; problem: DateProblem; explanation: string };

const MONTHS: Record<string, number> = {};
MONTH_NAMES.forEach((name, i) => {
  const lower = name.toLowerCase();
  MONTHS[lower] = i + 1;
  MONTHS[lower.slice(0, 3)] = i + 1;
});
MONTHS["sept"] = 9;

const WEEKDAYS: Record<string, number> = {};
WEEKDAY_NAMES.forEach((name, i) => {
  const lower = name.toLowerCase();
  WEEKDAYS[lower] = i;
  WEEKDAYS[lower.slice(0, 3)] = i;
});
Object.assign(WEEKDAYS, { tues: 2, weds: 3, thur: 4, thurs: 4 });

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

function yearOf(digits: string): { year: number; twoDigit: boolean } {
  return digits.length === 2
    ? { year: expandYear(Number(digits)), twoDigit: true }
    : { year: Number(digits), twoDigit: false };
}

/** Build a date from day, month and year numbers, explaining why when it cannot be one. */
function fromParts(
  day: number,
  month: number,
  yearDigits: string,
  original: string,
  numeric: boolean,
): Parsed {
  const { year, twoDigit } = yearOf(yearDigits);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      ok: false,
      problem: "year-out-of-range",
      explanation: `The year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}: check the year.`,
    };
  }
  if (numeric && month > 12) {
    const us = makeDate(year, day, month);
    if (us) {
      return {
        ok: false,
        problem: "us-order",
        explanation: `"${original}" is not a valid UK date: there is no month ${month}. Written month first (US order) it would be ${longDate(us)}; check the record and enter it as dd/mm/yyyy.`,
      };
    }
    return {
      ok: false,
      problem: "not-a-date",
      explanation: `"${original}" is not a date: there is no month ${month}.`,
    };
  }
  const value = makeDate(year, month, day);
  if (!value) {
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return {
        ok: false,
        problem: "no-such-day",
        explanation: `${day} ${MONTH_NAMES[month - 1]} ${year} does not exist: check the record.`,
      };
    }
    return { ok: false, problem: "not-a-date", explanation: `"${original}" is not a date.` };
  }
  return twoDigit
    ? { ok: true, value, note: `two-digit year read as ${year}` }
    : { ok: true, value };
}

function checkWeekday(parsed: Parsed, weekdayWord: string | undefined): Parsed {
  if (!parsed.ok || weekdayWord === undefined) return parsed;
  const wanted = WEEKDAYS[weekdayWord.toLowerCase()];
  const actual = weekday(parsed.value);
  if (wanted !== actual) {
    return {
      ok: false,
      problem: "weekday-mismatch",
      explanation: `${longDate(parsed.value)} was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[wanted]}: check the record.`,
    };
  }
  return parsed;
}

const NUMERIC_DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const NUMERIC_YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const ORD = "(?:st|nd|rd|th)?";
const SEP = "[\\s./,-]+";
const NAMED_DMY = new RegExp(
  `^(?:([a-z]+)\\.?,?\\s+)?(\\d{1,2})${ORD}(?:\\s+of)?${SEP}([a-z]+)\\.?${SEP}(\\d{4}|\\d{2})$`,
  "i",
);
const NAMED_MDY = new RegExp(
  `^(?:([a-z]+)\\.?,?\\s+)?([a-z]+)\\.?${SEP}(\\d{1,2})${ORD},?${SEP}(\\d{4}|\\d{2})$`,
  "i",
);

/** A whole date in one of the forms read one way; undefined when `text` is not such a form. */
function parseForm(text: string): Parsed | undefined {
  let m = NUMERIC_DMY.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[3]), m[4], text, true);
  m = NUMERIC_YMD.exec(text);
  if (m) return fromParts(Number(m[4]), Number(m[3]), m[1], text, true);
  m = NAMED_DMY.exec(text);
  if (
    m &&
    monthNumber(m[3]) !== undefined &&
    (m[1] === undefined || WEEKDAYS[m[1].toLowerCase()] !== undefined)
  ) {
    return checkWeekday(fromParts(Number(m[2]), monthNumber(m[3])!, m[4], text, false), m[1]);
  }
  m = NAMED_MDY.exec(text);
  if (
    m &&
    monthNumber(m[2]) !== undefined &&
    (m[1] === undefined || WEEKDAYS[m[1].toLowerCase()] !== undefined)
  ) {
    return checkWeekday(fromParts(Number(m[3]), monthNumber(m[2])!, m[4], text, false), m[1]);
  }
  return undefined;
}

const MONTH_YEAR_NAMED = /^([a-z]+)\.?,?[\s./-]*(\d{4}|\d{2})$/i;
const MONTH_YEAR_NUMERIC = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR_ONLY = /^(\d{4})$/;

function isMonthYear(text: string): boolean {
  const m = MONTH_YEAR_NAMED.exec(text);
  if (m && monthNumber(m[1]) !== undefined) return true;
  const n = MONTH_YEAR_NUMERIC.exec(text);
  return !!n && Number(n[1]) >= 1 && Number(n[1]) <= 12;
}

/** A full date, a month and year, or a year: either end of a range. */
function isDateLike(text: string): boolean {
  const t = text.trim().replace(/^(?:between|from)\s+/i, "");
  return parseForm(t) !== undefined || isMonthYear(t) || YEAR_ONLY.test(t);
}

const RANGE_SEPARATOR = /\s*(?:–|—|-|\bto\b|\buntil\b|\btill\b|\band\b|&)\s*/gi;

function looksLikeRange(text: string): boolean {
  for (const m of text.matchAll(RANGE_SEPARATOR)) {
    const left = text.slice(0, m.index);
    const right = text.slice(m.index! + m[0].length);
    if (left.trim() !== "" && right.trim() !== "" && isDateLike(left) && isDateLike(right))
      return true;
  }
  return false;
}

/**
 * A period written as two full dates ("01/01/2010 to 31/12/2012", "1 January 2010 – 31 December
 * 2012", "between ... and ..."), start first; undefined otherwise.
 */
export function readDateRange(text: string): { start: DateValue; end: DateValue } | undefined {
  const t = text.trim().replace(/^(?:between|from)\s+/i, "");
  for (const m of t.matchAll(RANGE_SEPARATOR)) {
    const start = parseForm(t.slice(0, m.index).trim());
    const end = parseForm(
      t
        .slice(m.index! + m[0].length)
        .trim()
        .replace(/\.$/, ""),
    );
    if (start?.ok && end?.ok && start.value.key <= end.value.key)
      return { start: start.value, end: end.value };
  }
  return undefined;
}

/** A date and a time in one cell: "01/01/2012 17:00", "2012-01-01T17:00". */
function splitDateTime(text: string): { date: DateValue; time: string } | undefined {
  const m =
    /^(.*?\d)(?:\s*,\s*|\s+at\s+|\s+|T)(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs?|hours)?|\d{4}\s*hrs?)$/i.exec(
      text,
    );
  if (!m) return undefined;
  const date = parseForm(m[1].trim());
  const time = readTime(m[2]);
  if (!date || !date.ok || time.status === "empty" || time.status === "invalid") return undefined;
  return { date: date.value, time: time.status === "valid" ? m[2].trim() : time.normalised };
}

const EMBEDDED = [
  /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/g,
  new RegExp(`\\d{1,2}${ORD}(?:\\s+of)?${SEP}[a-z]+\\.?${SEP}\\d{2,4}`, "gi"),
  new RegExp(`[a-z]+\\.?${SEP}\\d{1,2}${ORD},?${SEP}\\d{2,4}`, "gi"),
];

/** A date written inside other text: the date and what surrounds it. */
function findEmbedded(text: string): { date: DateValue; rest: string } | undefined {
  for (const re of EMBEDDED) {
    for (const m of text.matchAll(re)) {
      const parsed = parseForm(m[0]);
      if (parsed?.ok) {
        const rest = (text.slice(0, m.index) + " " + text.slice(m.index! + m[0].length))
          .replace(/\s+/g, " ")
          .trim();
        return { date: parsed.value, rest };
      }
    }
  }
  return undefined;
}

const APPROXIMATE =
  /\b(?:approx(?:imately)?|circa|c\.|ca\.|about|around|estimated|est\.|roughly|unconfirmed|uncertain)\b|\?/i;
const VAGUE =
  /\b(?:spring|summer|autumn|fall|winter|early|mid|middle|late|end|beginning|start|unknown|not known|n\/?k|n\/?a|tbc|tba|various|ongoing|weekend)\b/i;

const ONE_DATE = "The date column takes one date, in the form dd/mm/yyyy, and nothing else";

function diagnose(body: string): { problem: DateProblem; explanation: string } {
  if (looksLikeRange(body)) {
    return {
      problem: "range",
      explanation: `"${body}" is a range of dates. ${ONE_DATE}: give each event its own row, or put the start date here and the end in an end-date column.`,
    };
  }
  const dt = splitDateTime(body);
  if (dt) {
    return {
      problem: "time-in-date",
      explanation: `The date cell holds a time as well. Put ${dt.time} in the time column and leave only ${formatDate(dt.date)} here.`,
    };
  }
  const embedded = findEmbedded(body);
  if (embedded) {
    const approx = APPROXIMATE.test(embedded.rest)
      ? ` If the date is approximate, write ?${formatDate(embedded.date)} (a leading question mark marks an uncertain date).`
      : "";
    return {
      problem: "extra-text",
      explanation: `The date cell holds "${embedded.rest}" as well as the date ${formatDate(embedded.date)}. ${ONE_DATE}: move the rest to another column.${approx}`,
    };
  }
  if (isMonthYear(body)) {
    return {
      problem: "month-only",
      explanation: `"${body}" gives a month but no day. ${ONE_DATE}; if the day is not known, give the nearest date the records support and mark it uncertain with a leading "?".`,
    };
  }
  if (YEAR_ONLY.test(body)) {
    return {
      problem: "year-only",
      explanation: `"${body}" gives only a year. ${ONE_DATE}; if the day is not known, give the nearest date the records support and mark it uncertain with a leading "?".`,
    };
  }
  if (VAGUE.test(body)) {
    return {
      problem: "vague",
      explanation: `"${body}" is not a date. ${ONE_DATE}; if the exact day is not known, give the nearest date the records support and mark it uncertain with a leading "?".`,
    };
  }
  return { problem: "not-a-date", explanation: `"${body}" is not a date. ${ONE_DATE}.` };
}

const STRICT = /^\d{2}\/\d{2}\/\d{4}$/;

/** Read a date cell's text: valid, normalisable (with the strict form), empty or invalid. */
export function readDate(text: string): DateReading {
  const trimmed = text.trim();
  if (trimmed === "") return { status: "empty" };
  const uncertain = trimmed.startsWith("?");
  const body = uncertain ? trimmed.slice(1).trim() : trimmed;
  if (body === "") {
    return {
      status: "invalid",
      problem: "not-a-date",
      explanation: `A "?" on its own is not a date. ${ONE_DATE}.`,
    };
  }
  const parsed = parseForm(body);
  if (parsed === undefined) return { status: "invalid", ...diagnose(body) };
  if (!parsed.ok)
    return { status: "invalid", problem: parsed.problem, explanation: parsed.explanation };
  const normalised = (uncertain ? "?" : "") + formatDate(parsed.value);
  if (STRICT.test(body) && trimmed === normalised)
    return { status: "valid", value: parsed.value, uncertain };
  return parsed.note === undefined
    ? { status: "normalisable", value: parsed.value, uncertain, normalised }
    : { status: "normalisable", value: parsed.value, uncertain, normalised, note: parsed.note };
}

/** The date a cell holds when it can be read one way (valid or normalisable), else undefined. */
export function dateOf(text: string): DateValue | undefined {
  const r = readDate(text);
  return r.status === "valid" || r.status === "normalisable" ? r.value : undefined;
}
