import type { ParagraphBlock, TableBlock } from "../../src/core/model/types";
import type { FakeBlockInput } from "../fakes/word-host";
import { setUp, smallPack, tearDown } from "./helpers";

afterEach(tearDown);

function bigDocument(paragraphs: number) {
  const blocks: FakeBlockInput[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 100 === 0) blocks.push({ text: `Section ${i / 100 + 1}`, style: "Heading1" });
    else if (i % 100 === 1)
      blocks.push({
        text: `Guidance for section ${i}`,
        color: "#FF0000",
        italic: true,
        controlTag: `imr:guidance:test:n${i}`,
      });
    else if (i % 250 === 2)
      blocks.push({
        table: [
          ["Date", "Event"],
          [`0${(i % 9) + 1}/01/2024`, `Event ${i}`],
        ],
        headerRows: 1,
      });
    else blocks.push(`Paragraph ${i} of the analysis.`);
  }
  return blocks;
}

describe("readDocument", () => {
  it("reads a 2,000-paragraph document with tables and controls in at most 2 syncs", async () => {
    const { host, gateway } = setUp({ blocks: bigDocument(2000) });
    host.syncCount = 0;
    const model = await gateway.readDocument();
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(model.blocks.filter((b) => b.kind === "table")).toHaveLength(8);
    expect(model.blocks.slice(0, 3).map((b) => b.id)).toEqual(["b0", "b1", "b2"]);
    const headings = model.blocks.filter(
      (b): b is ParagraphBlock => b.kind === "paragraph" && b.headingLevel === 1,
    );
    expect(headings).toHaveLength(20);
    const guidance = model.blocks.filter(
      (b): b is ParagraphBlock => b.kind === "paragraph" && !!b.guidanceSpans,
    );
    expect(guidance).toHaveLength(20);
    expect(guidance[0]).toMatchObject({
      text: "Guidance for section 1",
      tag: "imr:guidance:test:n1",
      guidanceSpans: [{ start: 0, end: 22 }],
    });
  });

  it("reads a plain document in one sync", async () => {
    const { host, gateway } = setUp({ paragraphs: ["One", "Two"] });
    host.syncCount = 0;
    const model = await gateway.readDocument();
    expect(host.syncCount).toBe(1);
    expect(model).toEqual({
      blocks: [
        { kind: "paragraph", id: "b0", text: "One", style: "Normal" },
        { kind: "paragraph", id: "b1", text: "Two", style: "Normal" },
      ],
    });
  });

  it("numbers blocks in body order: paragraphs outside tables, each table as one block", async () => {
    const { gateway } = setUp({
      blocks: [
        { text: "Chronology", style: "Heading2" },
        {
          table: [
            ["Date", "Event"],
            ["01/02/2024", "Visit"],
          ],
          headerRows: 1,
          guidanceCells: [{ row: 1, column: 1, tag: "imr:guidance:test:ex" }],
        },
        "After the table",
      ],
    });
    const model = await gateway.readDocument();
    expect(model.blocks.map((b) => [b.id, b.kind])).toEqual([
      ["b0", "paragraph"],
      ["b1", "table"],
      ["b2", "paragraph"],
    ]);
    expect(model.blocks[0]).toMatchObject({ headingLevel: 2, style: "Heading 2" });
    const table = model.blocks[1] as TableBlock;
    expect(table.rows).toEqual([
      ["Date", "Event"],
      ["01/02/2024", "Visit"],
    ]);
    expect(table.guidanceCells).toEqual([
      [false, false],
      [false, true],
    ]);
  });

  it("reads the author's own text typed inside a guidance control as guidance (documented choice)", async () => {
    const { host, gateway } = setUp({
      blocks: [
        { text: "Note.", controlTag: "imr:guidance:test:a", color: "#FF0000", italic: true },
      ],
    });
    host.typeInto(0, " My own words.");
    const model = await gateway.readDocument();
    expect(model.blocks[0]).toMatchObject({
      text: "Note. My own words.",
      guidanceSpans: [{ start: 0, end: 19 }],
    });
  });

  it("reads the page header as h-blocks and the pack id from the custom XML part", async () => {
    const { gateway } = setUp();
    await gateway.insertTemplate(smallPack, "replace-empty");
    const model = await gateway.readDocument();
    expect(model.packId).toBe("test");
    expect(model.blocks.filter((b) => b.kind === "paragraph" && b.part === "header")).toEqual([
      { kind: "paragraph", id: "h0", text: "OFFICIAL-SENSITIVE", part: "header", style: "Header" },
    ]);
  });

  it("with WordApi 1.3 leaves packId out and still reads in at most 2 syncs", async () => {
    const { host, gateway } = setUp({ requirementSets: { WordApi: "1.3" } });
    await gateway.insertTemplate(smallPack, "replace-empty");
    host.syncCount = 0;
    const model = await gateway.readDocument();
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(model.packId).toBeUndefined();
    expect(model.blocks.some((b) => b.kind === "paragraph" && b.guidanceSpans)).toBe(true);
  });

  it("says whether the body has text", async () => {
    expect(await setUp().gateway.hasText()).toBe(false);
    tearDown();
    expect(await setUp({ paragraphs: ["", "  ", "x"] }).gateway.hasText()).toBe(true);
    tearDown();
    expect(await setUp({ paragraphs: ["", "   "] }).gateway.hasText()).toBe(false);
  });
});
