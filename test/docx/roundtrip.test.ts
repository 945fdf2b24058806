import fc from "fast-check";
import { BUILTIN_PACKS } from "../../src/core/packs/registry";
import { guidanceTexts, templateLayout } from "../../src/core/template/layout";
import { isWhollyGuidance } from "../../src/core/model/text";
import { readDocx } from "../../src/docx/read/docx";
import { writeTemplateDocx } from "../../src/docx/write/template";
import { guidanceOf, paragraphs, smallPack, squashAll, tables } from "./helpers";

describe.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))(
  "write then read the %s template",
  (_id, pack) => {
    let model: Awaited<ReturnType<typeof readDocx>>;
    beforeAll(async () => {
      model = await readDocx(await writeTemplateDocx(pack));
    });

    it("reads every section title back as a heading of the right level, in order", () => {
      const headings = paragraphs(model)
        .filter((p) => p.headingLevel !== undefined)
        .map((p) => [p.text, p.headingLevel, p.style]);
      expect(headings).toEqual(pack.sections.map((s) => [s.title, s.level, `Heading ${s.level}`]));
    });

    it("reads the cover title as Title, not as a heading", () => {
      const title = paragraphs(model).find((p) => p.text === pack.cover.title)!;
      expect(title.style).toBe("Title");
      expect(title.headingLevel).toBeUndefined();
    });

    it("finds every guidance text inside guidance spans or guidance cells", () => {
      const found = new Set<string>();
      for (const p of paragraphs(model)) for (const g of guidanceOf(p)) found.add(squashAll(g));
      for (const t of tables(model))
        t.rows.forEach((row, r) =>
          row.forEach((cell, c) => t.guidanceCells?.[r]?.[c] && found.add(squashAll(cell))),
        );
      const expected = guidanceTexts(templateLayout(pack)).map(squashAll);
      expect(expected.length).toBeGreaterThan(10);
      for (const text of expected) expect(found).toContain(text);
    });

    it("tags each guidance paragraph with its note's tag and marks it wholly guidance", () => {
      const notes = templateLayout(pack).filter((i) => i.kind === "guidance");
      for (const note of notes) {
        const paras = paragraphs(model).filter((p) => p.tag === note.tag);
        expect(paras.map((p) => p.text)).toEqual(note.paragraphs.map((p) => p.text));
        for (const p of paras) expect(isWhollyGuidance(p)).toBe(true);
      }
    });

    it("reads no author text as guidance", () => {
      for (const p of paragraphs(model)) if (!p.tag) expect(p.guidanceSpans).toBeUndefined();
    });

    it("reads each table back with the pack's columns", () => {
      const read = tables(model);
      const layoutTables = templateLayout(pack).filter((i) => i.kind === "table");
      expect(read).toHaveLength(layoutTables.length);
      let checked = 0;
      for (const spec of [
        pack.chronology,
        pack.actionPlan,
        pack.professionals,
        pack.keyToInitials,
      ]) {
        if (!spec || !pack.sections.some((s) => s.table && pack[s.table] === spec)) continue;
        const headers = spec.columns.map((c) => c.header);
        const table = read.find((t) => t.rows[0].join("|") === headers.join("|"));
        expect(table).toBeDefined();
        expect(table!.hasMergedCells).toBeUndefined();
        expect(table!.rows.every((r) => r.length === headers.length)).toBe(true);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
      const cover = read[0];
      expect(cover.rows.map((r) => r[0])).toEqual(pack.cover.fields.map((f) => f.label));
    });

    it("has the marking at the top of the body, in the header and in the footer", () => {
      expect(model.blocks[0]).toMatchObject({
        kind: "paragraph",
        text: pack.protectiveMarking.default,
        id: "b0",
      });
      expect(paragraphs(model, "header").map((p) => p.text)).toEqual([
        pack.protectiveMarking.default,
      ]);
      expect(paragraphs(model, "header")[0].id).toBe("h0");
      expect(paragraphs(model, "footer").map((p) => p.text)).toEqual([
        pack.protectiveMarking.default,
        "Page 1",
      ]);
    });

    it("reads the pack id back", () => {
      expect(model.packId).toBe(pack.id);
    });

    it("numbers body blocks b0, b1, ... in order", () => {
      const body = model.blocks.filter((b) => b.part === "body");
      expect(body.map((b) => b.id)).toEqual(body.map((_, i) => `b${i}`));
    });
  },
);

describe("write then read: any text survives", () => {
  // Printable text without control characters: what a pack can hold and a reader must give back.
  const text = fc
    .string({
      unit: fc.constantFrom(..."abcXYZ019 &<>\"'£€é—‘’“”\u00a0]]>/\\".split("")),
      minLength: 1,
      maxLength: 40,
    })
    .filter((s) => s.trim().length > 0);

  it("gives back section titles, guidance and cell hints exactly", async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, async (title, note, hint) => {
        const pack = smallPack({
          sections: [
            { id: "s", title: title.trim(), guidance: [{ id: "n", paragraphs: [note.trim()] }] },
          ],
          cover: { title: "Cover", fields: [{ id: "f", label: "Field", hint }] },
        });
        const model = await readDocx(await writeTemplateDocx(pack));
        const paras = paragraphs(model);
        expect(paras.find((p) => p.headingLevel === 1)?.text).toBe(title.trim());
        expect(paras.find((p) => p.tag === "imr:guidance:test-pack:n")?.text).toBe(note.trim());
        expect(tables(model)[0].rows[0][1]).toBe(hint);
        expect(tables(model)[0].guidanceCells?.[0][1]).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
