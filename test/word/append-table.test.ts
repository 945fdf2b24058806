import { tableProblem } from "../../src/word/append-table";
import type { ParagraphSnapshot, TableSnapshot } from "../fakes/word-host";
import { setUp, tearDown } from "./helpers";

afterEach(tearDown);

const ROWS = [
  ["Criteria", "Yes", "No", "Partially", "Comments"],
  ["Author was independent", "✓", "", "", ""],
  ["Report includes chronology", "", "", "✓", "Two entries lack times."],
];

describe("appendTable", () => {
  it("adds a heading, a real table with a header row and the lines after it, in one sync", async () => {
    const { host, gateway } = setUp({
      blocks: [
        "Report text.",
        { text: "Guidance in red italics", color: "#FF0000", italic: true, controlTag: "g" },
      ],
    });
    host.syncCount = 0;
    await gateway.appendTable("QA form", ROWS, ["Signed: J Smith", "Date: 05/03/2024"]);
    expect(host.syncCount).toBe(1);

    const blocks = host.blocks();
    const tableAt = blocks.findIndex((b) => b.kind === "table");
    const heading = blocks[tableAt - 1] as ParagraphSnapshot;
    const table = blocks[tableAt] as TableSnapshot;
    expect(heading).toMatchObject({
      text: "QA form",
      styleBuiltIn: "Heading1",
      font: { color: "#000000", italic: false },
      controls: [],
    });
    expect(table.values).toEqual(ROWS);
    expect(table.headerRowCount).toBe(1);
    expect(table.cells[0][0][0].font.bold).toBe(true);
    expect(table.cells[1][0][0].font).toMatchObject({
      bold: false,
      italic: false,
      color: "#000000",
    });
    const after = blocks.slice(tableAt + 1) as ParagraphSnapshot[];
    // Word keeps an empty paragraph after a table at the end of the body.
    expect(after.map((p) => p.text)).toEqual(["Signed: J Smith", "Date: 05/03/2024", ""]);
    expect(after.every((p) => p.styleBuiltIn === "Normal" && p.font.italic === false)).toBe(true);
    // The author's text is untouched and comes first.
    expect(host.bodyText().slice(0, 2)).toEqual(["Report text.", "Guidance in red italics"]);
  });

  it("refuses rows that cannot make a table, changing nothing", async () => {
    const { host, gateway } = setUp({ paragraphs: ["Text"] });
    await expect(gateway.appendTable("QA", [["a", "b"], ["c"]])).rejects.toThrow(
      "Every row of the table must have the same number of cells.",
    );
    await expect(gateway.appendTable("QA", [])).rejects.toThrow("The table has no rows.");
    expect(host.bodyText()).toEqual(["Text"]);
  });

  it.each([
    [[], "The table has no rows."],
    [[[]], "The table has no columns."],
    [[["a"], ["b", "c"]], "Every row of the table must have the same number of cells."],
    [[["a", "b"]], undefined],
  ])("tableProblem(%j)", (rows, problem) => {
    expect(tableProblem(rows)).toBe(problem);
  });
});
