import type { Document, Element } from "@xmldom/xmldom";
import { DocxError } from "../errors";
import { escapeAttr, escapeText, isElement, parseXml } from "../xml";

/** Small helpers for the add-in's own custom XML parts (QA state, people register). */

/** Namespaces of the add-in's custom XML parts. These strings are a file format: never change one. */
export const QA_NAMESPACE = "urn:imr-assistant:qa";
export const REGISTER_NAMESPACE = "urn:imr-assistant:register";

/** Element text: escaped, with CR kept as a character reference so it survives parsing. */
export function textXml(text: string): string {
  return escapeText(text).replace(/\r/g, "&#13;");
}

/** ` name="value"` for each defined value, in the order given. */
export function attrs(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v as string)}"`)
    .join("");
}

/** `<name attrs>text</name>`, or `<name attrs/>` when there is no text. */
export function el(
  name: string,
  attributes: Record<string, string | undefined>,
  inner = "",
): string {
  return inner === ""
    ? `<${name}${attrs(attributes)}/>`
    : `<${name}${attrs(attributes)}>${inner}</${name}>`;
}

export type ParsedXml = { ok: true; doc: Document; root: Element } | { ok: false; message: string };

/** Parse XML without throwing: a message that names the problem instead. */
export function tryParse(xml: string, what: string): ParsedXml {
  try {
    const doc = parseXml(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, what);
    const root = doc.documentElement;
    if (!root) return { ok: false, message: `${what} has no root element` };
    return { ok: true, doc, root: root as Element };
  } catch (e) {
    const msg =
      e instanceof DocxError
        ? e.message.replace(/^the file is damaged: /, "")
        : String((e as Error)?.message ?? e);
    return { ok: false, message: msg };
  }
}

/** Child elements of `parent` in namespace `ns` with this local name. */
export function children(parent: Element, ns: string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (
      isElement(n) &&
      n.namespaceURI === ns &&
      (localName === undefined || n.localName === localName)
    )
      out.push(n);
  }
  return out;
}

export function child(parent: Element, ns: string, localName: string): Element | undefined {
  return children(parent, ns, localName)[0];
}

/** An attribute's value, or undefined when absent. */
export function attr(e: Element, name: string): string | undefined {
  return e.hasAttribute(name) ? (e.getAttribute(name) ?? undefined) : undefined;
}

/** The element's text (all descendant text, as written). */
export function text(e: Element | undefined): string | undefined {
  return e ? (e.textContent ?? "") : undefined;
}

/** Drop keys whose value is undefined (zod's strict objects treat them as present otherwise). */
export function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The schemaVersion attribute as a number (NaN when missing or not a whole number). */
export function versionOf(root: Element): number {
  const v = attr(root, "schemaVersion");
  return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
}
