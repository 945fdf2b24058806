import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Element as DomElement, Node as DomNode } from "@xmldom/xmldom";
import fc from "fast-check";
import { DocxError } from "../../src/docx/errors";
import { parseFastXml, type XElement, type XNode } from "../../src/docx/fast-xml";
import { BUILTIN_PACKS } from "../../src/core/packs/registry";
import { writeTemplateDocx } from "../../src/docx/write/template";
import { escapeAttr, escapeText } from "../../src/docx/xml";
import { unzip } from "./helpers";

/** One canonical line per node, for comparing two parsers. */
function canonFast(n: XNode, out: string[] = []): string[] {
  if (n.nodeType === 3) out.push(`T:${n.data}`);
  else {
    const attrs = n.attributes.map((a) => `${a.ns ?? ""}|${a.local}=${a.value}`).sort();
    out.push(`E:${n.namespaceURI ?? ""}|${n.localName}[${attrs.join(",")}]`);
    for (let c = n.firstChild; c; c = c.nextSibling) canonFast(c, out);
    out.push("/");
  }
  return out;
}

function canonDom(n: DomNode, out: string[] = []): string[] {
  if (n.nodeType === 3 || n.nodeType === 4) out.push(`T:${n.nodeValue}`);
  else if (n.nodeType === 1) {
    const el = n as DomElement;
    const attrs = Array.from(el.attributes)
      .map((a) => `${a.namespaceURI ?? ""}|${a.localName}=${a.value}`)
      .sort();
    out.push(`E:${el.namespaceURI ?? ""}|${el.localName}[${attrs.join(",")}]`);
    for (let c = el.firstChild; c; c = c.nextSibling) canonDom(c, out);
    out.push("/");
  }
  return out;
}

/** Adjacent text nodes (text + CDATA) merge in xmldom's view; merge them here too. */
function mergeText(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (l.startsWith("T:") && last?.startsWith("T:")) out[out.length - 1] = last + l.slice(2);
    else out.push(l);
  }
  return out.filter((l) => l !== "T:");
}

function sameAsXmldom(xml: string): void {
  const fast = mergeText(canonFast(parseFastXml(xml, "part").documentElement));
  const dom = mergeText(
    canonDom(
      new DOMParser({
        onError: () => undefined,
        normalizeLineEndings: (s: string) => s.replace(/\r\n?/g, "\n"),
      }).parseFromString(xml, "application/xml").documentElement!,
    ),
  );
  expect(fast).toEqual(dom);
}

function damaged(xml: string): string {
  try {
    parseFastXml(xml, "word/document.xml");
  } catch (e) {
    expect(e).toBeInstanceOf(DocxError);
    return (e as Error).message;
  }
  throw new Error("accepted XML that is not well-formed");
}

describe("parseFastXml", () => {
  it("resolves element and attribute namespaces, including redeclared and default ones", () => {
    const doc = parseFastXml(
      `<?xml version="1.0"?><!-- c --><a:root xmlns:a="urn:a" xmlns="urn:d" a:x="1" y='2'><child z="3"/><a:b xmlns:a="urn:other" a:q="4"/></a:root>`,
      "p",
    );
    const root = doc.documentElement;
    expect([
      root.namespaceURI,
      root.localName,
      root.getAttributeNS("urn:a", "x"),
      root.getAttributeNS(null, "y"),
      root.getAttribute("a:x"),
    ]).toEqual(["urn:a", "root", "1", "2", "1"]);
    const child = root.firstChild as XElement;
    expect([child.namespaceURI, child.localName, child.getAttributeNS(null, "z")]).toEqual([
      "urn:d",
      "child",
      "3",
    ]);
    const b = child.nextSibling as XElement;
    expect([
      b.namespaceURI,
      b.getAttributeNS("urn:other", "q"),
      b.getAttributeNS("urn:a", "q"),
    ]).toEqual(["urn:other", "4", null]);
  });

  it("decodes entities, character references and CDATA; normalises line ends and attribute white space", () => {
    const root = parseFastXml(
      `<r a="x&#10;y\tz &amp; &quot;q&quot;">A &lt;&gt;&amp;&apos;&quot; &#x2014;&#163;<![CDATA[<raw & stuff>]]>\r\nend</r>`,
      "p",
    ).documentElement;
    expect(root.textContent).toBe("A <>&'\" —£<raw & stuff>\nend");
    expect(root.getAttribute("a")).toBe('x\ny z & "q"');
  });

  it("reads every part of every template the same as xmldom does", async () => {
    for (const pack of BUILTIN_PACKS) {
      for (const [name, xml] of await unzip(await writeTemplateDocx(pack)))
        if (name.endsWith(".xml") || name.endsWith(".rels")) sameAsXmldom(xml);
    }
  });

  it("reads the LibreOffice fixture's parts the same as xmldom does", async () => {
    const bytes = new Uint8Array(
      readFileSync(join(__dirname, "../fixtures/docx/libreoffice-agency-template.docx")),
    );
    for (const [name, xml] of await unzip(bytes)) if (name.endsWith(".xml")) sameAsXmldom(xml);
  });

  it("reads generated text and attribute values the same as xmldom does", () => {
    const text = fc.string({
      unit: fc.constantFrom(..."ab <>&\"'\t\n\r]]>£—\u2028".split("")),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, text, (t, a) => {
        sameAsXmldom(
          `<w:p xmlns:w="urn:w" w:val="${escapeAttr(a)}"><w:t>${escapeText(t)}</w:t></w:p>`,
        );
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["", /no root element/],
    ["<a><b></a>", /<b> closed by <\/a>/],
    ["<a>", /<a> is never closed/],
    ["<a></a><b/>", /a second root element/],
    ["<a/>text", /text outside the root element/],
    ["<a>&nbsp;</a>", /a bad entity reference "&nbsp;"/],
    ["<a>AT&T</a>", /a bad entity reference "&T<\/a>"|a bad entity reference "&T"/],
    ["<a x=1/>", /an unquoted attribute value in <a>/],
    ['<a x="<"/>', /"<" in an attribute value in <a>/],
    ['<a x="1"y="2"/>', /attributes not separated by a space in <a>/],
    ["<w:a/>", /an undeclared namespace prefix "w"/],
    ["<a><!-- never closed </a>", /an unclosed comment/],
    ['<a x="1', /an unclosed attribute value/],
    ["</a>", /an end tag <\/a> with no start tag/],
  ])("rejects %j with a DocxError naming the part", (xml, problem) => {
    const message = damaged(xml);
    expect(message).toMatch(/^the file is damaged: word\/document\.xml is not well-formed XML \(/);
    expect(message).toMatch(problem);
    expect(message).not.toContain("\n");
  });

  it("says which attribute prefix is undeclared when an attribute is read", () => {
    const root = parseFastXml(`<a q:x="1"/>`, "word/styles.xml").documentElement;
    expect(() => root.getAttribute("q:x")).toThrow(/an undeclared namespace prefix "q" on <a>/);
  });
});
