import fc from "fast-check";
import { XMLSerializer } from "@xmldom/xmldom";
import { fastParseXml } from "../../../src/docx/strip/fast-xml";
import { parsePart, parseWithXmldom } from "../../../src/docx/strip/ooxml";
import { DocxError } from "../../../src/docx/errors";

/** The fast parser must build exactly the DOM xmldom's DOMParser builds, or step aside. */

const ser = (xml: string, fast: boolean): string => {
  const doc = fast ? fastParseXml(xml) : parseWithXmldom(xml, "test.xml");
  if (!doc) throw new Error("fast parser gave up");
  return new XMLSerializer().serializeToString(doc);
};

interface El {
  name: string;
  attrs: [string, string, "'" | '"'][];
  kids: (El | { text: string } | { cdata: string } | { comment: string })[];
  selfClose: boolean;
}

const nameArb = fc.constantFrom("w:p", "w:r", "w:t", "a:b", "item", "x-y", "w:rPr", "m.n", "_u");
const attrNameArb = fc.constantFrom("w:val", "w:id", "val", "xml:space", "a:x", "data-v");
const textArb = fc.string({
  unit: fc.constantFrom(
    "a",
    "b",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&apos;",
    "&#233;",
    "&#x1F600;",
    ">",
    "é",
    "\u2028",
    "'",
    '"',
  ),
  maxLength: 12,
});
const attrValueArb = fc.string({
  unit: fc.constantFrom("a", " ", "\t", "\n", "\r\n", "&amp;", "&lt;", "&#10;", "&#x9;", ">", "é"),
  maxLength: 8,
});

const elArb: fc.Arbitrary<El> = fc.letrec<{ el: El }>((tie) => ({
  el: fc.record({
    name: nameArb,
    attrs: fc.uniqueArray(
      fc.tuple(attrNameArb, attrValueArb, fc.constantFrom<"'" | '"'>("'", '"')),
      { selector: (a) => a[0], maxLength: 3 },
    ),
    kids: fc.array(
      fc.oneof(
        { depthSize: "small", maxDepth: 4 },
        fc.record({ text: textArb }),
        fc.record({
          cdata: fc
            .string({ unit: fc.constantFrom("a", "<", "&", "]", " "), maxLength: 6 })
            .filter((s) => !s.includes("]]") && !s.endsWith("]")),
        }),
        fc.record({
          comment: fc
            .string({ unit: fc.constantFrom("a", " ", "<", "-x"), maxLength: 6 })
            .filter((s) => !s.includes("--") && !s.endsWith("-")),
        }),
        tie("el"),
      ),
      { maxLength: 4 },
    ),
    selfClose: fc.boolean(),
  }),
})).el;

function write(el: El, ws: string): string {
  const attrs = el.attrs
    .map(
      ([n, v, q]) =>
        ` ${n}=${q}${q === "'" ? v.replace(/'/g, "&apos;") : v.replace(/"/g, "&quot;")}${q}`,
    )
    .join("");
  if (el.kids.length === 0 && el.selfClose) return `<${el.name}${attrs}${ws}/>`;
  const kids = el.kids
    .map((k) =>
      "name" in k
        ? write(k, ws)
        : "text" in k
          ? k.text
          : "cdata" in k
            ? `<![CDATA[${k.cdata}]]>`
            : `<!--${k.comment}-->`,
    )
    .join("");
  return `<${el.name}${attrs}${ws}>${kids}</${el.name}${ws}>`;
}

const NS = 'xmlns:w="urn:w" xmlns:a="urn:a"';

describe("fast XML parser", () => {
  it("builds the same DOM as xmldom for generated documents", () => {
    fc.assert(
      fc.property(elArb, fc.constantFrom("", " ", "\n"), fc.boolean(), (root, ws, decl) => {
        const body = write({ ...root, name: "w:root" }, ws).replace("<w:root", `<w:root ${NS}`);
        const xml = `${decl ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : ""}<!-- lead -->${body}\n<?pi data?>`;
        expect(ser(xml, true)).toBe(ser(xml, false));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    [
      "a default namespace and an undeclaration",
      '<root xmlns="urn:d"><a/><b xmlns=""><c/></b></root>',
    ],
    [
      "a prefix redeclared lower down",
      '<w:r xmlns:w="urn:1"><w:x xmlns:w="urn:2" w:a="1"/><w:y/></w:r>',
    ],
    ["attributes spread over lines", "<r\n  a = \"1\"\n\tb='2'/>"],
    ["the XML declaration, CR LF and U+2028", '<?xml version="1.0"?>\r\n<r>a\r\nb\rc\u2028d</r>'],
    ["whitespace before the root", "\n  <r/>\n"],
  ])("matches xmldom with %s", (_name, xml) => {
    expect(ser(xml, true)).toBe(ser(xml, false));
  });

  it.each([
    ["a DOCTYPE", '<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>'],
    ["an unknown entity", "<r>&nbsp;</r>"],
    ["a mismatched end tag", "<r><a></b></r>"],
    ["an unclosed element", "<r><a></r>"],
    ["an undeclared prefix", "<w:r/>"],
    ["a duplicate attribute", '<r a="1" a="2"/>'],
    ["a < in an attribute", '<r a="<"/>'],
    ["two roots", "<r/><s/>"],
    ["text outside the root", "<r/>text"],
    ["a bare ampersand", "<r>a & b</r>"],
    ["non-ASCII names", "<é/>"],
    ["no root", "<!-- only a comment -->"],
  ])("gives up on %s", (_name, xml) => {
    expect(fastParseXml(xml)).toBeUndefined();
  });

  it("leaves bad XML to xmldom, which reports it as a damaged part", () => {
    expect(() => parsePart("<r><a></b></r>", "word/document.xml")).toThrow(DocxError);
    expect(() => parsePart("<r><a></b></r>", "word/document.xml")).toThrow(
      /word\/document\.xml is not well-formed XML/,
    );
    // Well-formed XML the fast parser does not take still parses.
    expect(new XMLSerializer().serializeToString(parsePart("<é>x</é>", "p.xml"))).toBe("<é>x</é>");
  });
});
