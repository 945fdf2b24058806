import { DOMParser } from "@xmldom/xmldom";
import type { Document, Element as DomElement, Node as DomNode } from "@xmldom/xmldom";
import { DocxError } from "./errors";
import type { XElement, XNode } from "./fast-xml";

/** Namespaces used in WordprocessingML packages. */
export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  /** ISO/IEC 29500 Strict spelling of the same vocabulary. */
  wStrict: "http://purl.oclc.org/ooxml/wordprocessingml/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rStrict: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  math: "http://schemas.openxmlformats.org/officeDocument/2006/math",
  coreProps: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  dc: "http://purl.org/dc/elements/1.1/",
  dcterms: "http://purl.org/dc/terms/",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  extendedProps: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  customXmlDs: "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
} as const;

/** Relationship types, by what they point at. */
export const REL = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  officeDocumentStrict: "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
  coreProps:
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProps:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  settings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
  numbering: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
  header: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
  footer: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  customXmlProps:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Characters XML 1.0 does not allow at all (control characters other than tab, LF and CR). */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape text for element content; characters XML cannot hold are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Escape text for a double-quoted attribute value. */
export function escapeAttr(text: string): string {
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/**
 * Parse an XML part into an xmldom Document (for code that edits and re-serialises a part; the
 * reader uses the faster read-only parseFastXml). Any error or fatal error (not warnings) becomes a DocxError naming the part.
 * Line endings are normalised (CR LF -> LF) but U+2028/U+2029 are kept: they are text.
 */
export function parseXml(source: string, partName: string): Document {
  let problem: string | undefined;
  const parser = new DOMParser({
    locator: false,
    normalizeLineEndings: (s: string) => s.replace(/\r\n?/g, "\n"),
    onError: (level, msg) => {
      if (level !== "warning" && problem === undefined) problem = firstLine(msg);
      if (level !== "warning") throw new Error(msg);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(source, "application/xml");
  } catch (e) {
    throw new DocxError(
      `the file is damaged: ${partName} is not well-formed XML (${problem ?? firstLine(String((e as Error).message ?? e))})`,
    );
  }
  if (!doc.documentElement)
    throw new DocxError(`the file is damaged: ${partName} has no root element`);
  return doc;
}

function firstLine(text: string): string {
  return text
    .split("\n")[0]
    .replace(/^\[xmldom [a-zA-Z]+\]\s*/, "")
    .trim();
}

// Helpers for walking a parsed part (the fast read-only tree of fast-xml.ts).

/** True for an element node, in either tree: the fast read-only one or an xmldom Document. */
export function isElement(node: XNode | null | undefined): node is XElement;
export function isElement(node: DomNode | null | undefined): node is DomElement;
export function isElement(node: { nodeType: number } | null | undefined): boolean {
  return !!node && node.nodeType === 1;
}

/** True for an element of the WordprocessingML main namespace (transitional or strict). */
export function isW(node: XNode | null | undefined, localName?: string): node is XElement {
  return (
    isElement(node) &&
    (node.namespaceURI === NS.w || node.namespaceURI === NS.wStrict) &&
    (localName === undefined || node.localName === localName)
  );
}

/** Child elements of `el`, in order. */
export function childElements(el: XElement): XElement[] {
  const out: XElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

/** The first child element in the w: namespace with this local name. */
export function wChild(el: XElement | null | undefined, localName: string): XElement | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, localName)) return n;
  return undefined;
}

/** All child elements in the w: namespace with this local name. */
export function wChildren(el: XElement, localName: string): XElement[] {
  const out: XElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, localName)) out.push(n);
  return out;
}

/**
 * The value of a w: attribute (w:val etc.). Attributes of WordprocessingML elements are
 * namespaced; some writers leave the prefix off, so an unprefixed attribute is accepted too.
 */
export function wAttr(el: XElement | null | undefined, localName: string): string | undefined {
  if (!el) return undefined;
  return (
    el.getAttributeNS(NS.w, localName) ??
    el.getAttributeNS(NS.wStrict, localName) ??
    el.getAttributeNS(null, localName) ??
    undefined
  );
}

/** The w:val of the named child: wVal(rPr, "color") -> "FF0000". */
export function wVal(el: XElement | null | undefined, childName: string): string | undefined {
  return wAttr(wChild(el, childName), "val");
}

/** An on/off property (w:b, w:i, ...): undefined when absent, else true unless w:val says off. */
export function onOff(el: XElement | null | undefined, childName: string): boolean | undefined {
  const c = wChild(el, childName);
  if (!c) return undefined;
  const v = wAttr(c, "val");
  return !(v === "0" || v === "false" || v === "off");
}
