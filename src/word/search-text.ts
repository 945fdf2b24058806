/**
 * Finding a piece of text again in Word. Word has no character offsets: src/word searches the
 * paragraph (or cell) for the text and picks the right occurrence. Word's search scans left to
 * right without overlaps and takes at most 255 characters, so longer text is found by its first
 * 255-character piece (by counting occurrences) and each next piece right after it.
 */

export const WORD_SEARCH_LIMIT = 255;

/** Escape text for Word's search: a caret starts a special code (^p, ^t), so "^" is "^^". */
export function escapeForWordSearch(text: string): string {
  return text.replace(/\^/g, "^^");
}

/** Where Word's search finds `needle` in `hay` (case-sensitive): starts, left to right, no overlaps. */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) return out;
    out.push(at);
    from = at + needle.length;
  }
}

/** How to find the text at `start` with Word's search: which occurrence of which search strings. */
export type SearchPlan =
  | { kind: "short"; search: string; occurrence: number }
  /** Text over the limit: the first chunk by occurrence, then each next chunk right after it. */
  | { kind: "long"; head: string; headOccurrence: number; rest: string[] };

/**
 * Plan a search for `text` known to sit at `start` in `hay`. Undefined when Word's search could not
 * land on that place (the text is not there, or only as an overlap of an earlier match).
 */
export function planSearch(hay: string, text: string, start: number): SearchPlan | undefined {
  if (text.length === 0 || hay.slice(start, start + text.length) !== text) return undefined;
  if (escapeForWordSearch(text).length <= WORD_SEARCH_LIMIT) {
    const k = occurrences(hay, text).indexOf(start);
    return k < 0 ? undefined : { kind: "short", search: text, occurrence: k };
  }
  const chunks = chunk(text);
  const h = occurrences(hay, chunks[0]).indexOf(start);
  if (h < 0) return undefined;
  // Each further chunk is searched for from the end of the one before, where it sits: the first
  // match there is the right one.
  return { kind: "long", head: chunks[0], headOccurrence: h, rest: chunks.slice(1) };
}

/** The start of `text` in `hay` nearest to `near` (for a finding whose offsets have moved). */
export function nearestStart(hay: string, text: string, near: number): number | undefined {
  let best: number | undefined;
  for (const at of occurrences(hay, text)) {
    if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/** Split text into pieces whose escaped form fits Word's search limit. */
export function chunk(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    let n = Math.min(rest.length, WORD_SEARCH_LIMIT);
    while (n > 1 && escapeForWordSearch(rest.slice(0, n)).length > WORD_SEARCH_LIMIT) n -= 1;
    out.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  return out;
}
