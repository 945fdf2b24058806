import { DOMImplementation } from "@xmldom/xmldom";
import type { Document, Element, Node } from "@xmldom/xmldom";

/**
 * A fast, strict parser for the XML Word writes, building the same @xmldom/xmldom DOM that
 * xmldom's own DOMParser builds (same node types, names, namespaces, attribute order and values),
 * so XMLSerializer and every DOM call behave identically.
 *
 * Why: @xmldom/xmldom 0.9's DOMParser compiles a large Unicode regular expression for every end
 * tag, which makes a 1 MB document.xml take about half a second to parse; this takes a fraction.
 *
 * It handles elements, attributes, namespaces, text, character and the five predefined entity
 * references, CDATA, comments and processing instructions (the XML declaration included). For
 * anything else or anything unusual (a DOCTYPE, a non-ASCII or odd name, an unknown entity, an
 * undeclared prefix, a mismatched end tag, a duplicate attribute, text outside the root) it gives
 * up and returns undefined: the caller then parses with xmldom's DOMParser, which accepts what
 * XML allows and reports errors properly. So this parser never has to be right about bad input,
 * only about good input.
 */

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?$/;

class Bail extends Error {}

function bail(): never {
  throw new Bail();
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([^;&]*);?/g, (m, body: string) => {
    if (!m.endsWith(";")) bail();
    const named = ENTITIES[body];
    if (named !== undefined) return named;
    let code: number;
    if (/^#x[0-9a-fA-F]{1,6}$/.test(body)) code = parseInt(body.slice(2), 16);
    else if (/^#[0-9]{1,7}$/.test(body)) code = parseInt(body.slice(1), 10);
    else bail();
    const ok =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!ok) bail();
    return String.fromCodePoint(code);
  });
}

/** Attribute-value normalisation (XML 1.0 §3.3.3) for CDATA attributes: literal whitespace -> space. */
function attrValue(raw: string): string {
  if (raw.indexOf("<") >= 0) bail();
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/[\t\n\r]/g, " ") : raw;
  return decode(spaced);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

type NsMap = Record<string, string>;

