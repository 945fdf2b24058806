import { compilePattern, joins, tokenise, type CompiledForm, type Token } from "./pattern";

/**
 * Finds many phrases in a text in one pass over its words. Every pattern is expanded to its
 * literal forms once, when the matcher is built; forms are indexed by their first word, so a
 * text costs one tokenisation plus one map look-up per word, however long the word list.
 */

export interface MatcherEntry {
  /** Patterns that make a match. */
  phrases: readonly string[];
  /** Patterns that make a match overlapping them fine ("admitted to hospital"). */
  exceptions?: readonly string[];
  /** Drop matches of two or more words that are all capitalised (names of laws and services). */
  skipTitleCase?: boolean;
}

export interface PhraseMatch {
  /** Index of the entry in the list the matcher was built from. */
  entry: number;
  start: number;
  end: number;
}

interface Terminal {
  entry: number;
  exception: boolean;
  endAnchor: boolean;
  words: number;
}

/** A word trie: each node's children by next word, and the forms that end here. */
interface Node {
  next?: Map<string, Node>;
  ends?: Terminal[];
  /** Some exception ends at or below this node. */
  exceptionBelow?: boolean;
}

const CLAUSE_END = /^[\s]*(?:$|[.,;:!?)\]}"”’'–—-])/;

export class PhraseMatcher {
  private readonly root: Node = {};
  private readonly skipTitle: boolean[];

  constructor(entries: readonly MatcherEntry[]) {
    this.skipTitle = entries.map((e) => !!e.skipTitleCase);
    entries.forEach((e, entry) => {
      for (const p of e.phrases) for (const f of compilePattern(p)) this.add(f, entry, false);
      for (const p of e.exceptions ?? [])
        for (const f of compilePattern(p)) this.add(f, entry, true);
    });
    markExceptions(this.root);
  }

  private add(form: CompiledForm, entry: number, exception: boolean): void {
    let node = this.root;
    for (const w of form.words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = {}));
      node = child;
    }
    const t: Terminal = { entry, exception, endAnchor: form.endAnchor, words: form.words.length };
    if (
      !(node.ends ??= []).some(
        (x) => x.entry === entry && x.exception === exception && x.endAnchor === t.endAnchor,
      )
    )
      node.ends.push(t);
  }

  /**
   * Matches in `text`, left to right, without overlaps (the longer match wins where two overlap)
   * and without matches that overlap an exception of their own entry.
   */
  find(text: string, tokens: readonly Token[] = tokenise(text)): PhraseMatch[] {
    const hits: PhraseMatch[] = [];
    let exceptions: PhraseMatch[] | undefined;
    const top = this.root.next;
    if (!top) return hits;
    for (let i = 0; i < tokens.length; i++) {
      let node = top.get(tokens[i].norm);
      let k = i;
      let viaComma = false;
      while (node) {
        if (node.ends) {
          const end = tokens[k].end;
          for (const t of node.ends) {
            if (viaComma && !t.exception) continue;
            if (t.endAnchor && !CLAUSE_END.test(text.slice(end, end + 3))) continue;
            const m = { entry: t.entry, start: tokens[i].start, end };
            if (t.exception) (exceptions ??= []).push(m);
            else if (!(
              this.skipTitle[t.entry] &&
              t.words > 1 &&
              allCapitalised(text, tokens, i, t.words)
            ))
              hits.push(m);
          }
        }
        if (!node.next || k + 1 >= tokens.length) break;
        const nextToken = tokens[k + 1];
        const gap = text.slice(tokens[k].end, nextToken.start);
        const child = node.next.get(nextToken.norm);
        if (!child) break;
        // Phrases join words with spaces, hyphens or apostrophes; exceptions may also cross a comma.
        if (!joins(gap, false)) {
          if (!child.exceptionBelow || !joins(gap, true)) break;
          viaComma = true;
        }
        node = child;
        k++;
      }
    }
    if (hits.length === 0) return hits;
    const kept = exceptions
      ? hits.filter(
          (h) =>
            !exceptions!.some((x) => x.entry === h.entry && x.start < h.end && h.start < x.end),
        )
      : hits;
    return removeOverlaps(kept);
  }
}

/** Marks the nodes at or below which an exception ends (commas may join an exception's words). */
function markExceptions(node: Node): boolean {
  let below = !!node.ends?.some((t) => t.exception);
  if (node.next) for (const c of node.next.values()) if (markExceptions(c)) below = true;
  node.exceptionBelow = below;
  return below;
}

function allCapitalised(text: string, tokens: readonly Token[], i: number, n: number): boolean {
  for (let k = 0; k < n; k++) {
    const c = text[tokens[i + k].start];
    if (c === c.toLowerCase()) return false;
  }
  return true;
}

/** Keep the longest of overlapping matches (the earlier entry on a tie), in text order. */
function removeOverlaps(hits: PhraseMatch[]): PhraseMatch[] {
  const byPreference = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.entry - b.entry || a.start - b.start,
  );
  const kept: PhraseMatch[] = [];
  for (const h of byPreference)
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
