/**
 * A log of what went wrong that never holds document text: only the error's name, its code and
 * what the pane was doing (a fixed phrase from the code, e.g. "loading the organisation file").
 * Error messages are never kept: Word's and the pane's messages can quote the document.
 *
 * Kept in memory only (no localStorage, nothing sent anywhere) and written to the console as one
 * warning line, for an administrator with the browser's developer tools open.
 */

export interface ErrorRecord {
  /** ISO time. */
  at: string;
  /** What the pane was doing: a constant phrase written in the code, never user or document text. */
  action: string;
  /** The error's class or name ("TypeError", "AbortError", "GeneralException"). */
  name: string;
  /** Office.js error code or HTTP status, when there is one. */
  code?: string;
}

const MAX_RECORDS = 50;
const records: ErrorRecord[] = [];

/** A name or code as Office.js and the browser give them; anything else is not kept. */
const SAFE_TOKEN = /^[A-Za-z0-9_.-]{1,60}$/;

function safeToken(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && SAFE_TOKEN.test(value) ? value : undefined;
}

/** The parts of an error that are safe to keep: name and code, never the message. */
export function describeError(error: unknown): { name: string; code?: string } {
  if (typeof error !== "object" || error === null)
    return { name: typeof error === "string" ? "string thrown" : typeof error };
  const e = error as { name?: unknown; code?: unknown; status?: unknown };
  const name = safeToken(e.name) ?? safeToken(error.constructor?.name) ?? "Error";
  const code = safeToken(e.code) ?? safeToken(e.status);
  return code === undefined ? { name } : { name, code };
}

/** Record that `action` failed with `error` (name and code only). */
export function logError(action: string, error: unknown): ErrorRecord {
  const record: ErrorRecord = { at: new Date().toISOString(), action, ...describeError(error) };
  records.push(record);
  if (records.length > MAX_RECORDS) records.shift();
  const code = record.code ? `, code ${record.code}` : "";
  console.warn(`IMR Assistant: ${action} failed (${record.name}${code}).`);
  return record;
}

/** The most recent records, oldest first (for a diagnostics view). */
export function recentErrors(): readonly ErrorRecord[] {
  return [...records];
}
