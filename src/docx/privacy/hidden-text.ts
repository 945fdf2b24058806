import type { Document } from "@xmldom/xmldom";
import { openPackage, parseOptional, readText, type OpenPackage } from "../strip/package";
import { childElements, isW, parsePart, wAttr, wDescendants } from "../strip/ooxml";
import { textOf } from "./text";

/**
 * Text in a .docx that a reader of the printed page never sees, or that travels with the file
 * unseen: tracked deletions and moved-from text, comments, footnotes and endnotes, text boxes, and
 * the document properties (docProps/core.xml and app.xml). Real names hide there after the body has
 * been anonymised, so the clean copy looks here too.
 */

export type HiddenWhere =
  | "tracked-deletion"
  | "moved-text"
  | "comment"
  | "footnote"
  | "endnote"
  | "text-box"
  | "document-property";

export interface HiddenText {
  where: HiddenWhere;
  /** The package part, e.g. "word/comments.xml", "docProps/core.xml". */
  part: string;
  /** What it is in words: "comment 3 by Ann Lee", "the document's title". */
  label: string;
  text: string;
  /** For a document property: its element name ("creator", "lastModifiedBy", "title"…). */
  property?: string;
}

/** Where, as a reader would say it. */
export const HIDDEN_WHERE_TEXT: Readonly<Record<HiddenWhere, string>> = {
  "tracked-deletion": "a tracked deletion",
  "moved-text": "a tracked move (the text's old place)",
  comment: "a comment",
  footnote: "a footnote",
  endnote: "an endnote",
  "text-box": "a text box or shape",
  "document-property": "the document's properties",
};

const CORE_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
const DC_NS = "http://purl.org/dc/elements/1.1/";
const APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

/** The document properties read, with their names in words. */
export const PROPERTIES: readonly { ns: string; local: string; label: string }[] = [
  { ns: DC_NS, local: "title", label: "title" },
  { ns: DC_NS, local: "subject", label: "subject" },
  { ns: DC_NS, local: "creator", label: "author" },
  { ns: CORE_NS, local: "lastModifiedBy", label: "last modified by" },
  { ns: DC_NS, local: "description", label: "comments (description)" },
  { ns: CORE_NS, local: "keywords", label: "keywords (tags)" },
  { ns: CORE_NS, local: "category", label: "category" },
  { ns: APP_NS, local: "Manager", label: "manager" },
  { ns: APP_NS, local: "Company", label: "company" },
];

export const CORE_PART = "docProps/core.xml";
export const APP_PART = "docProps/app.xml";

const DEL = new Set(["del", "moveFrom"]);
const TRACKED = new Set([
  "ins",
  "del",
  "moveFrom",
  "moveTo",
  "rPrChange",
  "pPrChange",
  "sectPrChange",
  "tblPrChange",
  "tblGridChange",
  "trPrChange",
  "tcPrChange",
  "numberingChange",
  "cellIns",
  "cellDel",
  "cellMerge",
]);
const NOTES = new Set(["footnote", "endnote"]);
const BOXES = new Set(["txbxContent"]);

async function contentParts(
  pkg: OpenPackage,
): Promise<{ name: string; kind: string; doc: Document }[]> {
  const out: { name: string; kind: string; doc: Document }[] = [];
  for (const p of pkg.parts) {
    const doc = await parseOptional(pkg.zip, p.name);
    if (doc) out.push({ name: p.name, kind: p.kind, doc });
  }
  return out;
}

function trackedText(part: string, doc: Document): HiddenText[] {
  const out: HiddenText[] = [];
  // A deletion inside a deletion (or a move) is read once, from the outermost.
  for (const el of wDescendants(doc.documentElement!, DEL)) {
    let up = el.parentNode;
    let nested = false;
    while (up && !nested) {
      if (isW(up) && DEL.has(up.localName ?? "")) nested = true;
      up = up.parentNode;
    }
    if (nested) continue;
    const text = textOf(el, "both");
    if (text === "") continue;
    const moved = el.localName === "moveFrom";
    const author = wAttr(el, "author");
    out.push({
      where: moved ? "moved-text" : "tracked-deletion",
      part,
      label: `${moved ? "text moved" : "text deleted"} with changes tracked${author ? ` by ${author}` : ""}`,
      text,
    });
  }
  return out;
}

