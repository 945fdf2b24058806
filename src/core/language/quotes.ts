import type { Span } from "../model/types";

/**
 * Quoted passages in a text: the person's own words. Straight and curly quotes, single and
 * double. An apostrophe inside or at the end of a word ("Sarah's", "didn't", "lovers'") is not
 * an opening quote: a quote opens only at the start of the text or after a space or an opening
 * bracket, and closes at the next matching quote that is not followed by a letter or digit.
 * An unclosed quote (or one running over 2,000 characters) quotes nothing.
 */

const OPENERS: Record<string, string[]> = {
  '"': ['"', "”"],
  "“": ["”", '"'],
  "'": ["'", "’"],
  "‘": ["’", "'"],
};

function isWordChar(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}]/u.test(c);
}

/** Longest quotation looked for, so a stray quote mark cannot make the scan quadratic. */
const MAX_QUOTE = 2000;

export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const closers = OPENERS[ch];
    const prev = i > 0 ? text[i - 1] : undefined;
    if (
      closers &&
      (prev === undefined || /[\s([{\-–—/]/.test(prev)) &&
      text[i + 1] !== undefined &&
      !/\s/.test(text[i + 1])
    ) {
      let j = i + 1;
      let found = -1;
      const limit = Math.min(text.length, i + MAX_QUOTE);
      while (j < limit) {
        if (closers.includes(text[j]) && !isWordChar(text[j + 1]) && !/\s/.test(text[j - 1])) {
          found = j;
          break;
        }
        j++;
      }
      if (found > 0) {
        out.push({ start: i, end: found + 1 });
        i = found + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
