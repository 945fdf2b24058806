import type { XElement } from "../fast-xml";
import type { Block, BlockPart, ParagraphBlock, TableBlock } from "../../core/model/types";
import { isGuidanceTag } from "../../core/tags";
import { isElement, isW, wChild, wVal } from "../xml";
import { ParagraphText } from "./paragraph-text";
import { runLookOf, type RunLook, type StyleSheet } from "./styles";

/**
 * Turns WordprocessingML block content (w:body, w:hdr, w:ftr) into DocModel blocks in one pass
 * over the parsed part. Footnotes, endnotes, comments and text boxes are not read.
 *
 * Text rules (src/word should read text the same way, so that both readers agree):
 * - w:t is text; w:tab and w:ptab are "\t"; w:br and w:cr are " " (a paragraph's text stays on
 *   one line); w:noBreakHyphen is "-". Soft hyphens, symbols, drawings and text boxes are skipped.
 * - Tracked deletions (w:del, w:moveFrom) are skipped; insertions (w:ins, w:moveTo) are read.
 * - Hyperlinks, smart tags, custom XML and content controls are read through. Fields give their
 *   result text: w:instrText (the field code) is never text.
 * - A table cell's text is its paragraphs joined with "\n". A table nested in a cell is flattened:
 *   its cells' paragraphs join the outer cell's paragraphs in reading order.
 *
 * Guidance: text inside a content control whose tag is a guidance tag, and runs that are red (see
 * colours.ts) and italic, directly or through their character or paragraph style. Red text that
 * is not italic is reported as ambiguous, never as guidance.
 */

export interface ReaderContext {
  styles: StyleSheet;
  isRed: (colour: string | undefined) => boolean;
}

/** A character range of a paragraph block that is red but not italic. */
export interface AmbiguousSpan {
  blockId: string;
  start: number;
  end: number;
}

interface Scope {
  /** Inside a guidance content control. */
  guidance: boolean;
  /** Tag of the innermost block-level content control around this block. */
  tag?: string;
}

type RunKind = "text" | "guidance" | "ambiguous";

const TOP: Scope = { guidance: false };

function sdtTag(sdt: XElement): string | undefined {
  return wVal(wChild(sdt, "sdtPr"), "tag");
}

function innerScope(sdt: XElement, scope: Scope): Scope {
  const tag = sdtTag(sdt);
  return { guidance: scope.guidance || isGuidanceTag(tag), tag };
}

/** Read-through wrappers at block, row and cell level. */
function isWrapper(el: XElement): boolean {
  return isW(el, "customXml") || isW(el, "ins") || isW(el, "moveTo");
}

export class BlockReader {
  readonly blocks: Block[] = [];
  readonly ambiguous: AmbiguousSpan[] = [];
  /** Section properties met in the content, in order (they name the headers and footers). */
  readonly sectionProps: XElement[] = [];
  private count = 0;

  constructor(
    private readonly ctx: ReaderContext,
    private readonly prefix: string,
    private readonly part: BlockPart,
  ) {}

  /** Read the blocks of a container; call again for a second part of the same kind. */
  readContainer(container: XElement, scope: Scope = TOP): void {
    for (let n = container.firstChild; n; n = n.nextSibling) {
      if (!isElement(n)) continue;
      if (isW(n, "p")) this.paragraphBlock(n, scope);
      else if (isW(n, "tbl")) this.tableBlock(n, scope);
      else if (isW(n, "sdt")) {
        const content = wChild(n, "sdtContent");
        if (content) this.readContainer(content, innerScope(n, scope));
      } else if (isWrapper(n)) this.readContainer(n, scope);
      else if (isW(n, "sectPr")) this.sectionProps.push(n);
    }
  }

  private nextId(): string {
    return `${this.prefix}${this.count++}`;
  }

