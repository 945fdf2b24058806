import type { Edit } from "../../src/core/edits/plan";
import type { TableSnapshot } from "../fakes/word-host";
import { setUp, tearDown } from "./helpers";

afterEach(tearDown);

const HINT = "Insert name and designation of the person quality assuring the report";
const SIGNED = "Jane QA, Head of Safeguarding";
const AUTHOR_HINT = "Insert name of IMR author";

const cover = () =>
  setUp({
    blocks: [
      "Cover",
      {
        table: [
          ["Author of IMR", AUTHOR_HINT],
          ["Quality assured and approved by", HINT],
        ],
        guidanceCells: [
          { row: 0, column: 1, tag: "imr:guidance:dhr:author" },
          { row: 1, column: 1, tag: "imr:guidance:dhr:qa" },
        ],
      },
    ],
  });

const cellEdit = (
  row: number,
  column: number,
  start: number,
  expected: string,
  replacement: string,
  blockId = "b1",
): Edit => ({
  kind: "replaceCellText",
  blockId,
  row,
  column,
  start,
  end: start + expected.length,
  expected,
  replacement,
});

const table = (host: ReturnType<typeof cover>["host"], part: "body" | "header" = "body") =>
  host.blocks(part).find((b) => b.kind === "table") as TableSnapshot;

describe("applyPlan: guidance cells", () => {
  it("turns a guidance cell whose whole hint is replaced into plain text, in two syncs", async () => {
    const { host, gateway } = cover();
    host.syncCount = 0;
    const result = await gateway.applyPlan({
      description: "Fill in the cover table",
      edits: [cellEdit(1, 1, 0, HINT, SIGNED)],
    });
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(host.syncCount).toBe(2);
    expect(table(host).cells[1][1]).toEqual([
      expect.objectContaining({
        text: SIGNED,
        controls: [],
        font: { color: "#000000", italic: false, bold: false },
      }),
    ]);
    // The other hint is still a guidance note.
    expect(host.contentControls().map((c) => [c.tag, c.text])).toEqual([
      ["imr:guidance:dhr:author", AUTHOR_HINT],
    ]);
    expect(table(host).cells[0][1][0]).toMatchObject({ font: { italic: true } });
  });

  it("keeps the guidance control around an edit to part of the hint", async () => {
    const { host, gateway } = cover();
    const at = HINT.indexOf("the report");
    const result = await gateway.applyPlan({
      description: "x",
      edits: [cellEdit(1, 1, at, "the report", "this IMR")],
    });
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(table(host).cells[1][1][0]).toMatchObject({
      text: HINT.replace("the report", "this IMR"),
      tag: "imr:guidance:dhr:qa",
      font: { color: "#FF0000", italic: true },
    });
    expect(host.contentControls().map((c) => c.tag)).toEqual([
      "imr:guidance:dhr:author",
      "imr:guidance:dhr:qa",
    ]);
  });

  it("leaves a cell that is not guidance as it is", async () => {
    const { host, gateway } = setUp({
      blocks: ["Cover", { table: [["Agency", "Health visiting"]] }],
    });
    await gateway.applyPlan({
      description: "x",
      edits: [cellEdit(0, 1, 0, "Health visiting", "School nursing")],
    });
    expect(table(host).cells[0][1][0]).toMatchObject({ text: "School nursing", controls: [] });
  });

  it("removes the guidance control of a cell a table rewrite changes, and no other", async () => {
    const { host, gateway } = cover();
    const rows = [
      ["Author of IMR", AUTHOR_HINT],
      ["Quality assured and approved by", HINT],
    ];
    const next = [
      ["Author of IMR", AUTHOR_HINT],
      ["Quality assured and approved by", SIGNED],
    ];
    host.syncCount = 0;
    const result = await gateway.applyPlan({
      description: "x",
      edits: [{ kind: "replaceTable", blockId: "b1", expectedRows: rows, rows: next }],
    });
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(host.syncCount).toBe(2);
    expect(table(host).cells[1][1][0]).toMatchObject({
      text: SIGNED,
      controls: [],
      font: { color: "#000000", italic: false },
    });
    expect(host.contentControls().map((c) => c.tag)).toEqual(["imr:guidance:dhr:author"]);
  });

  it("does the same in a header table", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Body"],
      sections: [
        {
          headers: {
            Primary: [
              {
                table: [["Agency", "Insert the agency name"]],
                guidanceCells: [{ row: 0, column: 1, tag: "imr:guidance:test:agency" }],
              },
            ],
          },
        },
      ],
    });
    host.syncCount = 0;
    const result = await gateway.applyPlan({
      description: "x",
      edits: [cellEdit(0, 1, 0, "Insert the agency name", "Health", "h0")],
    });
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(host.syncCount).toBe(2);
    expect(table(host, "header").cells[0][1][0]).toMatchObject({
      text: "Health",
      controls: [],
      font: { color: "#000000", italic: false },
    });
  });
});
