import { isParagraph, type DocModel, type TableBlock } from "../model/types";
import { variantsOf, type Register } from "./register";

/**
 * Finding every occurrence of every register name in a DocModel.
 *
 * The rules (one missed name in a published report is a serious breach, so when in doubt the
 * matcher reports an occurrence and marks it for review rather than leaving it out):
 *
 * 1. Whole words only. A word is a run of letters and digits, joined by hyphens or apostrophes
 *    ("Smith-Jones", "O'Neil", "Sarah's" are one word each). "Ann" is never found inside
 *    "Annual" or "Anne", "Smith" never inside "Smith-Jones", "Neil" never inside "O'Neil".
 * 2. Possessives: a name followed by 's or ’s ("Sarah's", "Sarah’s") or by a bare apostrophe
 *    ("James'") is found; only the name itself is replaced, so "Sarah's" becomes "Adult A's" and
 *    the apostrophe the author typed is kept.
 * 3. Longest match first: at each word the longest register name or variant that fits wins, so
 *    "Joanne Bloggs" is one occurrence, not "Joanne" and "Bloggs". White space inside a name may
 *    be any run of spaces, non-breaking spaces or line breaks. Matches do not overlap; the
 *    leftmost wins.
 * 4. Case: names are matched ignoring case ("JOANNE BLOGGS", "joanne bloggs") unless every word
 *    of the name is also an ordinary English word (COMMON_WORDS: "Rose", "Mark", "Will", "Hope",
 *    "Grace", "Bill", "May", "Frank", "Nurse", "Brown", ...; a single letter counts as one, so
 *    "A Brown" is not found in "a brown coat"). Those match only when each word
 *    starts with a capital letter ("Rose" but not "rose"). A one-word name of that kind at the
 *    start of a sentence, cell or paragraph ("Will the agency ...") is still reported, marked
 *    `review` because the capital letter there does not show it is a name. Month names ("May",
 *    "June", "April", "August") next to a number ("3 May", "May 2021") are dates, not names.
 * 5. Where a name or variant belongs to more than one person (two Bloggses share "Bloggs" and
 *    "Mr Bloggs"), the occurrence is reported with every candidate and no replacement: a person
 *    decides. A variant listed explicitly for one person wins over the same derived variant of
 *    another.
 * 6. Skipped: guidance (guidance spans in paragraphs and guidance cells, removed before
 *    submission anyway) and the key-to-initials table itself (a table whose header row has an
 *    initials/code column and a name column), which exists to list the real names for the panel.
 *    Paragraphs, every other table (the chronology, the cover table) and header and footer blocks
 *    are all searched.
 */

/** Ordinary English words that are also first names or surnames (compared in lower case). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    "rose mark will hope grace bill may frank faith joy dawn summer june april august autumn rich sue pat " +
    "ray rob guy sky amber ruby holly ivy iris lily daisy heather jade crystal penny robin drew gene art " +
    "dean chase miles wade cliff glen lance carol patience charity honor honour brook hunter page reed rod " +
    "sandy stone brown green white black young king hill wood cook baker mason bird fox lamb little long " +
    "short hall park marsh nurse sister doctor miss inspector sergeant power price banks bell church day " +
    "field ford law lane read sharp strong swift frost snow winter spring storm north south west east " +
    "english french moss best gray grey hunt may marshall noble rice rush shepherd small cross knight " +
    "harmony melody destiny star river storm jack jean chance sunny victor norman bond major walker " +
    "butler carter porter turner taylor fisher fletcher miller smith wall gill don"
  )
    .split(/\s+/)
    .filter(Boolean),
);

const MONTHS = new Set(["may", "june", "april", "august", "march"]);

/** One place a register name was found. */
export interface Occurrence {
  /** Unique within one read: "p3@12" for a paragraph, "t2#4.1@0" for a table cell. */
  id: string;
  blockId: string;
  /** For a table cell: its row and column. */
  row?: number;
  column?: number;
  /** Character range [start, end) in the paragraph's text or the cell's text. */
  start: number;
  end: number;
  /** The exact text found (the name only, without a possessive 's). */
  text: string;
  /** The register variant it matched, as the register gives it. */
  variant: string;
  /** The person, by index in register.people; -1 when more than one person could be meant. */
  personIndex: number;
  /** Every person it could be (one, unless ambiguous). */
  candidates: number[];
  /** What replaces it (the person's code); undefined when ambiguous. */
  replacement?: string;
  /** True where a possessive 's, ’s or ' follows the name. */
  possessive: boolean;
  /** Why a person should look at it before it is replaced, if they should. */
  review?: string;
}