  private paragraphBlock(p: XElement, scope: Scope): void {
    const pPr = wChild(p, "pPr");
    const styleId = wVal(pPr, "pStyle");
    const sectPr = wChild(pPr, "sectPr");
    if (sectPr) this.sectionProps.push(sectPr);
    const pt = this.paragraphText(p, scope.guidance, styleId);
    const { styles } = this.ctx;
    const block: ParagraphBlock = {
      kind: "paragraph",
      id: this.nextId(),
      text: pt.text(),
      part: this.part,
    };
    const level = headingLevel(pPr, styleId, styles);
    if (level !== undefined) block.headingLevel = level;
    const style = styles.paragraphStyleName(styleId);
    if (style !== undefined) block.style = style;
    if (pt.guidance.length > 0) block.guidanceSpans = pt.guidance;
    if (scope.tag !== undefined) block.tag = scope.tag;
    for (const s of pt.ambiguous)
      this.ambiguous.push({ blockId: block.id, start: s.start, end: s.end });
    this.blocks.push(block);
  }

  private tableBlock(tbl: XElement, scope: Scope): void {
    const state = { merged: false };
    const rows: string[][] = [];
    const guidanceCells: boolean[][] = [];
    let anyGuidance = false;
    for (const row of rowsOf(tbl, scope.guidance)) {
      const cells = cellsOf(row.el, row.guidance, state);
      const texts: string[] = [];
      const flags: boolean[] = [];
      for (const cell of cells) {
        const paras: ParagraphText[] = [];
        this.cellParagraphs(cell.el, cell.guidance, paras);
        texts.push(paras.map((pt) => pt.text()).join("\n"));
        const guidance =
          paras.some((pt) => pt.guidance.length > 0) &&
          paras.every((pt) => pt.whollyGuidance() || pt.text().trim() === "");
        flags.push(guidance);
        anyGuidance ||= guidance;
      }
      rows.push(texts);
      guidanceCells.push(flags);
    }
    if (rows.some((r) => r.length !== rows[0].length)) state.merged = true;
    const block: TableBlock = { kind: "table", id: this.nextId(), rows, part: this.part };
    if (state.merged) block.hasMergedCells = true;
    if (anyGuidance) block.guidanceCells = guidanceCells;
    if (scope.tag !== undefined) block.tag = scope.tag;
    this.blocks.push(block);
  }

  /** A cell's paragraphs, nested tables flattened into them in reading order. */
  private cellParagraphs(container: XElement, guidance: boolean, out: ParagraphText[]): void {
    for (let n = container.firstChild; n; n = n.nextSibling) {
      if (!isElement(n)) continue;
      if (isW(n, "p")) out.push(this.paragraphText(n, guidance, wVal(wChild(n, "pPr"), "pStyle")));
      else if (isW(n, "tbl")) {
        const ignore = { merged: false };
        for (const row of rowsOf(n, guidance))
          for (const cell of cellsOf(row.el, row.guidance, ignore))
            this.cellParagraphs(cell.el, cell.guidance, out);
      } else if (isW(n, "sdt")) {
        const content = wChild(n, "sdtContent");
        if (content) this.cellParagraphs(content, guidance || isGuidanceTag(sdtTag(n)), out);
      } else if (isWrapper(n)) this.cellParagraphs(n, guidance, out);
    }
  }

  /** The text of one w:p with its guidance and ambiguous ranges. */
  paragraphText(p: XElement, guidance: boolean, styleId: string | undefined): ParagraphText {
    const pt = new ParagraphText();
    this.inline(p, guidance, this.ctx.styles.paragraphRun(styleId), pt);
    return pt;
  }

  private inline(
    container: XElement,
    guidance: boolean,
    paraLook: RunLook,
    pt: ParagraphText,
  ): void {
    for (let n = container.firstChild; n; n = n.nextSibling) {
      if (!isElement(n) || !isW(n)) continue;
      switch (n.localName) {
        case "r":
          this.run(n, guidance, paraLook, pt);
          break;
        case "hyperlink":
        case "smartTag":
        case "customXml":
        case "ins":
        case "moveTo":
        case "fldSimple":
        case "dir":
        case "bdo":
          this.inline(n, guidance, paraLook, pt);
          break;
        case "sdt": {
          const content = wChild(n, "sdtContent");
          if (content) this.inline(content, guidance || isGuidanceTag(sdtTag(n)), paraLook, pt);
          break;
        }
        default:
          // w:del, w:moveFrom (tracked deletions), w:pPr, bookmarks, proofing marks, comments.
          break;
      }
    }
  }

