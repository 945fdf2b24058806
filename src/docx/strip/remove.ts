import type { Element, Node } from "@xmldom/xmldom";
import { isGuidanceTag } from "../../core/tags";
import { RANGE_MARKUP, type PartAnalysis } from "./classify";
import { createW, isElement, isW, wAttr, wChild, wName, wVal } from "./ooxml";
import type { ResolvedOptions } from "./options";
import type { StyleSheet } from "./styles";

/**
 * Pass 2 over one part: remove what pass 1 marked, bottom-up, keeping the document valid.
 *
 * Rules (see README.md in this folder):
 * - guidance runs go; a guidance content control goes, and whatever the author typed inside it
 *   (runs that are not guidance formatting) is kept, unwrapped from the control;
 * - a hyperlink, field, tracked change, smart tag or non-guidance inline control goes when the
 *   removal leaves it with no content;
 * - a paragraph goes when the removal leaves it with no content. An empty paragraph that held no
 *   guidance (the author's) stays. A paragraph that carries a section break stays. A table cell,
 *   header, footer or note keeps a final paragraph (the last removed one is kept, emptied, with
 *   its red italic paragraph-mark formatting taken off), and so does the body when it ended in one;
 * - a table row goes when every cell in it is left empty and at least one held guidance (the
 *   template's example row), unless a cell in it is part of a vertical merge; a table with no rows
 *   left goes;
 * - bookmarks, kept comments' ranges, permission and move ranges are never lost from a removed
 *   element: they move to the start of the next kept paragraph (or the end of the previous one);
 *   a bookmark wholly inside what was removed goes with it. A comment whose whole range was
 *   guidance loses its range, its reference and (in comments.xml) itself.
 */

interface Res {
  /** Something the author keeps is left inside. */
  content: boolean;
  /** Guidance was removed from inside. */
  lostG: boolean;
}

/** Block-level elements (what a cell or the body holds), range markup aside. */
const BLOCKS = new Set(["p", "tbl", "sdt", "customXml", "altChunk"]);

/** Range markup that must survive its container's removal (paired by id). */
const PAIRED: Record<string, string> = {
  bookmarkStart: "bookmark",
  bookmarkEnd: "bookmark",
  moveFromRangeStart: "moveFrom",
  moveFromRangeEnd: "moveFrom",
  moveToRangeStart: "moveTo",
  moveToRangeEnd: "moveTo",
  permStart: "perm",
  permEnd: "perm",
};

type Need = "lastP" | "any" | "none";

export class PartRemover {
  changed = false;

  constructor(
    private readonly a: PartAnalysis,
    private readonly removedComments: ReadonlySet<string>,
    private readonly styles: StyleSheet,
    private readonly opts: ResolvedOptions,
  ) {}

  run(): boolean {
    const root = this.a.doc.documentElement;
    if (!root) return false;
    if (this.a.kind === "body") {
      const body = wChild(root, "body");
      if (body) {
        const last = lastBlock(body);
        this.blocks(body, false, last && isW(last, "p") ? "lastP" : "any");
      }
    } else if (this.a.kind === "header" || this.a.kind === "footer") {
      this.blocks(root, false, "lastP");
    } else {
      for (const note of childEls(root))
        if (isW(note, "footnote") || isW(note, "endnote")) this.blocks(note, false, "lastP");
    }
    return this.changed;
  }

  private isGuidanceSdt(sdt: Element): boolean {
    return isGuidanceTag(wVal(wChild(sdt, "sdtPr"), "tag"));
  }

  private remove(el: Element): void {
    el.parentNode?.removeChild(el);
    this.changed = true;
  }

  /** Remove `el`, moving the range markup inside it that must survive to just before it. */
  private removeHoisting(el: Element): void {
    const keep = dropPairs(this.markupIn(el));
    const parent = el.parentNode;
    if (parent) for (const m of keep) parent.insertBefore(m, el);
    this.remove(el);
  }

  /** Replace a content control by what is left of its content. */
  private unwrap(sdt: Element, content: Element | undefined): void {
    const parent = sdt.parentNode;
    if (parent && content) {
      while (content.firstChild) parent.insertBefore(content.firstChild, sdt);
    }
    this.remove(sdt);
  }

