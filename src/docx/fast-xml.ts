import { DocxError } from "./errors";

/**
 * A small, fast, read-only XML parser for the parts the reader walks (document, styles, headers,
 * footers). xmldom takes about half a second on the document.xml of a 60,000-word report; this
 * takes a fraction of that. It builds just enough of a DOM for src/docx/xml.ts helpers:
 * elements with resolved namespaces and attributes, text (entities and CDATA decoded), linked
 * by firstChild/nextSibling. Comments, processing instructions and the doctype are dropped.
 *
 * It checks well-formedness as far as reading needs: tags must nest and close, attributes must
 * be quoted, entities must be known, prefixes must be declared, and there must be one root.
 * Anything else is a DocxError naming the part.
 */

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export type XNode = XElement | XText;

export class XText {
  readonly nodeType = 3;
  nextSibling: XNode | null = null;
  readonly firstChild: null = null;
  constructor(readonly data: string) {}
  get textContent(): string {
    return this.data;
  }
}

export interface XAttr {
  ns: string | null;
  local: string;
  qname: string;
  value: string;
}

export class XElement {
  readonly nodeType = 1;
  firstChild: XNode | null = null;
  lastChild: XNode | null = null;
  nextSibling: XNode | null = null;
  private parsed: XAttr[] | null = null;

  constructor(
    readonly localName: string,
    readonly namespaceURI: string | null,
    readonly tagName: string,
    /** The start tag's attribute text, already checked; parsed when first asked for. */
    private readonly rawAttributes: string,
    private readonly scope: Scope,
    private readonly partName: string,
  ) {}

  get attributes(): readonly XAttr[] {
    return (this.parsed ??=
      this.rawAttributes === ""
        ? []
        : resolveAttributes(this.rawAttributes, this.scope, this.tagName, this.partName));
  }

  getAttributeNS(ns: string | null, local: string): string | null {
    if (this.rawAttributes === "") return null;
    for (const a of this.attributes) if (a.local === local && a.ns === ns) return a.value;
    return null;
  }

  getAttribute(qname: string): string | null {
    if (this.rawAttributes === "") return null;
    for (const a of this.attributes) if (a.qname === qname) return a.value;
    return null;
  }

  get textContent(): string {
    const out: string[] = [];
    collectText(this, out);
    return out.join("");
  }

  append(node: XNode): void {
    if (this.lastChild) this.lastChild.nextSibling = node;
    else this.firstChild = node;
    this.lastChild = node;
  }
}

function collectText(el: XElement, out: string[]): void {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out.push(n.data);
    else collectText(n, out);
  }
}

export interface XDocument {
  documentElement: XElement;
}

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

class Scope {
  constructor(
    readonly parent: Scope | null,
    readonly map: Map<string, string>,
  ) {}
  lookup(prefix: string): string | undefined {
    return this.map.get(prefix) ?? this.parent?.lookup(prefix);
  }
}

const ROOT_SCOPE = new Scope(
  null,
  new Map([
    ["xml", XML_NS],
    ["xmlns", XMLNS_NS],
  ]),
);

function damaged(partName: string, what: string): DocxError {
  return new DocxError(`the file is damaged: ${partName} is not well-formed XML (${what})`);
}

/** Decode entity and character references (the text has been checked by `checkEntities`). */
function decode(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, name: string) => {
    if (name.charCodeAt(0) !== 35) return PREDEFINED[name];
    return String.fromCodePoint(
      name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
    );
  });
}

/** Undefined when every "&" in `raw` starts a known reference; else what is wrong. */
function checkEntities(raw: string): string | undefined {
  for (let at = raw.indexOf("&"); at >= 0; at = raw.indexOf("&", at + 1)) {
    const m = /^&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/.exec(raw.slice(at, at + 12));
    if (!m) return `a bad entity reference "${raw.slice(at, at + 10).split(/[\s<]/)[0]}"`;
    if (m[1].charCodeAt(0) === 35) {
      const code = m[1][1] === "x" ? parseInt(m[1].slice(2), 16) : parseInt(m[1].slice(1), 10);
      if (code > 0x10ffff) return `a bad character reference "${m[0]}"`;
    }
  }
  return undefined;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 10 || ch === 9 || ch === 13;
}

