/**
 * The phrase mini-language used by the word lists (phrases.ts) and their exceptions.
 *
 * A pattern is a phrase written the way it reads, with these additions:
 *  - `(a|b|c)`   one of the alternatives. Alternatives may hold spaces and may be empty:
 *                `put (herself|himself|themselves) at risk`.
 *  - `(...)?`    the group is optional: `fail(ed|s|ing)? to engage` stands for "fail to engage",
 *                "failed to engage", "fails to engage" and "failing to engage". Groups nest.
 *  - `$`         as the last word: the phrase must end a clause, i.e. be followed by punctuation
 *                or the end of the text (`a domestic $` finds "attended a domestic." but not
 *                "a domestic abuse incident").
 * Matching is case-insensitive and on whole words. A hyphen or apostrophe in a pattern matches a
 * hyphen, apostrophe or space in the text ("hard-to-reach" finds "hard to reach"); any other
 * punctuation between two words breaks the phrase, so nothing matches across sentences.
 * In an exception (never in a phrase) a comma may also stand between two words, so
 * "domestic violence crime and victims act" excuses "Domestic Violence, Crime and Victims Act".
 * Curly apostrophes are read as straight ones. `?` only ever follows a `)`: a question mark
 * anywhere else is literal text and is rejected by the schema.
 */

/** The most forms one pattern may stand for: keeps a typo from exploding the word list. */
export const MAX_FORMS = 4096;

export class PatternError extends Error {}

type Node = { kind: "text"; text: string } | { kind: "group"; alts: Node[][]; optional: boolean };

function parse(pattern: string): Node[] {
  let i = 0;
  function sequence(inGroup: boolean): Node[] {
    const nodes: Node[] = [];
    let text = "";
    while (i < pattern.length) {
      const ch = pattern[i];
      if (ch === "(") {
        if (text) nodes.push({ kind: "text", text });
        text = "";
        i++;
        const alts: Node[][] = [sequence(true)];
        while (pattern[i] === "|") {
          i++;
          alts.push(sequence(true));
        }
        if (pattern[i] !== ")") throw new PatternError(`unclosed "(" in "${pattern}"`);
        i++;
        let optional = false;
        if (pattern[i] === "?") {
          optional = true;
          i++;
        }
        nodes.push({ kind: "group", alts, optional });
        continue;
      }
      if (ch === "|" || ch === ")") {
        if (!inGroup) throw new PatternError(`unexpected "${ch}" in "${pattern}"`);
        break;
      }
      if (ch === "?") throw new PatternError(`"?" must follow a ")" in "${pattern}"`);
      text += ch;
      i++;
    }
    if (text) nodes.push({ kind: "text", text });
    return nodes;
  }
  const nodes = sequence(false);
  if (i !== pattern.length) throw new PatternError(`unexpected "${pattern[i]}" in "${pattern}"`);
  return nodes;
}

function expandNodes(nodes: Node[]): string[] {
  let out = [""];
  for (const node of nodes) {
    let options: string[];
    if (node.kind === "text") options = [node.text];
    else {
      options = node.alts.flatMap(expandNodes);
      if (node.optional) options = ["", ...options];
    }
    const next: string[] = [];
    for (const prefix of out) for (const o of options) next.push(prefix + o);
    if (next.length > MAX_FORMS)
      throw new PatternError(`pattern stands for more than ${MAX_FORMS} forms`);
    out = next;
  }
  return out;
}

/** Every literal form a pattern stands for, white space squashed, duplicates removed. */
export function expandPattern(pattern: string): string[] {
  const forms = expandNodes(parse(pattern)).map((f) => f.replace(/\s+/g, " ").trim());
  const unique = [...new Set(forms)].filter((f) => f !== "" && f !== "$");
  if (unique.length === 0) throw new PatternError(`pattern "${pattern}" stands for no words`);
  return unique;
}

/** A word of text: its lower-case form (curly apostrophes made straight) and where it is. */
export interface Token {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text, in order, with their offsets. One regex pass. */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({
      norm: m[0].toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** True when two words separated by `gap` read as part of one phrase. */
export function joins(gap: string, allowComma = false): boolean {
  if (gap.length === 0 || gap.length > 6) return false;
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (allowComma && c === 44) continue;
    // space, tab, nbsp, hyphen, non-breaking hyphen, hyphen (U+2010), apostrophes
    if (!(
      c === 32 ||
      c === 9 ||
      c === 160 ||
      c === 45 ||
      c === 0x2010 ||
      c === 0x2011 ||
      c === 39 ||
      c === 0x2019
    )) {
      return false;
    }
  }
  return true;
}

/** A literal form split into words, with its clause-end anchor. */
export interface CompiledForm {
  words: string[];
  endAnchor: boolean;
}

export function compileForm(form: string): CompiledForm {
  let f = form.trim();
  let endAnchor = false;
  if (f.endsWith("$")) {
    endAnchor = true;
    f = f.slice(0, -1).trim();
  }
  const words = tokenise(f).map((t) => t.norm);
  if (words.length === 0) throw new PatternError(`"${form}" holds no words`);
  return { words, endAnchor };
}

/** Every form of a pattern, compiled. Throws PatternError on a malformed pattern. */
export function compilePattern(pattern: string): CompiledForm[] {
  return expandPattern(pattern).map(compileForm);
}