interface Pattern {
  /** Folded words of the variant (lower case, one kind of apostrophe and of hyphen). */
  words: string[];
  /** What separates word k from word k+1 ("" -> " " for white space, ". " after "Dr."). */
  seps: string[];
  /** Punctuation that must follow the last word ("." for "Dr."), else "". */
  trailing: string;
  text: string;
  owners: number[];
  caseSensitive: boolean;
}

const APOSTROPHES = /['’‘ʼ]/g;
const HYPHENS = /[‐‑‒–]/g;

function fold(word: string): string {
  return word.toLowerCase().replace(APOSTROPHES, "'").replace(HYPHENS, "-");
}

/** Separator text compared loosely: any run of white space reads as one space. */
function foldSep(sep: string): string {
  return fold(sep.replace(/\s+/gu, " "));
}

/** True when every word of the name is an ordinary English word (see rule 4). */
export function isCommonWordName(text: string): boolean {
  const words = text
    .split(/\s+/)
    .map((w) => fold(w).replace(/\.$/, ""))
    .filter(Boolean);
  return words.length > 0 && words.every((w) => COMMON_WORDS.has(w) || w.length === 1);
}

/** The matching patterns for a register, longest first, keyed by their folded first word. */
function buildPatterns(register: Register): Map<string, Pattern[]> {
  const explicit = new Map<string, { text: string; owners: number[] }>();
  const derived = new Map<string, { text: string; owners: number[] }>();
  register.people.forEach((person, i) => {
    for (const v of variantsOf(person)) {
      const key = fold(v.text.replace(/\s+/g, " "));
      const map = v.source === "derived" ? derived : explicit;
      const entry = map.get(key) ?? { text: v.text, owners: [] };
      if (!entry.owners.includes(i)) entry.owners.push(i);
      map.set(key, entry);
    }
  });
  const all = new Map(derived);
  for (const [k, v] of explicit) all.set(k, v);
  const index = new Map<string, Pattern[]>();
  for (const [, { text, owners }] of all) {
    const found = [...text.matchAll(WORD)];
    if (found.length === 0) continue;
    const words = found.map((m) => fold(m[0]));
    const seps = found
      .slice(1)
      .map((m, k) => foldSep(text.slice(found[k].index! + found[k][0].length, m.index)));
    const lastEnd = found[found.length - 1].index! + found[found.length - 1][0].length;
    const pattern: Pattern = {
      words,
      seps,
      trailing: foldSep(text.slice(lastEnd)).trim(),
      text,
      owners,
      caseSensitive: isCommonWordName(text),
    };
    const list = index.get(words[0]) ?? [];
    list.push(pattern);
    index.set(words[0], list);
  }
  for (const list of index.values()) {
    list.sort((a, b) => b.words.length - a.words.length || b.text.length - a.text.length);
  }
  return index;
}

interface Token {
  start: number;
  end: number;
  /** End of the word without a possessive 's. */
  stemEnd: number;
  fold: string;
  stem: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘ʼ\-‐‑][\p{L}\p{M}\p{N}]+)*/gu;

function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const poss = /['’‘ʼ][sS]$/.exec(m[0]);
    const stemEnd = poss && m[0].length > 2 ? end - 2 : end;
    out.push({ start, end, stemEnd, fold: fold(m[0]), stem: fold(text.slice(start, stemEnd)) });
  }
  return out;
}