/**
 * Check a start tag's attributes from `from`; returns the index just after the tag's ">" (or
 * "/>") and whether it closed itself, or a problem.
 */
function scanAttributes(src: string, from: number): { end: number; selfClosing: boolean } | string {
  const len = src.length;
  let i = from;
  for (;;) {
    while (i < len && isSpace(src.charCodeAt(i))) i++;
    if (i >= len) return "an unclosed start tag";
    const ch = src.charCodeAt(i);
    if (ch === 62 /* > */) return { end: i + 1, selfClosing: false };
    if (ch === 47 /* / */)
      return src.charCodeAt(i + 1) === 62 ? { end: i + 2, selfClosing: true } : "a bad start tag";
    const nameStart = i;
    while (i < len) {
      const c = src.charCodeAt(i);
      if (
        c === 61 /* = */ ||
        isSpace(c) ||
        c === 62 ||
        c === 60 ||
        c === 47 ||
        c === 34 ||
        c === 39
      )
        break;
      i++;
    }
    if (i === nameStart) return "a bad attribute";
    while (i < len && isSpace(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) !== 61) return "an attribute without a value";
    i++;
    while (i < len && isSpace(src.charCodeAt(i))) i++;
    const quote = src[i];
    if (quote !== '"' && quote !== "'") return "an unquoted attribute value";
    const close = src.indexOf(quote, i + 1);
    if (close < 0) return "an unclosed attribute value";
    let amp = false;
    for (let k = i + 1; k < close; k++) {
      const v = src.charCodeAt(k);
      if (v === 60 /* < */) return '"<" in an attribute value';
      if (v === 38 /* & */) amp = true;
    }
    if (amp) {
      const problem = checkEntities(src.slice(i + 1, close));
      if (problem) return problem;
    }
    i = close + 1;
    const next = src.charCodeAt(i);
    if (!isSpace(next) && next !== 62 && next !== 47) return "attributes not separated by a space";
  }
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Split checked attribute text into name/value pairs, values decoded and normalised. */
function splitAttributes(raw: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(raw); m; m = ATTRIBUTE.exec(raw)) {
    const value = m[2] ?? m[3] ?? "";
    out.push([m[1], decode(/[\t\n\r]/.test(value) ? value.replace(/[\t\n\r]/g, " ") : value)]);
  }
  return out;
}

/** Namespace declarations among the attributes, or null when there are none. */
function declarations(raw: string): Map<string, string> | null {
  if (raw.indexOf("xmlns") < 0) return null;
  let map: Map<string, string> | null = null;
  for (const [name, value] of splitAttributes(raw)) {
    if (name === "xmlns") (map ??= new Map()).set("", value);
    else if (name.startsWith("xmlns:")) (map ??= new Map()).set(name.slice(6), value);
  }
  return map;
}

function resolveAttributes(raw: string, scope: Scope, tagName: string, partName: string): XAttr[] {
  return splitAttributes(raw).map(([qname, value]) => {
    const colon = qname.indexOf(":");
    if (colon < 0) return { ns: qname === "xmlns" ? XMLNS_NS : null, local: qname, qname, value };
    const prefix = qname.slice(0, colon);
    const ns = scope.lookup(prefix);
    if (ns === undefined)
      throw damaged(partName, `an undeclared namespace prefix "${prefix}" on <${tagName}>`);
    return { ns, local: qname.slice(colon + 1), qname, value };
  });
}

