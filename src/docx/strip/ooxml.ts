import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document, Element, Node } from "@xmldom/xmldom";
import { DocxError } from "../errors";
import { fastParseXml } from "./fast-xml";

/**
 * The small slice of XML handling the guidance stripper needs: strict parsing with a one-line
 * error, serialising, and WordprocessingML element tests. Kept here (not shared) so the stripper
 * does not change behaviour when the reader's helpers do.
 */

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** ISO/IEC 29500 Strict spelling of the same vocabulary. */
export const W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math";
export const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const A_STRICT_NS = "http://purl.oclc.org/ooxml/drawingml/main";
export const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";

export const ELEMENT_NODE = 1;

/**
 * Parse one part strictly: anything but a warning is a DocxError naming the part. The fast parser
 * takes ordinary parts; anything it is not sure of goes to xmldom's DOMParser.
 */
export function parsePart(source: string, partName: string): Document {
  return fastParseXml(source) ?? parseWithXmldom(source, partName);
}

/** xmldom's own DOMParser: the reference the fast parser matches, and its fallback. */
export function parseWithXmldom(source: string, partName: string): Document {
  let problem: string | undefined;
  const parser = new DOMParser({
    locator: false,
    // XML requires CR LF -> LF; U+2028/U+2029 are text and must survive untouched.
    normalizeLineEndings: (s: string) => s.replace(/\r\n?/g, "\n"),
    onError: (level, msg) => {
      if (level === "warning") return;
      problem ??= msg
        .split("\n")[0]
        .replace(/^\[xmldom [a-zA-Z]+\]\s*/, "")
        .trim();
      throw new Error(msg);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(source, "application/xml");
  } catch {
    throw new DocxError(
      `the file is damaged: ${partName} is not well-formed XML (${problem ?? "parse error"})`,
    );
  }
  if (!doc.documentElement)
    throw new DocxError(`the file is damaged: ${partName} has no root element`);
  return doc;
}

export function serialisePart(doc: Document): string {
  // xmldom writes a carriage return in text (from "&#13;") as is, which a parser would read back
  // as a line feed; after parsing no other raw CR can be left, so escape them all.
  const raw = new XMLSerializer().serializeToString(doc);
  const xml = raw.indexOf("\r") >= 0 ? raw.replace(/\r/g, "&#13;") : raw;
  // Word writes the declaration; keep one if the source had none (xmldom drops nothing it parsed).
  return xml.startsWith("<?xml")
    ? xml
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`;
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** True for a WordprocessingML element (transitional or strict) with this local name. */
export function isW(node: Node | null | undefined, localName?: string): node is Element {
  if (!isElement(node)) return false;
  const ns = node.namespaceURI;
  return (
    (ns === W_NS || ns === W_STRICT_NS) && (localName === undefined || node.localName === localName)
  );
}

/** The local name of a w: element, or "" for anything else. */
export function wName(node: Node | null | undefined): string {
  return isW(node) ? (node.localName ?? "") : "";
}

export function childElements(el: Element | Document): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

export function wChild(el: Element | null | undefined, localName: string): Element | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, localName)) return n;
  return undefined;
}

/** A w: attribute; writers that leave the prefix off are accepted too. */
export function wAttr(el: Element | null | undefined, localName: string): string | undefined {
  if (!el) return undefined;
  const a =
    el.getAttributeNodeNS(W_NS, localName) ??
    el.getAttributeNodeNS(W_STRICT_NS, localName) ??
    el.getAttributeNode(localName);
  return a ? a.value : undefined;
}

export function wVal(el: Element | null | undefined, childName: string): string | undefined {
  return wAttr(wChild(el, childName), "val");
}

/** An on/off property: undefined when absent, else true unless w:val says off. */
export function onOff(el: Element | null | undefined, childName: string): boolean | undefined {
  const c = wChild(el, childName);
  if (!c) return undefined;
  const v = wAttr(c, "val");
  return !(v === "0" || v === "false" || v === "off");
}

/** Create a w: element next to `like`, in its namespace and with its prefix. */
export function createW(like: Element, localName: string): Element {
  const doc = like.ownerDocument;
  if (!doc) throw new Error("element has no owner document");
  const prefix = like.prefix;
  return doc.createElementNS(
    like.namespaceURI ?? W_NS,
    prefix ? `${prefix}:${localName}` : localName,
  );
}

/** Descendant w: elements with one of these local names, in document order (iterative walk). */
export function wDescendants(root: Element, names: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [];
  for (let n = root.lastChild; n; n = n.previousSibling) stack.push(n);
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (!isElement(n)) continue;
    if (isW(n) && names.has(n.localName ?? "")) out.push(n);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}
