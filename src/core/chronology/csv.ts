/**
 * CSV for chronologies (RFC 4180): records end with CRLF; a field holding a comma, a double
 * quote, a carriage return or a line feed is quoted, with its quotes doubled; the text starts
 * with a UTF-8 byte order mark so that Excel reads it as UTF-8. A record of one empty field is
 * written as "" so that it cannot be mistaken for no record.
 *
 * The reader takes RFC 4180 text, with or without the byte order mark, with CRLF, LF or CR line
 * ends. It is lenient about a stray quote inside an unquoted field (read as a quote, as Excel
 * does) and refuses, with the line number, a quoted field that is never closed or text straight
 * after a closing quote.
 */

/** A chronology row for export: cell text by column header. */
export type ChronologyRow = Readonly<Record<string, string>>;

export const BOM = "\uFEFF";

export interface CsvOptions {
  /**
   * Put an apostrophe before fields starting with = + - @ (or a tab or carriage return), so that
   * a spreadsheet shows them as text instead of running them as formulas. Off by default: it
   * changes the text, and a round trip through readCsv would keep the apostrophe.
   */
  guardFormulas?: boolean;
}

function field(text: string, alone: boolean, options: CsvOptions): string {
  const t = options.guardFormulas && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  if (/[",\r\n]/.test(t) || (alone && t === "")) return `"${t.replace(/"/g, '""')}"`;
  return t;
}

/** Records as CSV text: BOM, CRLF after every record. */
export function toCsv(records: readonly (readonly string[])[], options: CsvOptions = {}): string {
  return (
    BOM +
    records.map((r) => r.map((f) => field(f, r.length === 1, options)).join(",") + "\r\n").join("")
  );
}

/** A chronology as CSV: a header record of `columns`, then each row's cells in that order. */
export function chronologyToCsv(
  rows: readonly ChronologyRow[],
  columns: readonly string[],
  options: CsvOptions = {},
): string {
  return toCsv([columns, ...rows.map((row) => columns.map((c) => row[c] ?? ""))], options);
}

export type CsvReadResult =
  { ok: true; records: string[][] } | { ok: false; line: number; message: string };

/** Read CSV text into records. */
export function readCsv(text: string): CsvReadResult {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let value = "";
  let quoted = false; // inside a quoted field
  let closed = false; // just after a quoted field's closing quote
  let pending = false; // a record has started
  let line = 1;
  let quoteLine = 1;
  const endField = () => {
    record.push(value);
    value = "";
    closed = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    pending = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          value += '"';
          i++;
        } else {
          quoted = false;
          closed = true;
        }
      } else {
        if (c === "\n" || (c === "\r" && s[i + 1] !== "\n")) line++;
        value += c;
      }
      continue;
    }
    if (c === ",") {
      endField();
      pending = true;
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && s[i + 1] === "\n") i++;
      endRecord();
      line++;
    } else if (closed) {
      return {
        ok: false,
        line,
        message: `Line ${line}: text follows a quoted field's closing quote; a quote inside a quoted field must be doubled ("").`,
      };
    } else if (c === '"' && value === "") {
      quoted = true;
      quoteLine = line;
      pending = true;
    } else {
      value += c;
      pending = true;
    }
  }
  if (quoted)
    return {
      ok: false,
      line: quoteLine,
      message: `Line ${quoteLine}: a quoted field is never closed.`,
    };
  if (pending || closed || record.length > 0) endRecord();
  return { ok: true, records };
}