function startsUpper(text: string, at: number): boolean {
  const ch = text[at];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** True when the text before `at` ends a sentence (or there is none). */
function sentenceInitial(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/["'“‘(\[\s]+$/u, "");
  if (before === "") return true;
  return /[.!?:;•\u2022\u2013\u2014-]["'’”)\]]*$/u.test(before);
}

function isNumber(token: Token | undefined): boolean {
  return !!token && /^\d+(st|nd|rd|th)?$/.test(token.fold);
}

interface TextMatch {
  start: number;
  end: number;
  pattern: Pattern;
  possessive: boolean;
  review?: string;
}

/** Every non-overlapping occurrence of the register's names in one text (rules 1-4). */
function matchText(text: string, index: Map<string, Pattern[]>): TextMatch[] {
  const tokens = tokenise(text);
  const out: TextMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    const candidates = [
      ...(index.get(first.fold) ?? []),
      ...(first.stem !== first.fold ? (index.get(first.stem) ?? []) : []),
    ];
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => b.words.length - a.words.length || b.text.length - a.text.length);
    let found: { m: TextMatch; used: number } | undefined;
    for (const p of candidates) {
      const m = tryPattern(text, tokens, i, p);
      if (m) {
        found = { m, used: p.words.length };
        break;
      }
    }
    if (!found) continue;
    out.push(found.m);
    i += found.used - 1;
  }
  return out;
}

function tryPattern(text: string, tokens: Token[], i: number, p: Pattern): TextMatch | undefined {
  const n = p.words.length;
  if (i + n > tokens.length) return undefined;
  let end = 0;
  let possessive = false;
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k];
    if (k > 0 && foldSep(text.slice(end, t.start)) !== p.seps[k - 1]) return undefined;
    if (p.caseSensitive && !startsUpper(text, t.start)) return undefined;
    const last = k === n - 1;
    if (t.fold === p.words[k]) end = t.end;
    else if (last && !p.trailing && t.stemEnd !== t.end && t.stem === p.words[k]) {
      end = t.stemEnd;
      possessive = true;
    } else return undefined;
  }
  if (p.trailing) {
    if (fold(text.slice(end, end + p.trailing.length)) !== p.trailing) return undefined;
    end += p.trailing.length;
  }
  const start = tokens[i].start;
  if (
    !possessive &&
    /^['’‘ʼ](?![\p{L}\p{N}])/u.test(text.slice(end)) &&
    /[sS]$/.test(text.slice(start, end))
  )
    possessive = true;
  let review: string | undefined;
  if (p.caseSensitive && n === 1) {
    if (MONTHS.has(p.words[0]) && (isNumber(tokens[i - 1]) || isNumber(tokens[i + 1])))
      return undefined;
    if (sentenceInitial(text, start)) {
      review = `"${text.slice(start, end)}" is also an ordinary word and starts a sentence here: check that it is the name.`;
    }
  }
  return { start, end, pattern: p, possessive, review };
}

/** True when the table is a key to initials: an initials or code column beside a name column. */
export function isKeyTable(table: TableBlock): boolean {
  for (const row of table.rows.slice(0, 2)) {
    const cells = row.map((c) => c.toLowerCase());
    const code = cells.findIndex((c) =>
      /\b(initials?|codes?|pseudonyms?|abbreviations?|anonymi[sz]ed as)\b/.test(c),
    );
    const name = cells.findIndex(
      (c, i) => i !== code && /\bnames?\b/.test(c) && !/\bagency\b/.test(c),
    );
    if (code >= 0 && name >= 0) return true;
  }
  return false;
}

function makeOccurrence(
  register: Register,
  base: { id: string; blockId: string; row?: number; column?: number },
  text: string,
  m: TextMatch,
): Occurrence {
  const owners = m.pattern.owners;
  const single = owners.length === 1;
  const occ: Occurrence = {
    ...base,
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    variant: m.pattern.text,
    personIndex: single ? owners[0] : -1,
    candidates: [...owners],
    possessive: m.possessive,
  };
  if (single) occ.replacement = register.people[owners[0]].code;
  else {
    occ.review = `"${occ.text}" could be ${owners.map((o) => `${register.people[o].name} (${register.people[o].code})`).join(" or ")}: choose who is meant, or replace it by hand.`;
  }
  if (m.review && !occ.review) occ.review = m.review;
  return occ;
}

/** Every occurrence of every register name in the document, in document order. */
export function findOccurrences(model: DocModel, register: Register): Occurrence[] {
  const index = buildPatterns(register);
  const out: Occurrence[] = [];
  if (index.size === 0) return out;
  for (const block of model.blocks) {
    if (isParagraph(block)) {
      const spans = block.guidanceSpans ?? [];
      for (const m of matchText(block.text, index)) {
        if (spans.some((s) => m.start < s.end && s.start < m.end)) continue;
        out.push(
          makeOccurrence(
            register,
            { id: `${block.id}@${m.start}`, blockId: block.id },
            block.text,
            m,
          ),
        );
      }
    } else {
      if (isKeyTable(block)) continue;
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (block.guidanceCells?.[r]?.[c]) return;
          for (const m of matchText(cell, index)) {
            out.push(
              makeOccurrence(
                register,
                { id: `${block.id}#${r}.${c}@${m.start}`, blockId: block.id, row: r, column: c },
                cell,
                m,
              ),
            );
          }
        }),
      );
    }
  }
  return out;
}

/** Occurrences found in one piece of text (for previews and tests). */
export function findInText(text: string, register: Register): Occurrence[] {
  return findOccurrences({ blocks: [{ kind: "paragraph", id: "text", text }] }, register);
}
