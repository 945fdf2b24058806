/**
 * Times in a chronology's time column. The strict form is hh:mm on the 24-hour clock (seed 002's
 * example: 17:00); white space around it is ignored. Forms read one way are normalised: "5pm",
 * "5.30 p.m.", "17.00hrs", "1700", "9:05", "12am" (00:00), "12pm" and "noon" (12:00), "17:00:00".
 * Reported, never guessed: "9:5", "25:00", "13pm", "morning", "midnight" (the start or the end
 * of the day?), ranges, seconds other than :00, three-digit times ("930").
 */

export type TimeProblem = "no-such-time" | "vague" | "range" | "midnight" | "not-a-time";

export type TimeReading =
  | { status: "empty" }
  | { status: "valid"; minutes: number }
  | { status: "normalisable"; minutes: number; normalised: string }
  | { status: "invalid"; problem: TimeProblem; explanation: string };

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** hh:mm for minutes since midnight. */
export function formatTime(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

const ONE_TIME = "The time column takes one time in the form hh:mm (24-hour clock, e.g. 17:00)";

const STRICT = /^([01]\d|2[0-3]):([0-5]\d)$/;
const CLOCK_24 = /^(\d{1,2})(?:[:.h])(\d{2})(?::00)?\s*(?:hrs?|hours|h)?\.?$/;
const FOUR_DIGITS = /^(\d{2})(\d{2})\s*(?:hrs?|hours|h)?\.?$/;
const CLOCK_12 = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?$/;
const SECONDS = /^(\d{1,2}):(\d{2}):(\d{2})$/;
const VAGUE =
  /\b(?:morning|afternoon|evening|night|overnight|lunch(?:time)?|daytime|day|am|pm|a\.m\.|p\.m\.|unknown|not known|n\/?k|n\/?a|tbc|various|approx(?:imately)?|circa|about|around)\b/i;

function clock(hours: number, minutes: number, original: string): TimeReading {
  if (hours > 23 || minutes > 59) {
    return {
      status: "invalid",
      problem: "no-such-time",
      explanation:
        hours === 24 && minutes === 0
          ? `"${original}" is not a time on the 24-hour clock: use 00:00 on the next day, or 23:59.`
          : `"${original}" is not a time: hours run 00–23 and minutes 00–59.`,
    };
  }
  const minutesOfDay = hours * 60 + minutes;
  return { status: "normalisable", minutes: minutesOfDay, normalised: formatTime(minutesOfDay) };
}

function looksLikeRange(text: string): boolean {
  const parts = text.split(/\s*(?:–|—|-|\bto\b|\buntil\b|\btill\b|\band\b)\s*/i);
  return (
    parts.length === 2 &&
    parts.every(
      (p) => p.trim() !== "" && /^\d/.test(p.trim()) && readTimeBody(p.trim()) !== undefined,
    )
  );
}

/** A time in one of the forms read one way, or a reason; undefined when not such a form. */
function readTimeBody(body: string): TimeReading | undefined {
  const lower = body.toLowerCase();
  let m = CLOCK_24.exec(lower);
  if (m) return clock(Number(m[1]), Number(m[2]), body);
  m = FOUR_DIGITS.exec(lower);
  if (m) return clock(Number(m[1]), Number(m[2]), body);
  m = CLOCK_12.exec(lower);
  if (m) {
    const h = Number(m[1]);
    const min = m[2] === undefined ? 0 : Number(m[2]);
    if (h < 1 || h > 12 || min > 59) {
      return {
        status: "invalid",
        problem: "no-such-time",
        explanation: `"${body}" is not a time: on the 12-hour clock hours run 1–12. ${ONE_TIME}.`,
      };
    }
    return clock((h % 12) + (m[3] === "p" ? 12 : 0), min, body);
  }
  if (/^(?:12\s*)?(?:noon|midday)$/.test(lower)) return clock(12, 0, body);
  m = SECONDS.exec(lower);
  if (m) {
    if (m[3] !== "00") {
      return {
        status: "invalid",
        problem: "not-a-time",
        explanation: `"${body}" gives seconds. ${ONE_TIME}: hours and minutes only.`,
      };
    }
    return clock(Number(m[1]), Number(m[2]), body);
  }
  return undefined;
}

/** Read a time cell's text: valid, normalisable (with hh:mm), empty or invalid. */
export function readTime(text: string): TimeReading {
  const body = text.trim();
  if (body === "") return { status: "empty" };
  const strict = STRICT.exec(body);
  if (strict) return { status: "valid", minutes: Number(strict[1]) * 60 + Number(strict[2]) };
  const read = readTimeBody(body);
  if (read) return read;
  if (/^(?:12\s*)?midnight$/i.test(body)) {
    return {
      status: "invalid",
      problem: "midnight",
      explanation: `"${body}" can mean the start or the end of the day: write 00:00 (the start of the day) or 23:59 (its end).`,
    };
  }
  if (looksLikeRange(body)) {
    return {
      status: "invalid",
      problem: "range",
      explanation: `"${body}" is a range of times. ${ONE_TIME}: put the start time here and give the end in the entry or an end-time column.`,
    };
  }
  if (VAGUE.test(body)) {
    return {
      status: "invalid",
      problem: "vague",
      explanation: `"${body}" is not a time. ${ONE_TIME}; leave it empty if the time is not known.`,
    };
  }
  if (/^\d{1,2}:\d$/.test(body)) {
    return {
      status: "invalid",
      problem: "not-a-time",
      explanation: `"${body}" is not clear: minutes take two digits. ${ONE_TIME}.`,
    };
  }
  return {
    status: "invalid",
    problem: "not-a-time",
    explanation: `"${body}" is not a time. ${ONE_TIME}.`,
  };
}

/** Minutes since midnight when the cell can be read one way, else undefined. */
export function timeOf(text: string): number | undefined {
  const r = readTime(text);
  return r.status === "valid" || r.status === "normalisable" ? r.minutes : undefined;
}
