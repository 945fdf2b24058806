import fc from "fast-check";
import type { Element, Node } from "@xmldom/xmldom";
import { stripGuidance } from "../../../src/docx/strip";
import {
  assertValidStructure,
  deletedText,
  makeDocx,
  paraText,
  parseStrict,
  readPart,
  W,
} from "./helpers";
import {
  Builder,
  documentArb,
  expected,
  GUIDANCE_ALPHABET,
  MODEL_STYLES,
  type Block,
} from "./model";

/** Non-empty paragraph texts outside tables, and tables as rows of cell texts, in body order. */
function actual(xml: string): { paragraphs: string[]; tables: string[][][] } {
  const doc = parseStrict(xml);
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  const out = { paragraphs: [] as string[], tables: [] as string[][][] };
  const isW = (n: Node, name: string): n is Element =>
    n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === name;
  const cellText = (tc: Element): string => {
    const texts: string[] = [];
    const walk = (n: Element): void => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (isW(c, "p")) texts.push(paraText(c));
        else if (c.nodeType === 1) walk(c as Element);
      }
    };
    walk(tc);
    return texts.filter((t) => t !== "").join("\n");
  };
  const rows = (n: Element, into: string[][]): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (isW(c, "tr")) {
        const cells: string[] = [];
        const collect = (x: Element): void => {
          for (let d = x.firstChild; d; d = d.nextSibling) {
            if (isW(d, "tc")) cells.push(cellText(d));
            else if (d.nodeType === 1 && !isW(d, "trPr")) collect(d as Element);
          }
        };
        collect(c);
        into.push(cells);
      } else if (c.nodeType === 1 && !isW(c, "tblPr") && !isW(c, "tblGrid"))
        rows(c as Element, into);
    }
  };
  const blocks = (n: Element): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (isW(c, "p")) {
        const t = paraText(c);
        if (t !== "") out.paragraphs.push(t);
      } else if (isW(c, "tbl")) {
        const grid: string[][] = [];
        rows(c, grid);
        out.tables.push(grid);
      } else if (c.nodeType === 1) blocks(c as Element);
    }
  };
  blocks(body);
  return out;
}

async function build(model: Block[]): Promise<{ bytes: Uint8Array; builder: Builder }> {
  const builder = new Builder();
  const body = builder.document(model);
  const bytes = await makeDocx({ body, styles: MODEL_STYLES, comments: builder.comments.join("") });
  return { bytes, builder };
}

const ids = (xml: string, localName: string): string[] =>
  Array.from(parseStrict(xml).getElementsByTagNameNS(W, localName))
    .map((e) => e.getAttributeNS(W, "id") ?? "")
    .sort();

/** STRIP_RUNS=5000 npx jest test/docx/strip/strip.property for a longer search. */
const RUNS = Number(process.env.STRIP_RUNS ?? 300);

describe("stripGuidance on generated documents", () => {
  it(
    "keeps every author character in order, removes every guidance character, stays valid and is idempotent",
    async () => {
      await fc.assert(
        fc.asyncProperty(documentArb, async (model) => {
          const { bytes: input, builder } = await build(model);
          const once = await stripGuidance(input);
          const xml = await readPart(once.bytes, "word/document.xml");
          assertValidStructure(xml);
          // Comments: every anchor left has its comment and the reverse; the author's survive.
          const comments = ids(await readPart(once.bytes, "word/comments.xml"), "comment");
          expect(ids(xml, "commentReference")).toEqual(comments);
          expect(ids(xml, "commentRangeStart")).toEqual(comments);
          for (const id of builder.authorComments) expect(comments).toContain(id);
          const want = expected(model);
          const got = actual(xml);
          expect(got.paragraphs).toEqual(want.paragraphs);
          expect(got.tables).toEqual(want.tables);
          expect(deletedText(xml)).toBe(want.deleted);
          const allText = got.paragraphs.join("") + got.tables.flat(2).join("") + deletedText(xml);
          expect(allText).not.toMatch(GUIDANCE_ALPHABET);
          const twice = await stripGuidance(once.bytes);
          expect(twice.report.count).toBe(0);
          expect(await readPart(twice.bytes, "word/document.xml")).toBe(xml);
        }),
        { numRuns: RUNS },
      );
    },
    Math.max(120000, RUNS * 60),
  );
});
