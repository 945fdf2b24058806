import type { EditPlan } from "../../src/core/edits/plan";
import { setUp, tearDown } from "./helpers";

afterEach(tearDown);

const replace = (blockId: string, start: number, expected: string, replacement: string) => ({
  kind: "replaceText" as const,
  location: { blockId, start, end: start + expected.length },
  expected,
  replacement,
});

describe("applyPlan", () => {
  it("replaces several phrases, including two in one paragraph, in two syncs", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Title", "The mother was hostile and the mother was aggressive.", "Other"],
    });
    const text = host.bodyText()[1];
    const plan: EditPlan = {
      description: "Replace 3 phrases",
      edits: [
        replace("b1", text.indexOf("mother"), "mother", "Adult A"),
        replace("b1", text.lastIndexOf("mother"), "mother", "Adult A"),
        replace("b1", text.indexOf("aggressive"), "aggressive", "raised her voice"),
      ],
    };
    host.syncCount = 0;
    expect(await gateway.applyPlan(plan)).toEqual({ ok: true, applied: 3 });
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(host.bodyText()).toEqual([
      "Title",
      "The Adult A was hostile and the Adult A was raised her voice.",
      "Other",
    ]);
  });

  it("keeps the formatting around a replacement", async () => {
    const { host, gateway } = setUp({ blocks: [{ text: "Bold words here", bold: true }] });
    await gateway.applyPlan({ description: "x", edits: [replace("b0", 5, "words", "text")] });
    expect(host.blocks()[0]).toMatchObject({ text: "Bold text here", font: { bold: true } });
  });

  it("refuses a stale plan and leaves the document untouched", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["The mother was hostile.", "She was difficult."],
    });
    const plan: EditPlan = {
      description: "Replace 2 phrases",
      edits: [replace("b0", 4, "mother", "Adult A"), replace("b1", 8, "difficult", "upset")],
    };
    host.setParagraphText(1, "She was upset, she said."); // the author edits while the check runs
    const before = host.blocks();
    const result = await gateway.applyPlan(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.stale).toEqual([plan.edits[1]]);
      expect(result.reason).toMatch(/has changed since the check\. Nothing was changed/);
    }
    expect(host.blocks()).toEqual(before);
  });

  it("refuses overlapping edits", async () => {
    const { host, gateway } = setUp({ paragraphs: ["abcdef"] });
    const result = await gateway.applyPlan({
      description: "x",
      edits: [replace("b0", 0, "abcd", "X"), replace("b0", 2, "cdef", "Y")],
    });
    expect(result.ok).toBe(false);
    expect(host.bodyText()).toEqual(["abcdef"]);
  });

  it("rewrites a table with Table.values in one batch, adding rows as needed", async () => {
    const rows = [
      ["Date", "Event"],
      ["02/01/2024", "B"],
      ["01/01/2024", "A"],
    ];
    const { host, gateway } = setUp({
      blocks: ["Chronology", { table: rows, headerRows: 1 }, "After"],
    });
    const sorted = [
      ["Date", "Event"],
      ["01/01/2024", "A"],
      ["02/01/2024", "B"],
      ["03/01/2024", "C"],
    ];
    host.syncCount = 0;
    expect(
      await gateway.applyPlan({
        description: "Sort",
        edits: [{ kind: "replaceTable", blockId: "b1", expectedRows: rows, rows: sorted }],
      }),
    ).toEqual({ ok: true, applied: 1 });
    expect(host.syncCount).toBeLessThanOrEqual(2);
    const table = host.blocks()[1];
    expect(table.kind === "table" && table.values).toEqual(sorted);
    expect(host.bodyText().slice(-1)).toEqual(["After"]);
  });

  it("shrinks a table and resets rows that now hold the author's text to plain text", async () => {
    const rows = [
      ["Date", "Event"],
      ["01/01/2024", "Example"],
      ["02/01/2024", "Visit"],
    ];
    const { host, gateway } = setUp({
      blocks: [
        {
          table: rows,
          headerRows: 1,
          guidanceCells: [{ row: 1, column: 1, tag: "imr:guidance:t:ex" }],
        },
      ],
    });
    const next = [
      ["Date", "Event"],
      ["02/01/2024", "Visit"],
    ];
    expect(
      (
        await gateway.applyPlan({
          description: "x",
          edits: [{ kind: "replaceTable", blockId: "b0", expectedRows: rows, rows: next }],
        })
      ).ok,
    ).toBe(true);
    const table = host.blocks()[0];
    if (table.kind !== "table") throw new Error("expected a table");
    expect(table.values).toEqual(next);
    expect(table.cells[1][1][0]).toMatchObject({
      text: "Visit",
      font: { color: "#000000", italic: false },
    });
    expect(table.cells[1][1][0].tag).toBeUndefined();
  });

  it("inserts a table row after a given row, as plain text", async () => {
    const rows = [
      ["Date", "Event"],
      ["01/01/2024", "A"],
      ["03/01/2024", "C"],
    ];
    const { host, gateway } = setUp({ blocks: [{ table: rows, headerRows: 1 }] });
    const result = await gateway.applyPlan({
      description: "Add",
      edits: [
        {
          kind: "insertTableRow",
          blockId: "b0",
          expectedRows: rows,
          after: 1,
          cells: ["02/01/2024", "B"],
        },
      ],
    });
    expect(result).toEqual({ ok: true, applied: 1 });
    const table = host.blocks()[0];
    expect(table.kind === "table" && table.values).toEqual([
      ["Date", "Event"],
      ["01/01/2024", "A"],
      ["02/01/2024", "B"],
      ["03/01/2024", "C"],
    ]);
  });

  it("refuses a table edit when the table changed, or when rows do not fit its columns", async () => {
    const rows = [
      ["Date", "Event"],
      ["01/01/2024", "A"],
    ];
    const { host, gateway } = setUp({ blocks: [{ table: rows }] });
    const stale = await gateway.applyPlan({
      description: "x",
      edits: [
        {
          kind: "replaceTable",
          blockId: "b0",
          expectedRows: [["Date", "Event"]],
          rows: [["a", "b"]],
        },
      ],
    });
    expect(stale.ok).toBe(false);
    const wide = await gateway.applyPlan({
      description: "x",
      edits: [{ kind: "replaceTable", blockId: "b0", expectedRows: rows, rows: [["a", "b", "c"]] }],
    });
    expect(wide.ok).toBe(false);
    const table = host.blocks()[0];
    expect(table.kind === "table" && table.values).toEqual(rows);
  });

  it("applies an empty plan without touching Word", async () => {
    const { host, gateway } = setUp();
    host.syncCount = 0;
    expect(await gateway.applyPlan({ description: "Nothing", edits: [] })).toEqual({
      ok: true,
      applied: 0,
    });
    expect(host.syncCount).toBe(0);
  });
});