/** Parse `source` (a whole XML part). Throws DocxError naming `partName` when it is not well-formed. */
export function parseFastXml(source: string, partName: string): XDocument {
  const src = source.indexOf("\r") >= 0 ? source.replace(/\r\n?/g, "\n") : source;
  const fail = (what: string, at: number): never => {
    const line = src.slice(0, at).split("\n").length;
    throw damaged(partName, `${what}, line ${line}`);
  };
  const text = (raw: string, at: number): XText => {
    if (raw.indexOf("&") >= 0) {
      const problem = checkEntities(raw);
      if (problem) fail(problem, at);
    }
    return new XText(decode(raw));
  };

  const len = src.length;
  const stack: XElement[] = [];
  const scopes: Scope[] = [];
  /** Prefix -> namespace for the current scope, so most elements need one Map lookup. */
  let scope = ROOT_SCOPE;
  let root: XElement | null = null;
  let pos = 0;

  while (pos < len) {
    const lt = src.indexOf("<", pos);
    const textEnd = lt < 0 ? len : lt;
    if (textEnd > pos) {
      const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
      if (parent) parent.append(text(src.slice(pos, textEnd), pos));
      else if (src.slice(pos, textEnd).trim() !== "") fail("text outside the root element", pos);
    }
    if (lt < 0) break;
    const c = src.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      const gt = src.indexOf(">", lt);
      if (gt < 0) fail("an unclosed end tag", lt);
      const name = src.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open) return fail(`an end tag </${name}> with no start tag`, lt);
      if (open.tagName !== name) fail(`<${open.tagName}> closed by </${name}>`, lt);
      scope = scopes.pop()!;
      pos = gt + 1;
      continue;
    }
    if (c === 63 /* ? */) {
      const end = src.indexOf("?>", lt + 2);
      if (end < 0) fail("an unclosed processing instruction", lt);
      pos = end + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (src.startsWith("<!--", lt)) {
        const end = src.indexOf("-->", lt + 4);
        if (end < 0) fail("an unclosed comment", lt);
        pos = end + 3;
      } else if (src.startsWith("<![CDATA[", lt)) {
        const end = src.indexOf("]]>", lt + 9);
        if (end < 0) fail("an unclosed CDATA section", lt);
        const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
        if (!parent) fail("CDATA outside the root element", lt);
        parent!.append(new XText(src.slice(lt + 9, end)));
        pos = end + 3;
      } else if (src.startsWith("<!DOCTYPE", lt)) {
        if (root || stack.length) fail("a doctype after the root element", lt);
        const bracket = src.indexOf("[", lt);
        const gt = src.indexOf(">", lt);
        const end = bracket >= 0 && bracket < gt ? src.indexOf("]>", bracket) : gt;
        if (end < 0) fail("an unclosed doctype", lt);
        pos = end + (src[end] === "]" ? 2 : 1);
      } else fail("a bad markup declaration", lt);
      continue;
    }

    // A start tag: its name, then attributes (checked now, parsed when first read).
    let i = lt + 1;
    while (i < len) {
      const ch = src.charCodeAt(i);
      if (isSpace(ch) || ch === 62 /* > */ || ch === 47 /* / */ || ch === 60 /* < */) break;
      i++;
    }
    const tagName = src.slice(lt + 1, i);
    if (tagName === "") fail("a bad start tag", lt);
    const scanned = scanAttributes(src, i);
    if (typeof scanned === "string") return fail(`${scanned} in <${tagName}>`, lt);
    const rawAttributes =
      scanned.end - i > (scanned.selfClosing ? 2 : 1)
        ? src.slice(i, scanned.end - (scanned.selfClosing ? 2 : 1)).trim()
        : "";
    const declared = rawAttributes === "" ? null : declarations(rawAttributes);
    const elementScope = declared ? new Scope(scope, declared) : scope;
    const colon = tagName.indexOf(":");
    const prefix = colon >= 0 ? tagName.slice(0, colon) : "";
    const ns = elementScope.lookup(prefix);
    if (ns === undefined && prefix !== "") fail(`an undeclared namespace prefix "${prefix}"`, lt);
    const el = new XElement(
      colon >= 0 ? tagName.slice(colon + 1) : tagName,
      ns || null,
      tagName,
      rawAttributes,
      elementScope,
      partName,
    );
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (parent) parent.append(el);
    else if (root) fail("a second root element", lt);
    else root = el;
    if (!scanned.selfClosing) {
      stack.push(el);
      scopes.push(scope);
      scope = elementScope;
    }
    pos = scanned.end;
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].tagName}> is never closed`, len);
  if (!root) fail("no root element", 0);
  return { documentElement: root! };
}
