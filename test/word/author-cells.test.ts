import type { TableSnapshot } from "../fakes/word-host";
import { setUp, tearDown } from "./helpers";

afterEach(tearDown);

const HINT = "Insert name and designation of the person quality assuring the report";
const SIGNED = "Jane QA, Head of Safeguarding. Date: 06/03/2024";

function cover() {
  return setUp({
    blocks: [
      "Cover",
      {
        table: [
          ["Author of IMR", "Insert name of IMR author"],
          ["Quality assured and approved by", HINT],
        ],
        guidanceCells: [
          { row: 0, column: 1, tag: "imr:guidance:dhr:author" },
          { row: 1, column: 1, tag: "imr:guidance:dhr:qa" },
        ],
      },
    ],
  });
}

describe("keepCellsAsText", () => {
  it("finds nothing to do after applyPlan filled in a guidance cell (applyPlan keeps it as text)", async () => {
    const { host, gateway } = cover();
    const applied = await gateway.applyPlan({
      description: "Fill in the cover table",
      edits: [
        {
          kind: "replaceCellText",
          blockId: "b1",
          row: 1,
          column: 1,
          start: 0,
          end: HINT.length,
          expected: HINT,
          replacement: SIGNED,
        },
      ],
    });
    expect(applied).toEqual({ ok: true, applied: 1 });
    const before = host.blocks();
    expect((before[1] as TableSnapshot).cells[1][1][0]).toMatchObject({
      text: SIGNED,
      controls: [],
      font: { color: "#000000", italic: false },
    });

    host.syncCount = 0;
    expect(
      await gateway.keepCellsAsText([{ blockId: "b1", row: 1, column: 1, expected: SIGNED }]),
    ).toBe(0);
    expect(host.syncCount).toBe(2);
    expect(host.blocks()).toEqual(before);
  });

  it("turns text typed into a guidance cell into the author's own plain text", async () => {
    const { host, gateway } = cover();
    // body.paragraphs: "Cover", then the cells row by row; the QA cell's paragraph is the 5th.
    host.setParagraphText(4, SIGNED);
    expect((host.blocks()[1] as TableSnapshot).cells[1][1][0]).toMatchObject({
      text: SIGNED,
      tag: "imr:guidance:dhr:qa",
      font: { italic: true },
    });

    host.syncCount = 0;
    expect(
      await gateway.keepCellsAsText([{ blockId: "b1", row: 1, column: 1, expected: SIGNED }]),
    ).toBe(1);
    expect(host.syncCount).toBe(3);
    const table = host.blocks()[1] as TableSnapshot;
    expect(table.cells[1][1][0]).toMatchObject({
      text: SIGNED,
      controls: [],
      font: { color: "#000000", italic: false },
    });
    // The other hint is still a guidance note.
    expect(table.cells[0][1][0]).toMatchObject({
      tag: "imr:guidance:dhr:author",
      font: { italic: true },
    });
    expect(host.contentControls().map((c) => c.tag)).toEqual(["imr:guidance:dhr:author"]);
  });

  it("leaves a cell alone when its text is not what was expected", async () => {
    const { host, gateway } = cover();
    const before = host.blocks();
    expect(
      await gateway.keepCellsAsText([{ blockId: "b1", row: 1, column: 1, expected: SIGNED }]),
    ).toBe(0);
    expect(
      await gateway.keepCellsAsText([{ blockId: "b0", row: 1, column: 1, expected: HINT }]),
    ).toBe(0);
    expect(host.blocks()).toEqual(before);
  });
});