  private run(r: XElement, guidance: boolean, paraLook: RunLook, pt: ParagraphText): void {
    let kind: RunKind | undefined = guidance ? "guidance" : undefined;
    for (let n = r.firstChild; n; n = n.nextSibling) {
      if (!isElement(n) || !isW(n)) continue;
      let text: string;
      switch (n.localName) {
        case "t":
          text = n.textContent ?? "";
          break;
        case "tab":
        case "ptab":
          text = "\t";
          break;
        case "br":
        case "cr":
          text = " ";
          break;
        case "noBreakHyphen":
          text = "-";
          break;
        default:
          continue;
      }
      kind ??= this.runKind(r, paraLook);
      pt.add(text, kind);
    }
  }

  private runKind(r: XElement, paraLook: RunLook): RunKind {
    const rPr = wChild(r, "rPr");
    const direct = runLookOf(rPr);
    const charLook = this.ctx.styles.characterRun(wVal(rPr, "rStyle"));
    const italic = direct.italic ?? charLook.italic ?? paraLook.italic ?? false;
    const red = this.ctx.isRed(direct.colour ?? charLook.colour ?? paraLook.colour);
    return red ? (italic ? "guidance" : "ambiguous") : "text";
  }
}

/** Outline level set directly on the paragraph wins over its style; 9 means body text. */
function headingLevel(
  pPr: XElement | undefined,
  styleId: string | undefined,
  styles: StyleSheet,
): number | undefined {
  const direct = wVal(pPr, "outlineLvl");
  if (direct !== undefined && /^\d+$/.test(direct)) {
    const lvl = Number(direct);
    return lvl <= 8 ? lvl + 1 : undefined;
  }
  return styles.headingLevel(styleId);
}

interface Within {
  el: XElement;
  guidance: boolean;
}

/** The w:tr elements of a table, through row-level content controls and wrappers. */
function rowsOf(container: XElement, guidance: boolean, out: Within[] = []): Within[] {
  for (let n = container.firstChild; n; n = n.nextSibling) {
    if (!isElement(n)) continue;
    if (isW(n, "tr")) out.push({ el: n, guidance });
    else if (isW(n, "sdt")) {
      const content = wChild(n, "sdtContent");
      if (content) rowsOf(content, guidance || isGuidanceTag(sdtTag(n)), out);
    } else if (isWrapper(n)) rowsOf(n, guidance, out);
  }
  return out;
}

/** The w:tc elements of a row, through cell-level content controls; notes merged cells. */
function cellsOf(
  container: XElement,
  guidance: boolean,
  state: { merged: boolean },
  out: Within[] = [],
): Within[] {
  for (let n = container.firstChild; n; n = n.nextSibling) {
    if (!isElement(n)) continue;
    if (isW(n, "tc")) {
      const tcPr = wChild(n, "tcPr");
      const span = wVal(tcPr, "gridSpan");
      if (
        (span !== undefined && Number(span) > 1) ||
        wChild(tcPr, "vMerge") ||
        wChild(tcPr, "hMerge")
      )
        state.merged = true;
      out.push({ el: n, guidance });
    } else if (isW(n, "trPr")) {
      const before = wVal(n, "gridBefore");
      const after = wVal(n, "gridAfter");
      if ((before && Number(before) > 0) || (after && Number(after) > 0)) state.merged = true;
    } else if (isW(n, "sdt")) {
      const content = wChild(n, "sdtContent");
      if (content) cellsOf(content, guidance || isGuidanceTag(sdtTag(n)), state, out);
    } else if (isWrapper(n)) cellsOf(n, guidance, state, out);
  }
  return out;
}
