import { BUILTIN_PACKS } from "../../src/core/packs/registry";
import { DOCUMENT_NAMESPACE, GUIDANCE_TITLE, guidanceTag } from "../../src/core/tags";
import { guidanceTexts, templateLayout } from "../../src/core/template/layout";
import type { ParagraphSnapshot, TableSnapshot } from "../fakes/word-host";
import { setUp, smallPack, tearDown } from "./helpers";

afterEach(tearDown);

const paragraphsOf = (blocks: ReturnType<ReturnType<typeof setUp>["host"]["blocks"]>) =>
  blocks.filter((b): b is ParagraphSnapshot => b.kind === "paragraph");
const tablesOf = (blocks: ReturnType<ReturnType<typeof setUp>["host"]["blocks"]>) =>
  blocks.filter((b): b is TableSnapshot => b.kind === "table");

describe("insertTemplate", () => {
  it("fills an empty document in two syncs: marking, title, headings in Word's built-in styles", async () => {
    const { host, gateway } = setUp();
    host.syncCount = 0;
    await gateway.insertTemplate(smallPack, "replace-empty");
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(host.syncCount).toBe(2);

    const ps = paragraphsOf(host.blocks());
    expect(ps[0]).toMatchObject({
      text: "OFFICIAL-SENSITIVE",
      styleBuiltIn: "Normal",
      font: { bold: true },
    });
    expect(ps[1]).toMatchObject({ text: "Individual Management Review", styleBuiltIn: "Title" });
    expect(ps.find((p) => p.text === "Introduction")).toMatchObject({
      styleBuiltIn: "Heading1",
      font: { color: "#000000", italic: false },
    });
    expect(ps.find((p) => p.text === "Chronology")).toMatchObject({ styleBuiltIn: "Heading2" });
    expect(host.headerText()).toEqual(["OFFICIAL-SENSITIVE"]);
  });

  it("puts every guidance note in one tagged, titled, red italic content control", async () => {
    const { host, gateway } = setUp();
    await gateway.insertTemplate(smallPack, "replace-empty");
    const controls = host.contentControls();
    const intro = controls.find((c) => c.tag === guidanceTag("test", "intro"));
    expect(intro).toMatchObject({
      title: GUIDANCE_TITLE,
      paragraphs: 2,
      text: "Delete these notes before submission.\nWrite in plain English.",
    });
    const questions = controls.find((c) => c.tag === guidanceTag("test", "intro-questions"));
    expect(questions?.paragraphs).toBe(2);

    const guidance = paragraphsOf(host.blocks()).filter((p) => p.tag?.startsWith("imr:guidance:"));
    expect(guidance.map((p) => p.text)).toEqual([
      "Delete these notes before submission.",
      "Write in plain English.",
      "Say why the review is held.",
      "Was the risk assessed?",
      "Was the family involved?",
    ]);
    for (const p of guidance)
      expect(p.font).toEqual({ color: "#FF0000", italic: true, bold: false });
    expect(guidance.filter((p) => p.styleBuiltIn === "ListParagraph").map((p) => p.text)).toEqual([
      "Was the risk assessed?",
      "Was the family involved?",
    ]);
    // author text around the notes is plain, though Word copies the note's formatting to a new paragraph
    for (const p of paragraphsOf(host.blocks()).filter((x) => !x.tag))
      expect(p.font.italic).toBe(false);
  });

  it("writes real tables: the pack's columns as a bold header row, guidance cells in red italic controls", async () => {
    const { host, gateway } = setUp();
    await gateway.insertTemplate(smallPack, "replace-empty");
    const tables = tablesOf(host.blocks());
    expect(tables).toHaveLength(3); // cover, chronology details, chronology
    const [cover, details, chronology] = tables;
    expect(cover.values).toEqual([
      ["Agency", "Name of your agency"],
      ["Author", ""],
    ]);
    expect(cover.cells[0][0][0].font.bold).toBe(true);
    expect(cover.cells[0][1][0]).toMatchObject({
      tag: guidanceTag("test", "cover-agency"),
      font: { color: "#FF0000", italic: true },
    });
    expect(details.values).toEqual([["Name of agency:", ""]]);
    expect(chronology.values).toEqual([
      ["Date", "Event", "Source"],
      ["01/01/2024", "Home visit by the health visitor", ""],
    ]);
    expect(chronology.headerRowCount).toBe(1);
    expect(chronology.style).toBe("Table Grid");
    expect(chronology.cells[0].map((c) => c[0].font.bold)).toEqual([true, true, true]);
    expect(chronology.cells[1][0][0]).toMatchObject({
      tag: guidanceTag("test", "chronology-example-date"),
      font: { italic: true },
    });
    expect(chronology.cells[1][2][0].tag).toBeUndefined();
  });

  it("records the pack in a custom XML part (WordApi 1.4), replacing an older record", async () => {
    const { host, gateway } = setUp();
    await gateway.insertTemplate(smallPack, "replace-empty");
    await gateway.insertTemplate(smallPack, "end");
    const parts = host.customXmlParts();
    expect(parts).toHaveLength(1);
    expect(parts[0].namespaceUri).toBe(DOCUMENT_NAMESPACE);
    expect(parts[0].xml).toContain(`pack="test"`);
  });

  it("with WordApi 1.3 only, inserts the template and skips the custom XML part without error", async () => {
    const { host, gateway } = setUp({ requirementSets: { WordApi: "1.3" } });
    expect(gateway.capabilities()).toMatchObject({
      core: true,
      customXml: false,
      paragraphEvents: false,
    });
    await gateway.insertTemplate(smallPack, "replace-empty");
    expect(host.customXmlParts()).toEqual([]);
    expect(host.contentControls().length).toBeGreaterThan(0);
  });

  it("refuses to put the template over text, changing nothing", async () => {
    const { host, gateway } = setUp({ paragraphs: ["My own notes"] });
    await expect(gateway.insertTemplate(smallPack, "replace-empty")).rejects.toThrow(
      /already has text/,
    );
    expect(host.bodyText()).toEqual(["My own notes"]);
    expect(host.headerText()).toEqual([""]);
  });

  it("at the cursor: after the selected paragraph, keeping every existing paragraph", async () => {
    const existing = ["First", "Second", "Third"];
    const { host, gateway } = setUp({ paragraphs: existing });
    host.setSelection(1, 2);
    await gateway.insertTemplate(smallPack, "cursor");
    const text = host.bodyText();
    expect(text.slice(0, 2)).toEqual(["First", "Second"]);
    expect(text[2]).toBe("OFFICIAL-SENSITIVE");
    expect(text[text.length - 1]).toBe("Third");
    expect(text.filter((t) => existing.includes(t))).toEqual(existing);
  });

  it("at the end: after the last paragraph, keeping every existing paragraph", async () => {
    const { host, gateway } = setUp({ paragraphs: ["Alpha", "", "Omega"] });
    await gateway.insertTemplate(smallPack, "end");
    const text = host.bodyText();
    expect(text.slice(0, 4)).toEqual(["Alpha", "", "Omega", "OFFICIAL-SENSITIVE"]);
  });

  it("at a cursor inside a guidance control or a table, after the control or table, not inside it", async () => {
    const { host, gateway } = setUp({
      blocks: [
        "Before",
        { text: "A note", controlTag: "imr:guidance:x:y" },
        { table: [["a", "b"]] },
        "After",
      ],
    });
    host.setSelection(1, 1);
    await gateway.insertTemplate(smallPack, "cursor");
    let blocks = host.blocks();
    expect(blocks[1]).toMatchObject({ text: "A note", tag: "imr:guidance:x:y" });
    expect(blocks[2]).toMatchObject({ text: "OFFICIAL-SENSITIVE" });
    expect((blocks[2] as ParagraphSnapshot).controls).toEqual([]);

    host.setSelection(host.bodyText().indexOf("b"));
    await gateway.insertTemplate(smallPack, "cursor");
    blocks = host.blocks();
    const t = blocks.findIndex((b) => b.kind === "table" && b.values[0][0] === "a");
    expect(blocks[t + 1]).toMatchObject({ text: "OFFICIAL-SENSITIVE" });
    expect(host.bodyText().filter((x) => x === "Before" || x === "After")).toEqual([
      "Before",
      "After",
    ]);
  });

  it.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))(
    "inserts the built-in %s pack in at most 3 syncs and reads every guidance text back",
    async (_id, pack) => {
      const { host, gateway } = setUp();
      host.syncCount = 0;
      await gateway.insertTemplate(pack, "replace-empty");
      expect(host.syncCount).toBeLessThanOrEqual(3);
      const model = await gateway.readDocument();
      const guidance: string[] = [];
      for (const b of model.blocks) {
        if (b.kind === "paragraph" && b.guidanceSpans?.length) guidance.push(b.text);
        if (b.kind === "table")
          b.rows.forEach((row, r) =>
            row.forEach((cell, c) => b.guidanceCells?.[r]?.[c] && guidance.push(cell)),
          );
      }
      expect(guidance).toEqual(guidanceTexts(templateLayout(pack)));
      expect(model.packId).toBe(pack.id);
    },
  );
});
