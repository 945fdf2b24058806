import type { Document, Element, Node } from "@xmldom/xmldom";
import { isGuidanceTag } from "../../core/tags";
import { isElement, isW, wAttr, wChild, wName, wVal } from "./ooxml";
import { looksRed, type ResolvedOptions } from "./options";
import {
  firstWords,
  type AmbiguityReason,
  type AmbiguousText,
  type GuidanceNoteFound,
  type GuidanceWhere,
} from "./report";
import type { StyleSheet } from "./styles";

/**
 * Pass 1 over one part, in document order: decide what every run is, without changing anything.
 *
 * - guidance: red italic text (inside a guidance control, or anywhere when red-italic detection
 *   is on), or placeholder text of a guidance control;
 * - author: any other visible text;
 * - keep: content that is never removed on its own (pictures, objects, footnote references,
 *   page breaks, anything not recognised);
 * - field: field characters and instructions (removed only with their whole field);
 * - anchor: a comment reference (removed only with its comment);
 * - empty: runs with no content (formatting only).
 *
 * Fields and comments are decided here too, because only a document-order walk knows what lies
 * between a field's begin and end, or a comment's range start and end.
 */

export type RunCategory = "guidance" | "author" | "keep" | "field" | "anchor" | "empty";

export type PartKind = "body" | "header" | "footer" | "footnote" | "endnote";

export interface CommentState {
  hasAuthor: boolean;
  hasGuidance: boolean;
  started: boolean;
  startInGuidance: boolean;
  refInGuidance: boolean;
}

export interface PartAnalysis {
  name: string;
  kind: PartKind;
  doc: Document;
  category: Map<Element, RunCategory>;
  /** Runs to remove: guidance runs, and every run of a field whose visible text was guidance. */
  removeRuns: Set<Element>;
  /** Comment-reference runs, by comment id. */
  referenceRuns: Map<Element, string>;
  notes: GuidanceNoteFound[];
  ambiguous: AmbiguousText[];
  /** Something in this part is guidance (a guidance run or a guidance control). */
  hasGuidance: boolean;
  /** The whole guidance text of each tagged note (a line per paragraph): what goes with it. */
  fullTexts: Map<GuidanceNoteFound, string>;
}

interface Ctx {
  /** Outermost guidance content control around this point, if any. */
  gSdt: Element | null;
  placeholder: boolean;
  deleted: boolean;
  inserted: boolean;
  pStyle?: string;
  cell: Element | null;
  where: GuidanceWhere;
}

interface Field {
  runs: Element[];
  hasAuthor: boolean;
  hasGuidance: boolean;
  phase: "instr" | "result";
  gSdt: Element | null;
}

interface NoteAcc {
  note: GuidanceNoteFound;
  text: string;
  chars: number;
  cell: Element | null;
  lastPara: Element | null;
  /** Uncapped text, tagged notes only (for the edited-notes report). */
  full?: string;
}

interface AmbAcc {
  item: AmbiguousText;
  text: string;
  para: Element | null;
}

const TEXT_LIMIT = 400;

const CONTAINERS = new Set([
  "hyperlink",
  "smartTag",
  "customXml",
  "dir",
  "bdo",
  "sdtContent",
  "body",
  "tr",
  "hdr",
  "ftr",
  "footnotes",
  "endnotes",
  "footnote",
  "endnote",
  "document",
]);
const SKIP = new Set([
  "pPr",
  "rPr",
  "sdtPr",
  "sdtEndPr",
  "tblPr",
  "tblGrid",
  "trPr",
  "tcPr",
  "tblPrEx",
  "sectPr",
]);

function placeholderShown(sdtPr: Element | undefined): boolean {
  const el = wChild(sdtPr, "showingPlcHdr");
  if (!el) return false;
  const v = wAttr(el, "val");
  return !(v === "0" || v === "false" || v === "off");
}

