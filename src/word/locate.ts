import { escapeForWordSearch, type SearchPlan } from "./search-text";

/** A paragraph or a table cell's body: what src/word searches in. */
export type SearchScope = Word.Paragraph | Word.Body;

const OPTIONS = { matchCase: true, matchWildcards: false };

/**
 * The k-th match of `text` in `scope`, as Word's search finds them (left to right, no overlaps),
 * queued without a sync: each further match is searched for in the range after the one before.
 * If the text is not there when the batch runs, the sync fails (ItemNotFound).
 */
function nth(scope: SearchScope, end: Word.Range, text: string, k: number): Word.Range {
  let range = scope.search(escapeForWordSearch(text), OPTIONS).getFirst();
  for (let i = 0; i < k; i++) range = nextAfter(range, end, text);
  return range;
}

/** The first match of `text` from the end of `range` to `end`. */
function nextAfter(range: Word.Range, end: Word.Range, text: string): Word.Range {
  return range
    .getRange("After")
    .expandTo(end)
    .search(escapeForWordSearch(text), OPTIONS)
    .getFirst();
}

/** The range a search plan describes (see planSearch), queued without a sync. */
export function rangeFor(scope: SearchScope, plan: SearchPlan): Word.Range {
  const end = scope.getRange("End");
  if (plan.kind === "short") return nth(scope, end, plan.search, plan.occurrence);
  const head = nth(scope, end, plan.head, plan.headOccurrence);
  let last = head;
  for (const piece of plan.rest) last = nextAfter(last, end, piece);
  return head.expandTo(last);
}

/** Normalise Word's paragraph separators inside a cell ("\r") to "\n", as the .docx reader does. */
export function cellText(value: string): string {
  return value.replace(/\r\n|\r|\u000b/g, "\n");
}