/** Parse, or undefined when the input is anything but plain well-formed XML of the usual kind. */
export function fastParseXml(source: string): Document | undefined {
  try {
    return parse(source);
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

function parse(input: string): Document {
  const src = input.indexOf("\r") >= 0 ? input.replace(/\r\n?/g, "\n") : input;
  const doc = new DOMImplementation().createDocument(null, null as unknown as string, null);
  const n = src.length;
  const validNames = new Set<string>();
  const checkName = (name: string): void => {
    if (validNames.has(name)) return;
    if (!NAME.test(name)) bail();
    validNames.add(name);
  };
  let parent: Node = doc;
  const stack: { el: Element; ns: NsMap }[] = [];
  let ns: NsMap = { xml: XML_NS };
  let rootSeen = false;
  let i = 0;

  const text = (s: string): void => {
    if (s === "") return;
    if (parent === doc) {
      if (!/^[ \n\t]*$/.test(s)) bail();
      doc.appendChild(doc.createTextNode(s));
      return;
    }
    if (s.indexOf("]]>") >= 0) bail();
    parent.appendChild(doc.createTextNode(decode(s)));
  };

  while (i < n) {
    const lt = src.indexOf("<", i);
    if (lt < 0) {
      const rest = src.slice(i);
      // xmldom drops white space after the root at the end of the input.
      if (parent === doc) {
        if (!/^[ \n\t]*$/.test(rest)) bail();
      } else text(rest);
      break;
    }
    if (lt > i) text(src.slice(i, lt));
    const c = src.charCodeAt(lt + 1);
    if (c === 0x2f) {
      // end tag
      const gt = src.indexOf(">", lt);
      if (gt < 0) bail();
      const name = src.slice(lt + 2, gt).trimEnd();
      const top = stack.pop();
      if (!top || top.el.tagName !== name) bail();
      parent = top.el.parentNode as Node;
      ns = stack.length > 0 ? stack[stack.length - 1].ns : { xml: XML_NS };
      i = gt + 1;
      continue;
    }
    if (c === 0x3f) {
      // processing instruction (the XML declaration is one in xmldom's DOM)
      const end = src.indexOf("?>", lt);
      if (end < 0) bail();
      const body = src.slice(lt + 2, end);
      const m = /^([A-Za-z_][A-Za-z0-9_.:-]*)(?:[ \n\t]+([\s\S]*))?$/.exec(body);
      if (!m) bail();
      if (m[1].toLowerCase() === "xml" && (lt !== 0 || m[1] !== "xml")) bail();
      const pi = doc.createProcessingInstruction(m[1], m[2] ?? "");
      parent.appendChild(pi);
      i = end + 2;
      continue;
    }
    if (c === 0x21) {
      if (src.startsWith("<!--", lt)) {
        const end = src.indexOf("-->", lt + 4);
        if (end < 0) bail();
        const body = src.slice(lt + 4, end);
        if (body.indexOf("--") >= 0 || body.endsWith("-")) bail();
        parent.appendChild(doc.createComment(body));
        i = end + 3;
        continue;
      }
      if (src.startsWith("<![CDATA[", lt) && parent !== doc) {
        const end = src.indexOf("]]>", lt + 9);
        if (end < 0) bail();
        // xmldom makes no node for an empty CDATA section.
        if (end > lt + 9) parent.appendChild(doc.createCDATASection(src.slice(lt + 9, end)));
        i = end + 3;
        continue;
      }
      bail(); // DOCTYPE and the rest
    }
    // start tag
    if (parent === doc && rootSeen) bail();
    let j = lt + 1;
    while (j < n) {
      const ch = src.charCodeAt(j);
      if (isSpace(ch) || ch === 0x3e || ch === 0x2f) break;
      j++;
    }
    const qName = src.slice(lt + 1, j);
    checkName(qName);
    let attrs: string[] | undefined;
    let elNs = ns;
    let copied = false;
    for (;;) {
      const start = j;
      while (j < n && isSpace(src.charCodeAt(j))) j++;
      if (j >= n) bail();
      const ch = src.charCodeAt(j);
      if (ch === 0x3e || ch === 0x2f) break;
      if (j === start) bail(); // attributes must be separated by white space
      let k = j;
      while (k < n) {
        const d = src.charCodeAt(k);
        if (d === 0x3d || isSpace(d) || d === 0x3e || d === 0x2f) break;
        k++;
      }
      const an = src.slice(j, k);
      checkName(an);
      while (k < n && isSpace(src.charCodeAt(k))) k++;
      if (src.charCodeAt(k) !== 0x3d) bail();
      k++;
      while (k < n && isSpace(src.charCodeAt(k))) k++;
      const q = src.charCodeAt(k);
      if (q !== 0x22 && q !== 0x27) bail();
      const end = src.indexOf(q === 0x22 ? '"' : "'", k + 1);
      if (end < 0) bail();
      const value = attrValue(src.slice(k + 1, end));
      (attrs ??= []).push(an, value);
      if (an === "xmlns" || an.startsWith("xmlns:")) {
        if (!copied) {
          elNs = { ...elNs };
          copied = true;
        }
        const prefix = an === "xmlns" ? "" : an.slice(6);
        if (prefix !== "" && value === "") bail();
        if (prefix === "xml" || prefix === "xmlns") bail();
        elNs[prefix] = value;
      }
      j = end + 1;
    }
    const selfClosing = src.charCodeAt(j) === 0x2f;
    if (selfClosing && src.charCodeAt(j + 1) !== 0x3e) bail();
    const colon = qName.indexOf(":");
    const uri = colon < 0 ? elNs[""] || null : elNs[qName.slice(0, colon)];
    if (uri === undefined) bail();
    if (colon >= 0 && qName.startsWith("xmlns:")) bail();
    const el = doc.createElementNS(uri, qName);
    if (attrs) {
      const seen = attrs.length > 2 ? new Set<string>() : undefined;
      for (let a = 0; a < attrs.length; a += 2) {
        const an = attrs[a];
        const ac = an.indexOf(":");
        let attrUri: string | null;
        if (an === "xmlns" || an.startsWith("xmlns:")) attrUri = XMLNS_NS;
        else if (ac < 0) attrUri = null;
        else {
          const u = elNs[an.slice(0, ac)];
          if (u === undefined || u === "") bail();
          attrUri = u;
        }
        if (seen) {
          const key = `${attrUri ?? ""}|${ac < 0 ? an : an.slice(ac + 1)}`;
          if (seen.has(key)) bail();
          seen.add(key);
        }
        const attr = doc.createAttributeNS(attrUri, an);
        attr.value = attr.nodeValue = attrs[a + 1];
        el.setAttributeNode(attr);
      }
    }
    parent.appendChild(el);
    if (parent === doc) rootSeen = true;
    if (selfClosing) i = j + 2;
    else {
      stack.push({ el, ns: elNs });
      ns = elNs;
      parent = el;
      i = j + 1;
    }
  }
  if (stack.length > 0 || !rootSeen) bail();
  return doc;
}
