import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { findGuidance, stripGuidance } from "../../../src/docx/strip";
import { builtinPack } from "../../../src/core/packs/registry";
import { guidanceTexts, templateLayout } from "../../../src/core/template/layout";
import { writeTemplateDocx } from "../../../src/docx/write/template";
import { readDocx } from "../../../src/docx/read/docx";
import { assertValidStructure, paragraphTexts, readPart } from "./helpers";
import { FIXTURES, fixtureGuidance } from "./fixture-guidance";

describe("a .docx written by LibreOffice from an agency-style template", () => {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, "agency-template.docx")));

  it("loses every guidance passage and keeps every other paragraph's text", async () => {
    const guidance = fixtureGuidance();
    expect(guidance).toHaveLength(10);
    const before = paragraphTexts(await readPart(bytes, "word/document.xml"));
    const { bytes: out, report } = await stripGuidance(bytes);
    const xml = await readPart(out, "word/document.xml");
    assertValidStructure(xml);
    const after = paragraphTexts(xml);
    // Expected: each paragraph with the guidance cut out; paragraphs left empty go, and so does
    // the table's example row (its three cells were all guidance).
    const queue = [...guidance]; // the HTML order is the document order
    const expected: string[] = [];
    for (const t of before) {
      let rest = t;
      while (queue.length > 0 && rest.includes(queue[0])) rest = rest.replace(queue.shift()!, "");
      if (rest !== "" || t === "") expected.push(rest);
    }
    expect(queue).toEqual([]);
    expect(after).toEqual(expected);
    expect(after).toContain("Records reviewed:  RIO and SystmOne.");
    expect(after).toContain("Important: the referral was not followed up.");
    for (const g of guidance.filter((x) => x.length > 12))
      expect(xml).not.toContain(g.replace(/'/g, "&apos;"));
    expect(report.count).toBe(10);
    expect(report.ambiguous.map((a) => [a.reason, a.firstWords])).toEqual([
      ["italic-not-red", "Safeguarding Adults"],
      ["red-not-italic", "Important: the referral was not followed up."],
    ]);
  });

  it("keeps every part but document.xml byte for byte", async () => {
    const { bytes: out } = await stripGuidance(bytes);
    const [a, b] = await Promise.all([JSZip.loadAsync(bytes), JSZip.loadAsync(out)]);
    for (const name of Object.keys(a.files)) {
      if (a.files[name].dir || name === "word/document.xml") continue;
      expect([name, await b.file(name)!.async("uint8array")]).toEqual([
        name,
        await a.file(name)!.async("uint8array"),
      ]);
    }
  });
});

describe("a template written by `imr template`", () => {
  it.each(["dhr", "cspr", "sar"])(
    "the %s template loses all its guidance and keeps its headings and tables",
    async (id) => {
      const pack = builtinPack(id)!;
      const bytes = await writeTemplateDocx(pack);
      const found = await findGuidance(bytes);
      expect(found.notes.every((n) => n.kind === "tagged-control")).toBe(true);
      const { bytes: out } = await stripGuidance(bytes);
      for (const name of ["word/document.xml"]) assertValidStructure(await readPart(out, name));
      const paragraphs = paragraphTexts(await readPart(out, "word/document.xml"));
      const text = paragraphs.join("\n");
      // Guidance text that is not also ordinary template text (a heading, a column header) is gone.
      const layout = templateLayout(pack);
      const ordinary = new Set<string>();
      for (const item of layout) {
        if (
          item.kind === "heading" ||
          item.kind === "title" ||
          item.kind === "paragraph" ||
          item.kind === "marking"
        )
          ordinary.add(item.text);
        if (item.kind === "table")
          for (const row of item.rows)
            for (const c of row) if (c.kind === "text") ordinary.add(c.text);
      }
      const guidance = guidanceTexts(layout).filter(
        (g) => ![...ordinary].some((o) => o.includes(g)),
      );
      expect(guidance.length).toBeGreaterThan(10);
      for (const g of guidance) expect(text).not.toContain(g);
      for (const s of pack.sections) expect(text).toContain(s.title);
      // The reader (written separately) sees no guidance left.
      const model = await readDocx(out);
      for (const b of model.blocks) {
        if (b.kind === "paragraph") expect(b.guidanceSpans ?? []).toEqual([]);
        else expect((b.guidanceCells ?? []).flat().some(Boolean)).toBe(false);
      }
      expect(await findGuidance(out)).toMatchObject({ count: 0 });
    },
  );
});