export function analysePart(
  name: string,
  kind: PartKind,
  doc: Document,
  styles: StyleSheet,
  opts: ResolvedOptions,
  comments: Map<string, CommentState>,
): PartAnalysis {
  const out: PartAnalysis = {
    name,
    kind,
    doc,
    category: new Map(),
    removeRuns: new Set(),
    referenceRuns: new Map(),
    notes: [],
    ambiguous: [],
    hasGuidance: false,
    fullTexts: new Map(),
  };
  const fields: Field[] = [];
  const openComments = new Set<string>();
  let note: NoteAcc | null = null;
  let amb: AmbAcc | null = null;
  let section: string | undefined;
  let para: Element | null = null;
  let paraText = "";
  const baseWhere: GuidanceWhere = kind;

  const comment = (id: string): CommentState => {
    let c = comments.get(id);
    if (!c) {
      c = {
        hasAuthor: false,
        hasGuidance: false,
        started: false,
        startInGuidance: false,
        refInGuidance: false,
      };
      comments.set(id, c);
    }
    return c;
  };

  const sectionFor = (): string | undefined => (kind === "body" ? section : undefined);

  const finishNote = (acc: NoteAcc | null): void => {
    if (!acc) return;
    acc.note.firstWords = firstWords(acc.text);
    acc.note.characters = acc.chars;
    if (acc.full !== undefined) out.fullTexts.set(acc.note, acc.full);
  };

  const finishAmb = (): void => {
    if (amb) amb.item.firstWords = firstWords(amb.text);
    amb = null;
  };

  const startNote = (ctx: Ctx, kindOf: GuidanceNoteFound["kind"], tag?: string): NoteAcc => {
    finishNote(note);
    const n: GuidanceNoteFound = {
      kind: kindOf,
      where: ctx.where,
      part: name,
      firstWords: "",
      characters: 0,
    };
    const s = sectionFor();
    if (s) n.section = s;
    if (tag) n.tag = tag;
    out.notes.push(n);
    out.hasGuidance = true;
    const acc: NoteAcc = { note: n, text: "", chars: 0, cell: ctx.cell, lastPara: null };
    if (tag) acc.full = "";
    return acc;
  };

  const appendNoteText = (acc: NoteAcc, text: string): void => {
    acc.chars += text.length;
    if (acc.full !== undefined)
      acc.full += acc.lastPara && acc.lastPara !== para ? `\n${text}` : text;
    if (acc.text.length < TEXT_LIMIT) {
      if (acc.lastPara && acc.lastPara !== para) acc.text += " ";
      acc.text += text;
    }
    acc.lastPara = para;
  };

  const markGuidance = (run: Element, text: string, ctx: Ctx): void => {
    out.removeRuns.add(run);
    out.hasGuidance = true;
    for (const f of fields) if (f.phase === "result") f.hasGuidance = true;
    for (const id of openComments) comment(id).hasGuidance = true;
    finishAmb();
    const tracked = ctx.deleted ? "deleted" : ctx.inserted ? "inserted" : undefined;
    if (!ctx.gSdt) {
      const continues =
        note &&
        note.note.kind === "red-italic" &&
        note.cell === ctx.cell &&
        note.note.tracked === tracked;
      if (!continues) {
        note = startNote(ctx, "red-italic");
        if (tracked) note.note.tracked = tracked;
      }
    } else if (note && tracked && note.note.tracked === undefined && note.chars === 0) {
      note.note.tracked = tracked;
    }
    if (note) appendNoteText(note, text);
    if (!ctx.deleted) paraText += text;
  };

  const markAuthor = (text: string, ctx: Ctx): void => {
    for (const f of fields) if (f.phase === "result") f.hasAuthor = true;
    for (const id of openComments) comment(id).hasAuthor = true;
    if (ctx.gSdt) {
      if (note && text.trim() !== "") note.note.authorTextKept = true;
    } else if (text.trim() !== "") {
      finishNote(note);
      note = null;
    }
    if (!ctx.deleted) paraText += text;
  };

  const noteAmbiguous = (
    text: string,
    ctx: Ctx,
    reason: AmbiguityReason | undefined,
    colour: string | undefined,
    italic: boolean,
  ): void => {
    if (!opts.reportAmbiguous || ctx.deleted || text.trim() === "") return;
    if (!reason) {
      finishAmb();
      return;
    }
    if (amb && amb.para === para && amb.item.reason === reason && amb.item.colour === colour) {
      amb.text += text;
      return;
    }
    finishAmb();
    const item: AmbiguousText = { reason, where: ctx.where, part: name, firstWords: "", italic };
    const s = sectionFor();
    if (s) item.section = s;
    if (colour && reason !== "italic-not-red") item.colour = colour;
    out.ambiguous.push(item);
    amb = { item, text, para };
  };

  /**
   * Text boxes and shapes are not cleaned (their text sits twice, in the drawing and in its VML
   * fallback); red italic text in one is reported so the author removes it by hand.
   */
  const reportTextBoxes = (r: Element, ctx: Ctx): void => {
    const seen = new Set<string>();
    for (const box of Array.from(r.getElementsByTagNameNS("*", "txbxContent"))) {
      if (!isW(box)) continue;
      let text = "";
      for (const p of Array.from(box.getElementsByTagNameNS("*", "p"))) {
        if (!isW(p)) continue;
        const pStyle = wVal(wChild(p, "pPr"), "pStyle");
        for (const run of Array.from(p.getElementsByTagNameNS("*", "r"))) {
          if (!isW(run)) continue;
          const look = styles.runLook(pStyle, wChild(run, "rPr"));
          if (!opts.isListedRed(look.colour) || !look.italic) continue;
          for (const t of Array.from(run.getElementsByTagNameNS("*", "t")))
            if (isW(t)) text += t.textContent ?? "";
        }
        text += " ";
      }
      const words = firstWords(text);
      if (words === "" || seen.has(words)) continue;
      seen.add(words);
      const item: AmbiguousText = {
        reason: "in-text-box",
        where: ctx.where,
        part: name,
        firstWords: words,
        italic: true,
      };
      const s = sectionFor();
      if (s) item.section = s;
      out.ambiguous.push(item);
    }
  };

  const decideField = (f: Field, ctx: Ctx): void => {
    const remove = !f.hasAuthor && (f.hasGuidance || (f.gSdt !== null && f.gSdt === ctx.gSdt));
    if (!remove) return;
    for (const r of f.runs) if (out.category.get(r) !== "anchor") out.removeRuns.add(r);
    out.hasGuidance = true;
  };

  const visitRun = (r: Element, ctx: Ctx): void => {
    for (const f of fields) f.runs.push(r);
    let structural = false;
    for (let c = r.firstChild; c; c = c.nextSibling) {
      const n = wName(c);
      if (n === "fldChar") {
        structural = true;
        const type = wAttr(c as Element, "fldCharType");
        if (type === "begin")
          fields.push({
            runs: [r],
            hasAuthor: false,
            hasGuidance: false,
            phase: "instr",
            gSdt: ctx.gSdt,
          });
        else if (type === "separate") {
          const top = fields[fields.length - 1];
          if (top) top.phase = "result";
        } else if (type === "end") {
          const top = fields.pop();
          if (top) decideField(top, ctx);
        }
      } else if (n === "instrText" || n === "delInstrText") structural = true;
    }
    if (structural || fields.some((f) => f.phase === "instr")) {
      out.category.set(r, "field");
      return;
    }
    let text = "";
    let hard = false;
    let reference: string | undefined;
    for (let c = r.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      const n = wName(c);
      switch (n) {
        case "rPr":
        case "lastRenderedPageBreak":
          break;
        case "t":
        case "delText":
          text += c.textContent ?? "";
          break;
        case "tab":
        case "ptab":
          text += "\t";
          break;
        case "br": {
          const type = wAttr(c, "type");
          if (type === "page" || type === "column") hard = true;
          else text += "\n";
          break;
        }
        case "cr":
          text += "\n";
          break;
        case "noBreakHyphen":
          text += "\u2011";
          break;
        case "softHyphen":
          text += "\u00AD";
          break;
        case "sym": {
          const ch = parseInt(wAttr(c, "char") ?? "", 16);
          text += Number.isFinite(ch)
            ? String.fromCharCode(ch >= 0xf000 ? ch - 0xf000 : ch)
            : "\uFFFD";
          break;
        }
        case "commentReference":
          reference = wAttr(c, "id") ?? "";
          break;
        default:
          // Pictures, objects, note references, ruby, mc:AlternateContent and anything unknown.
          hard = true;
      }
    }
    if (hard) {
      out.category.set(r, "keep");
      markAuthor(text || "\uFFFC", ctx);
      noteAmbiguous("", ctx, undefined, undefined, false);
      if (opts.reportAmbiguous && !ctx.deleted) reportTextBoxes(r, ctx);
      return;
    }
    if (reference !== undefined && text === "") {
      out.category.set(r, "anchor");
      out.referenceRuns.set(r, reference);
      if (ctx.gSdt) comment(reference).refInGuidance = true;
      return;
    }
    if (text === "") {
      out.category.set(r, "empty");
      return;
    }
    const look = styles.runLook(ctx.pStyle, wChild(r, "rPr"));
    const red = opts.isListedRed(look.colour);
    const isGuidance =
      (ctx.placeholder && ctx.gSdt !== null) ||
      (red && look.italic && (ctx.gSdt !== null || opts.redItalic));
    if (isGuidance) {
      out.category.set(r, "guidance");
      markGuidance(r, text, ctx);
      return;
    }
    out.category.set(r, "author");
    markAuthor(text, ctx);
    // Red italic text kept here only happens with red-italic detection switched off: not ambiguous.
    let reason: AmbiguityReason | undefined;
    if (red) reason = look.italic ? undefined : "red-not-italic";
    else if (looksRed(look.colour)) reason = "unlisted-red";
    else if (look.italic) reason = "italic-not-red";
    noteAmbiguous(text, ctx, reason, look.colour, look.italic);
  };

  const visitChildren = (el: Element, ctx: Ctx): void => {
    for (let c: Node | null = el.firstChild; c; c = c.nextSibling) if (isElement(c)) visit(c, ctx);
  };

  const visit = (el: Element, ctx: Ctx): void => {
    if (!isW(el)) {
      // m:oMath, mc:AlternateContent and other foreign content at run level: the author's.
      if (para) markAuthor("\uFFFC", ctx);
      return;
    }
    const n = el.localName ?? "";
    if (SKIP.has(n)) return;
    switch (n) {
      case "r":
        visitRun(el, ctx);
        return;
      case "p": {
        const prevPara = para;
        const prevText = paraText;
        para = el;
        paraText = "";
        const pPr = wChild(el, "pPr");
        const pStyle = wVal(pPr, "pStyle");
        visitChildren(el, { ...ctx, pStyle });
        if (kind === "body" && !ctx.gSdt) {
          const level = styles.headingLevel(pStyle, pPr);
          const heading = paraText.replace(/\s+/g, " ").trim();
          if (level !== undefined && heading !== "")
            section = heading.length > 120 ? `${heading.slice(0, 119)}…` : heading;
        }
        finishAmb();
        para = prevPara;
        paraText = prevText;
        return;
      }
      case "tbl":
        visitChildren(el, { ...ctx, where: baseWhere === "body" ? "table" : baseWhere });
        return;
      case "tc": {
        visitChildren(el, { ...ctx, cell: el });
        finishAmb();
        return;
      }
      case "sdt": {
        const sdtPr = wChild(el, "sdtPr");
        const tag = wVal(sdtPr, "tag");
        const content = wChild(el, "sdtContent");
        if (!content) return;
        if (isGuidanceTag(tag)) {
          out.hasGuidance = true;
          if (ctx.gSdt) {
            visitChildren(content, {
              ...ctx,
              placeholder: ctx.placeholder || placeholderShown(sdtPr),
            });
            return;
          }
          const acc = startNote(ctx, "tagged-control", tag);
          note = acc;
          visitChildren(content, { ...ctx, gSdt: el, placeholder: placeholderShown(sdtPr) });
          finishNote(acc);
          if (note === acc) note = null;
          finishAmb();
          return;
        }
        visitChildren(content, ctx);
        return;
      }
      case "ins":
      case "moveTo":
        visitChildren(el, { ...ctx, inserted: true });
        return;
      case "del":
      case "moveFrom":
        visitChildren(el, { ...ctx, deleted: true });
        return;
      case "fldSimple": {
        const f: Field = {
          runs: [],
          hasAuthor: false,
          hasGuidance: false,
          phase: "result",
          gSdt: ctx.gSdt,
        };
        fields.push(f);
        visitChildren(el, ctx);
        const i = fields.lastIndexOf(f);
        if (i >= 0) fields.splice(i, 1);
        decideField(f, ctx);
        return;
      }
      case "commentRangeStart": {
        const id = wAttr(el, "id") ?? "";
        const c = comment(id);
        c.started = true;
        c.startInGuidance = ctx.gSdt !== null;
        openComments.add(id);
        return;
      }
      case "commentRangeEnd":
        openComments.delete(wAttr(el, "id") ?? "");
        return;
      default:
        if (CONTAINERS.has(n)) visitChildren(el, ctx);
        else if (para && !RANGE_MARKUP.has(n)) markAuthor("\uFFFC", ctx);
    }
  };

  const root = doc.documentElement;
  if (root) {
    const start = kind === "body" ? wChild(root, "body") : root;
    if (start)
      visitChildren(start, {
        gSdt: null,
        placeholder: false,
        deleted: false,
        inserted: false,
        cell: null,
        where: baseWhere,
      });
  }
  finishNote(note);
  finishAmb();
  return out;
}

/** Elements that mark ranges or proofing state: no content of their own. */
export const RANGE_MARKUP = new Set([
  "bookmarkStart",
  "bookmarkEnd",
  "commentRangeStart",
  "commentRangeEnd",
  "moveFromRangeStart",
  "moveFromRangeEnd",
  "moveToRangeStart",
  "moveToRangeEnd",
  "permStart",
  "permEnd",
  "proofErr",
  "customXmlInsRangeStart",
  "customXmlInsRangeEnd",
  "customXmlDelRangeStart",
  "customXmlDelRangeEnd",
  "customXmlMoveFromRangeStart",
  "customXmlMoveFromRangeEnd",
  "customXmlMoveToRangeStart",
  "customXmlMoveToRangeEnd",
]);

/** Decide each comment: removed when its whole anchored range was guidance. */
export function commentsToRemove(comments: Map<string, CommentState>): Set<string> {
  const out = new Set<string>();
  for (const [id, c] of comments) {
    if (c.hasAuthor) continue;
    if (c.hasGuidance || (c.started ? c.startInGuidance : c.refInGuidance)) out.add(id);
  }
  return out;
}
