import type { Span } from "../model/types";

/**
 * Splits text into sentences. A sentence ends at ".", "!" or "?" (with any closing quotes or
 * brackets) followed by white space and a character that is not a lower-case letter, or by the
 * end of the text. Common abbreviations ("e.g.", "Dr.", "No.", "approx.") do not end a sentence,
 * and neither do decimals ("1.5"). Single capital letters do ("... Adult A. She ...").
 */

const ABBREVIATIONS = new Set([
  "e.g",
  "eg",
  "i.e",
  "ie",
  "etc",
  "dr",
  "mr",
  "mrs",
  "ms",
  "mx",
  "no",
  "nos",
  "st",
  "vs",
  "v",
  "approx",
  "prof",
  "sgt",
  "insp",
  "cllr",
  "rev",
  "revd",
  "cf",
  "al",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "a.m",
  "p.m",
  "ref",
  "para",
  "paras",
  "fig",
  "vol",
  "ch",
  "s",
  "ss",
  "supt",
  "det",
  "con",
  "dept",
  "est",
  "inc",
  "ltd",
  "co",
  "op",
  "cit",
  "ibid",
  "viz",
  "nb",
]);

const END = /[.!?]+["'”’)\]]*(?=\s|$)/g;

export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === ".") {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 12), m.index));
      if (before && ABBREVIATIONS.has(before[1].toLowerCase())) continue;
    }
    const after = /^\s+(\S)/.exec(text.slice(end, end + 8));
    if (after && /\p{Ll}/u.test(after[1])) continue;
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

const WORD = /[\p{L}\p{N}][^\s]*/gu;

/** Words in a sentence: runs of non-space characters holding a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** The first `n` words of a text, exactly as written (a prefix of it). */
export function firstWords(text: string, n: number): string {
  WORD.lastIndex = 0;
  let end = 0;
  for (let i = 0; i < n; i++) {
    const m = WORD.exec(text);
    if (!m) break;
    end = m.index + m[0].length;
  }
  return text.slice(0, end);
}