describe("applyPlan: replacing text inside table cells", () => {
  const cell = (
    row: number,
    column: number,
    start: number,
    expected: string,
    replacement: string,
  ) => ({
    kind: "replaceCellText" as const,
    blockId: "b1",
    row,
    column,
    start,
    end: start + expected.length,
    expected,
    replacement,
  });
  const rows = [
    ["Date", "Contact with"],
    ["01/01/2012", "Sarah and Sarah's mother"],
  ];

  it("replaces every planned occurrence in a cell, later ones first, in two syncs", async () => {
    const { host, gateway } = setUp({ blocks: ["Chronology", { table: rows }] });
    const text = rows[1][1];
    host.syncCount = 0;
    const result = await gateway.applyPlan({
      description: "Anonymise",
      edits: [
        cell(1, 1, 0, "Sarah", "Adult A"),
        cell(1, 1, text.lastIndexOf("Sarah"), "Sarah", "Adult A"),
      ],
    });
    expect(result).toEqual({ ok: true, applied: 2 });
    expect(host.syncCount).toBeLessThanOrEqual(2);
    const table = host.blocks().find((b) => b.kind === "table") as { values: string[][] };
    expect(table.values[1][1]).toBe("Adult A and Adult A's mother");
    expect(table.values[1][0]).toBe("01/01/2012");
  });

  it("refuses the whole plan when a cell has changed since the plan was made", async () => {
    const { host, gateway } = setUp({
      blocks: ["Chronology", { table: [rows[0], ["01/01/2012", "Sally"]] }],
    });
    const result = await gateway.applyPlan({
      description: "Anonymise",
      edits: [cell(1, 1, 0, "Sarah", "Adult A")],
    });
    expect(result.ok).toBe(false);
    const table = host.blocks().find((b) => b.kind === "table") as { values: string[][] };
    expect(table.values[1][1]).toBe("Sally");
  });

  it("refuses overlapping edits in one cell", async () => {
    const { gateway } = setUp({ blocks: ["Chronology", { table: rows }] });
    const result = await gateway.applyPlan({
      description: "x",
      edits: [cell(1, 1, 0, "Sarah", "A"), cell(1, 1, 2, "rah", "B")],
    });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/overlap/) });
  });
});
