import type { Document, Element } from "@xmldom/xmldom";
import { isKeyTable } from "../../core/anonymise/match";
import { createW, isW, wAttr, wChild, wDescendants } from "../strip/ooxml";
import { textOf, wChildren } from "./text";

/**
 * The key to initials (codes beside real names, added by the Anonymise tab at the end of the
 * document) is for the review panel, not for the published report. These find it in the main
 * document part the way core finds it in a DocModel (isKeyTable), and take it out with the
 * heading just before it when that heading is the key's title ("Key to initials", "Key to
 * Initials Used").
 */

export interface KeyTableFound {
  /** Rows of the key (header row included), as text. */
  rows: string[][];
  /** The title paragraph before it that goes with it, if there is one. */
  heading?: string;
}

/** A short paragraph that names the key: "Key to initials", "Key", "Initials used". */
const KEY_TITLE = /\b(key|initials)\b/i;
const MAX_TITLE = 80;

interface Located {
  table: Element;
  heading?: Element;
  found: KeyTableFound;
}

function tableRows(table: Element): string[][] {
  return wChildren(table, "tr").map((tr) => wChildren(tr, "tc").map((tc) => textOf(tc)));
}

/** The body's block-level elements, looking through block content controls. */
function bodyBlocks(body: Element): Element[] {
  const out: Element[] = [];
  for (let n = body.firstChild; n; n = n.nextSibling) {
    if (isW(n, "sdt")) {
      const content = wChild(n, "sdtContent");
      if (content) out.push(...bodyBlocks(content));
    } else if (isW(n, "p") || isW(n, "tbl")) out.push(n);
  }
  return out;
}

function locate(doc: Document): Located[] {
  const body = doc.documentElement ? wChild(doc.documentElement, "body") : undefined;
  if (!body) return [];
  const blocks = bodyBlocks(body);
  const out: Located[] = [];
  blocks.forEach((el, i) => {
    if (!isW(el, "tbl")) return;
    const rows = tableRows(el);
    if (!isKeyTable({ kind: "table", id: "key", rows })) return;
    const found: KeyTableFound = { rows };
    const before = blocks[i - 1];
    const title = before && isW(before, "p") ? textOf(before) : "";
    if (before && title !== "" && title.length <= MAX_TITLE && KEY_TITLE.test(title)) {
      found.heading = title;
      out.push({ table: el, heading: before, found });
    } else out.push({ table: el, found });
  });
  return out;
}

/** The key tables in a main document part (usually one). */
export function findKeyTables(doc: Document): KeyTableFound[] {
  return locate(doc).map((l) => l.found);
}

const MARKERS = new Set(["bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd"]);

/**
 * Remove the key tables (and their titles) from a main document part, in place. Bookmark and
 * comment-range markers cut in two by the removal go whole, so starts and ends stay paired; a
 * body left with no paragraph gets an empty one. Returns what was removed.
 */
export function removeKeyTables(doc: Document): KeyTableFound[] {
  const found = locate(doc);
  if (found.length === 0) return [];
  const ids = new Set<string>();
  for (const l of found)
    for (const el of [l.table, l.heading])
      if (el)
        for (const m of wDescendants(el, MARKERS)) ids.add(`${markerKind(m)}:${wAttr(m, "id")}`);
  for (const l of found) {
    const parent = l.table.parentNode;
    if (l.heading) l.heading.parentNode?.removeChild(l.heading);
    parent?.removeChild(l.table);
  }
  const root = doc.documentElement!;
  for (const m of wDescendants(root, MARKERS))
    if (ids.has(`${markerKind(m)}:${wAttr(m, "id")}`)) m.parentNode?.removeChild(m);
  const body = wChild(root, "body")!;
  if (wDescendants(body, new Set(["p"])).length === 0) {
    const p = createW(body, "p");
    body.insertBefore(p, wChild(body, "sectPr") ?? null);
  }
  return found.map((l) => l.found);
}

function markerKind(el: Element): string {
  return el.localName?.startsWith("bookmark") ? "bookmark" : "comment";
}