function notesText(part: string, kind: "footnote" | "endnote", doc: Document): HiddenText[] {
  const out: HiddenText[] = [];
  for (const note of wDescendants(doc.documentElement!, NOTES)) {
    const type = wAttr(note, "type");
    if (type && type !== "normal") continue; // separators
    const text = textOf(note);
    if (text !== "")
      out.push({ where: kind, part, label: `${kind} ${wAttr(note, "id") ?? ""}`.trim(), text });
  }
  return out;
}

function textBoxes(part: string, doc: Document): HiddenText[] {
  // Word stores a text box twice (the drawing and its VML fallback): each text once per part.
  const seen = new Set<string>();
  const out: HiddenText[] = [];
  for (const box of wDescendants(doc.documentElement!, BOXES)) {
    const text = textOf(box);
    if (text === "" || seen.has(text)) continue;
    seen.add(text);
    out.push({ where: "text-box", part, label: "a text box or shape", text });
  }
  return out;
}

function commentsText(part: string, doc: Document): HiddenText[] {
  const out: HiddenText[] = [];
  for (const c of childElements(doc.documentElement!)) {
    if (!isW(c, "comment")) continue;
    const author = wAttr(c, "author");
    const text = [author ?? "", textOf(c, "both")].filter((s) => s !== "").join("\n");
    if (text !== "")
      out.push({
        where: "comment",
        part,
        label: `comment${author ? ` by ${author}` : ""}`,
        text,
      });
  }
  return out;
}

async function propertiesText(pkg: OpenPackage): Promise<HiddenText[]> {
  const out: HiddenText[] = [];
  for (const part of [CORE_PART, APP_PART]) {
    const xml = await readText(pkg.zip, part);
    if (xml === undefined) continue;
    const doc = parsePart(xml, part);
    for (const prop of PROPERTIES) {
      for (const el of Array.from(doc.getElementsByTagNameNS(prop.ns, prop.local))) {
        const text = (el.textContent ?? "").trim();
        if (text !== "")
          out.push({
            where: "document-property",
            part,
            label: `the document's ${prop.label}`,
            text,
            property: prop.local,
          });
      }
    }
  }
  return out;
}

/** Every piece of hidden text in the document, part by part. */
export async function findHiddenText(bytes: Uint8Array): Promise<HiddenText[]> {
  return hiddenTextIn(await openPackage(bytes));
}

export async function hiddenTextIn(pkg: OpenPackage): Promise<HiddenText[]> {
  const out: HiddenText[] = [];
  for (const p of await contentParts(pkg)) {
    out.push(...trackedText(p.name, p.doc));
    if (p.kind === "footnote" || p.kind === "endnote")
      out.push(...notesText(p.name, p.kind, p.doc));
    out.push(...textBoxes(p.name, p.doc));
  }
  const comments = await parseOptional(pkg.zip, pkg.comments.comments);
  if (comments && pkg.comments.comments) out.push(...commentsText(pkg.comments.comments, comments));
  out.push(...(await propertiesText(pkg)));
  return out;
}

export interface TrackedChanges {
  /** Revisions still to accept or reject: insertions, deletions, moves, formatting changes. */
  count: number;
  /** The parts that hold them. */
  parts: string[];
}

/** The tracked changes left in the document (body, headers, footers, notes). */
export async function countTrackedChanges(bytes: Uint8Array): Promise<TrackedChanges> {
  return trackedChangesIn(await openPackage(bytes));
}

export async function trackedChangesIn(pkg: OpenPackage): Promise<TrackedChanges> {
  let count = 0;
  const parts: string[] = [];
  for (const p of await contentParts(pkg)) {
    const n = wDescendants(p.doc.documentElement!, TRACKED).length;
    if (n > 0) parts.push(p.name);
    count += n;
  }
  return { count, parts };
}

/** The comments in the document (w:comment elements in the comments part). */
export async function countComments(bytes: Uint8Array): Promise<number> {
  return commentsIn(await openPackage(bytes));
}

export async function commentsIn(pkg: OpenPackage): Promise<number> {
  const doc = await parseOptional(pkg.zip, pkg.comments.comments);
  return doc ? childElements(doc.documentElement!).filter((c) => isW(c, "comment")).length : 0;
}
