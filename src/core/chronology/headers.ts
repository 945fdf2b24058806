/**
 * Column headers compared the way a person reads them: case, punctuation, spacing, "&" for
 * "and" and small words do not matter; a renamed header still matches when most of its words do.
 */

/** Recent results: pack headers and aliases are normalised over and over. Bounded. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 4000;
const MEMO_MAX_LENGTH = 200;

/** Lower case, "&" as "and", punctuation as spaces, runs of white space as one space. */
export function normaliseHeader(text: string): string {
  if (text.length > MEMO_MAX_LENGTH) return normalise(text);
  let n = memo.get(text);
  if (n === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    n = normalise(text);
    memo.set(text, n);
  }
  return n;
}

function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const SMALL_WORDS = new Set([
  "a",
  "an",
  "and",
  "the",
  "of",
  "or",
  "to",
  "by",
  "for",
  "with",
  "s",
  "e",
  "g",
  "eg",
  "i",
]);

/** The header's significant words, a plural "s" dropped ("Comments" and "Comment" agree). */
export function headerWords(text: string): Set<string> {
  const words = normaliseHeader(text)
    .split(" ")
    .filter((w) => w !== "" && !SMALL_WORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
  return new Set(words);
}

/** How alike two headers are, 0..1: the Dice coefficient of their significant words. */
export function headerSimilarity(a: string, b: string): number {
  const wa = headerWords(a);
  const wb = headerWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return (2 * shared) / (wa.size + wb.size);
}

/** Below this a header is not taken as a renamed pack column. */
export const RENAMED_HEADER_THRESHOLD = 0.5;