  /** Range markup inside `el` that outlives it (removed comments' anchors are dropped). */
  private markupIn(el: Element): Element[] {
    const out: Element[] = [];
    const stack: Node[] = [];
    for (let n = el.lastChild; n; n = n.previousSibling) stack.push(n);
    while (stack.length > 0) {
      const n = stack.pop() as Node;
      if (!isElement(n)) continue;
      const name = wName(n);
      if (name in PAIRED) out.push(n);
      else if (name === "commentRangeStart" || name === "commentRangeEnd") {
        if (!this.removedComments.has(wAttr(n, "id") ?? "")) out.push(n);
      } else if (name !== "r") for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    return out;
  }

  // ---- inline level (children of w:p, w:hyperlink, run-level w:sdtContent, w:ins, ...) ----

  private inline(parent: Element, inG: boolean): Res {
    let content = false;
    let lostG = false;
    for (let n: Node | null = parent.firstChild; n;) {
      const next: Node | null = n.nextSibling;
      if (!isElement(n)) {
        n = next;
        continue;
      }
      const el = n;
      const name = wName(el);
      switch (name) {
        case "pPr":
          break;
        case "r": {
          const ref = this.a.referenceRuns.get(el);
          if (ref !== undefined && this.removedComments.has(ref)) {
            this.remove(el);
            break;
          }
          if (this.a.removeRuns.has(el)) {
            this.remove(el);
            lostG = true;
            break;
          }
          const cat = this.a.category.get(el);
          if (cat === "empty") {
            if (inG) this.remove(el);
            break;
          }
          content = true;
          break;
        }
        case "commentRangeStart":
        case "commentRangeEnd":
          if (this.removedComments.has(wAttr(el, "id") ?? "")) this.remove(el);
          break;
        case "sdt": {
          const g = this.isGuidanceSdt(el);
          const sc = wChild(el, "sdtContent");
          const r = sc ? this.inline(sc, inG || g) : { content: false, lostG: false };
          if (g) {
            this.unwrap(el, sc);
            lostG = true;
            content ||= r.content;
          } else {
            lostG ||= r.lostG;
            if (!r.content && (r.lostG || inG)) this.removeHoisting(el);
            else content = true;
          }
          break;
        }
        case "hyperlink":
        case "ins":
        case "del":
        case "moveFrom":
        case "moveTo":
        case "smartTag":
        case "customXml":
        case "fldSimple":
        case "dir":
        case "bdo": {
          const r = this.inline(el, inG);
          lostG ||= r.lostG;
          if (!r.content && (r.lostG || inG)) this.removeHoisting(el);
          else if (r.content) content = true;
          break;
        }
        default:
          if (!RANGE_MARKUP.has(name)) content = true;
      }
      n = next;
    }
    return { content, lostG };
  }

  // ---- block level (body, cell, block-level w:sdtContent, header, footer, note) ----

  private blocks(container: Element, inG: boolean, need: Need): Res {
    let content = false;
    let lostG = false;
    let hadBlocks = false;
    const candidates: Element[] = [];
    const forced = new Set<Element>();
    const modified = new Set<Element>();
    for (let n: Node | null = container.firstChild; n;) {
      const next: Node | null = n.nextSibling;
      if (!isElement(n)) {
        n = next;
        continue;
      }
      const el = n;
      const name = wName(el);
      if (BLOCKS.has(name)) hadBlocks = true;
      switch (name) {
        case "p": {
          const r = this.inline(el, inG);
          const lost = r.lostG || inG;
          lostG ||= lost;
          if (r.content) {
            content = true;
            if (lost) modified.add(el);
          } else if (lost) {
            if (hasSectPr(el)) modified.add(el);
            else candidates.push(el);
          }
          break;
        }
        case "tbl": {
          const r = this.table(el, inG);
          lostG ||= r.lostG;
          if (r.kept) content = true;
          else forced.add(el);
          break;
        }
        case "sdt":
        case "customXml": {
          const g = name === "sdt" && this.isGuidanceSdt(el);
          const inner = name === "sdt" ? wChild(el, "sdtContent") : el;
          const r = inner
            ? this.blocks(inner, inG || g, inG || g ? "none" : "any")
            : { content: false, lostG: false };
          lostG ||= r.lostG || g;
          if (g) {
            content ||= r.content;
            this.unwrap(el, inner);
          } else if (!r.content && inG) forced.add(el);
          else content = true;
          break;
        }
        case "commentRangeStart":
        case "commentRangeEnd":
          if (this.removedComments.has(wAttr(el, "id") ?? "")) this.remove(el);
          break;
        default:
          if (name !== "sectPr" && name !== "tcPr" && !RANGE_MARKUP.has(name)) content = true;
      }
      n = next;
    }

    for (const p of modified) this.cleanMark(p, false);

    // A container that must end with (or keep) a paragraph keeps the last removed one, emptied.
    let rescued: Element | undefined;
    if (lostG && need !== "none") {
      const gone = new Set<Element>([...candidates, ...forced]);
      const last = lastBlock(container, gone);
      const needsP =
        need === "lastP"
          ? !last || !(isW(last, "p") || isW(last, "sdt") || isW(last, "customXml"))
          : !last && hadBlocks;
      if (needsP) {
        const cand = candidates[candidates.length - 1];
        if (cand && (!last || precedes(last, cand))) rescued = cand;
        else {
          const p = createW(container, "p");
          const sectPr = wChild(container, "sectPr");
          container.insertBefore(p, sectPr ?? null);
          this.changed = true;
        }
      }
    }
    if (rescued) this.cleanMark(rescued, true);
    const toRemove = new Set<Element>(candidates.filter((c) => c !== rescued));
    for (const f of forced) toRemove.add(f);
    if (toRemove.size > 0) this.removeBlocks(container, toRemove);
    return { content, lostG };
  }

  /**
   * Remove block-level elements, moving surviving range markup to the start of the next kept
   * paragraph (or the end of the previous one, or the block level when there is none).
   */
  private removeBlocks(container: Element, toRemove: ReadonlySet<Element>): void {
    let pending: Element[] = [];
    let lastKeptP: Element | null = null;
    for (let n: Node | null = container.firstChild; n;) {
      const next: Node | null = n.nextSibling;
      if (isElement(n)) {
        if (toRemove.has(n)) {
          pending.push(...this.markupIn(n));
          this.remove(n);
        } else if (isW(n, "p")) {
          if (pending.length > 0) {
            const keep = dropPairs(pending);
            const pPr = wChild(n, "pPr");
            const before = pPr ? pPr.nextSibling : n.firstChild;
            for (const m of keep) n.insertBefore(m, before);
            pending = [];
          }
          lastKeptP = n;
        } else if (BLOCKS.has(wName(n)) || isW(n, "sectPr")) {
          if (pending.length > 0) {
            for (const m of dropPairs(pending)) container.insertBefore(m, n);
            pending = [];
          }
          lastKeptP = null;
        }
      }
      n = next;
    }
    if (pending.length > 0) {
      const keep = dropPairs(pending);
      if (lastKeptP) for (const m of keep) lastKeptP.appendChild(m);
      else for (const m of keep) container.insertBefore(m, wChild(container, "sectPr") ?? null);
    }
  }

  /**
   * Take guidance formatting off a paragraph mark (so what the author types there next is not
   * red italic); for a paragraph kept empty, also drop a paragraph style that is red italic.
   */
  private cleanMark(p: Element, emptied: boolean): void {
    if (emptied) {
      for (let c = p.firstChild; c;) {
        const next = c.nextSibling;
        if (!(
          isW(c, "pPr") ||
          (isElement(c) &&
            (wName(c) in PAIRED || (RANGE_MARKUP.has(wName(c)) && wName(c) !== "proofErr")))
        )) {
          p.removeChild(c);
          this.changed = true;
        }
        c = next;
      }
    }
    const pPr = wChild(p, "pPr");
    if (!pPr) return;
    const style = wVal(pPr, "pStyle");
    const rPr = wChild(pPr, "rPr");
    const mark = this.styles.runLook(style, rPr);
    if (rPr && this.opts.isListedRed(mark.colour) && mark.italic) {
      for (const name of ["i", "iCs", "color"]) {
        const el = wChild(rPr, name);
        if (el) {
          rPr.removeChild(el);
          this.changed = true;
        }
      }
      if (!rPr.firstChild) pPr.removeChild(rPr);
    }
    if (emptied && style) {
      const look = this.styles.styleLook(style);
      const pStyle = wChild(pPr, "pStyle");
      if (pStyle && this.opts.isListedRed(look.colour) && look.italic) {
        pPr.removeChild(pStyle);
        this.changed = true;
      }
    }
    if (emptied && !pPr.firstChild) p.removeChild(pPr);
  }

  // ---- tables ----

  private table(tbl: Element, inG: boolean): { kept: boolean; lostG: boolean } {
    const r = this.rows(tbl, inG);
    return { kept: r.rows > 0 || !r.lostG, lostG: r.lostG };
  }

  /** Rows of a table (or of a row-level control inside one). */
  private rows(container: Element, inG: boolean): { rows: number; lostG: boolean } {
    let rows = 0;
    let lostG = false;
    for (let n: Node | null = container.firstChild; n;) {
      const next: Node | null = n.nextSibling;
      if (isElement(n)) {
        const name = wName(n);
        if (name === "tr") {
          const r = this.cells(n, inG);
          lostG ||= r.lostG;
          if (r.allEmpty && (r.lostG || inG) && !r.vMerge) this.removeHoisting(n);
          else rows++;
        } else if (name === "sdt" || name === "customXml") {
          const g = name === "sdt" && this.isGuidanceSdt(n);
          const inner = name === "sdt" ? wChild(n, "sdtContent") : n;
          const r = inner ? this.rows(inner, inG || g) : { rows: 0, lostG: false };
          lostG ||= r.lostG || g;
          rows += r.rows;
          if (g) this.unwrap(n, inner);
          else if (r.rows === 0 && (r.lostG || inG)) this.removeHoisting(n);
        } else if (name === "commentRangeStart" || name === "commentRangeEnd") {
          if (this.removedComments.has(wAttr(n, "id") ?? "")) this.remove(n);
        }
      }
      n = next;
    }
    return { rows, lostG };
  }

  /** Cells of a row (or of a cell-level control inside one). */
  private cells(
    container: Element,
    inG: boolean,
  ): { allEmpty: boolean; lostG: boolean; vMerge: boolean } {
    let allEmpty = true;
    let lostG = false;
    let vMerge = false;
    for (let n: Node | null = container.firstChild; n;) {
      const next: Node | null = n.nextSibling;
      if (isElement(n)) {
        const name = wName(n);
        if (name === "tc") {
          if (wChild(wChild(n, "tcPr"), "vMerge")) vMerge = true;
          const r = this.blocks(n, inG, "lastP");
          lostG ||= r.lostG;
          if (r.content) allEmpty = false;
        } else if (name === "sdt" || name === "customXml") {
          const g = name === "sdt" && this.isGuidanceSdt(n);
          const inner = name === "sdt" ? wChild(n, "sdtContent") : n;
          if (inner) {
            const r = this.cells(inner, inG || g);
            lostG ||= r.lostG || g;
            vMerge ||= r.vMerge;
            allEmpty &&= r.allEmpty;
          }
          if (g) this.unwrap(n, inner);
        } else if (name === "commentRangeStart" || name === "commentRangeEnd") {
          if (this.removedComments.has(wAttr(n, "id") ?? "")) this.remove(n);
        }
      }
      n = next;
    }
    return { allEmpty, lostG, vMerge };
  }
}

function childEls(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

function hasSectPr(p: Element): boolean {
  return !!wChild(wChild(p, "pPr"), "sectPr");
}

/** The last block-level child of a container, skipping `skip`. */
function lastBlock(container: Element, skip?: ReadonlySet<Element>): Element | undefined {
  for (let n = container.lastChild; n; n = n.previousSibling) {
    if (isElement(n) && BLOCKS.has(wName(n)) && !skip?.has(n)) return n;
  }
  return undefined;
}

/** True when `a` comes before `b` among the same parent's children. */
function precedes(a: Element, b: Element): boolean {
  for (let n = a.nextSibling; n; n = n.nextSibling) if (n === b) return true;
  return false;
}

/** Drop bookmark/move/permission pairs whose start and end are both in the list. */
function dropPairs(markup: Element[]): Element[] {
  const starts = new Map<string, Element>();
  const drop = new Set<Element>();
  for (const m of markup) {
    const kind = PAIRED[wName(m)];
    if (!kind) continue;
    const key = `${kind}:${wAttr(m, "id") ?? ""}`;
    if (wName(m).endsWith("Start")) starts.set(key, m);
    else {
      const s = starts.get(key);
      if (s) {
        drop.add(s);
        drop.add(m);
        starts.delete(key);
      }
    }
  }
  return drop.size > 0 ? markup.filter((m) => !drop.has(m)) : markup;
}
