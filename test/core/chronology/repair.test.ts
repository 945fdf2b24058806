import {
  normaliseDates,
  normaliseTimes,
  repairHeader,
  sortRows,
  type RepairResult,
} from "../../../src/core/chronology/repair";
import { chronologyFindings } from "../../../src/core/chronology/rules";
import type { Edit } from "../../../src/core/edits/plan";
import type { DocModel, TableBlock } from "../../../src/core/model/types";
import { chronologyDoc, doc, entry, HEADER, table, testPack } from "./helpers";

const pack = testPack();

function ok(result: RepairResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** The single replaceTable edit of a plan. */
function replaced(result: RepairResult): Extract<Edit, { kind: "replaceTable" }> {
  const r = ok(result);
  expect(r.plan.edits).toHaveLength(1);
  const edit = r.plan.edits[0];
  if (edit.kind !== "replaceTable") throw new Error("expected replaceTable");
  return edit;
}

function tableOf(model: DocModel): TableBlock {
  return model.blocks.find((b) => b.kind === "table") as TableBlock;
}

describe("normaliseDates", () => {
  it("rewrites the dates read one way, lists the rest, and changes nothing else", () => {
    const model = chronologyDoc([
      entry("1/2/12", "5pm"),
      entry("01/13/2013"),
      entry("22-May-16", "", "Case record", "Visit, then call"),
      entry("03/06/2016"),
    ]);
    const result = ok(normaliseDates(model, pack));
    const edit = replaced(result);
    expect(edit.blockId).toBe("chron");
    expect(edit.expectedRows).toEqual(tableOf(model).rows);
    expect(edit.rows).toEqual([
      HEADER,
      entry("01/02/2012", "5pm"),
      entry("01/13/2013"),
      entry("22/05/2016", "", "Case record", "Visit, then call"),
      entry("03/06/2016"),
    ]);
    expect(result.preview.changes).toEqual([
      { row: 1, column: 0, columnHeader: "Date", before: "1/2/12", after: "01/02/2012" },
      { row: 3, column: 0, columnHeader: "Date", before: "22-May-16", after: "22/05/2016" },
    ]);
    expect(result.preview.notDone).toHaveLength(1);
    expect(result.preview.notDone[0]).toMatchObject({ row: 2, column: 0, text: "01/13/2013" });
    expect(result.preview.notDone[0].reason).toMatch(/US order.*Left as it is/);
    expect(result.preview.summary).toBe(
      "Rewrite 2 dates as dd/mm/yyyy; 1 date cannot be read one way and is left for you to correct.",
    );
  });

  it("keeps the ? of an uncertain date", () => {
    expect(replaced(normaliseDates(chronologyDoc([entry("? 3/4/13")]), pack)).rows[1][0]).toBe(
      "?03/04/2013",
    );
  });

  it("leaves guidance, example rows and author notes alone", () => {
    const rows = [
      HEADER,
      ["01/01/2012", "17:00", "E.g. case record", "", ""],
      entry("1/1/12", "", "# note"),
      entry("2/1/12"),
    ];
    const model = doc(table(rows, { guidanceCells: [[], [true, true, true, false, false]] }));
    const result = ok(normaliseDates(model, pack));
    expect(result.preview.changes.map((c) => c.row)).toEqual([3]);
    expect(result.preview.notes.join(" ")).toMatch(/1 author note .* left as written/);
  });

  it("makes no edit when every date is already right", () => {
    const result = ok(normaliseDates(chronologyDoc([entry("01/01/2012")]), pack));
    expect(result.plan.edits).toEqual([]);
    expect(result.preview.summary).toBe("No date needs rewriting.");
  });

  it("leaves no date-format finding it could fix", () => {
    const model = chronologyDoc([entry("1/2/12"), entry("3 Feb 2012"), entry("2012-02-04")]);
    const fixed = doc(table(replaced(normaliseDates(model, pack)).rows));
    expect(chronologyFindings(fixed, pack)).toEqual([]);
  });
});

describe("normaliseTimes", () => {
  it("rewrites the times read one way and lists the rest", () => {
    const model = chronologyDoc([
      entry("01/01/2012", "5pm"),
      entry("02/01/2012", "morning"),
      entry("03/01/2012", "17.00hrs"),
    ]);
    const result = ok(normaliseTimes(model, pack));
    expect(replaced(result).rows.map((r) => r[1])).toEqual(["Time", "17:00", "morning", "17:00"]);
    expect(result.preview.changes.map((c) => [c.before, c.after])).toEqual([
      ["5pm", "17:00"],
      ["17.00hrs", "17:00"],
    ]);
    expect(result.preview.notDone.map((n) => n.text)).toEqual(["morning"]);
  });

  it("says so when the chronology has no time column", () => {
    const cspr = testPack([
      { id: "date", header: "Date", kind: "date", required: true },
      { id: "source", header: "Source", required: true },
      { id: "activity", header: "Activity" },
    ]);
    const model = doc(
      table([
        ["Date", "Source", "Activity"],
        ["01/01/2012", "Case record", "Visit"],
      ]),
    );
    const result = ok(normaliseTimes(model, cspr));
    expect(result.plan.edits).toEqual([]);
    expect(result.preview.notes).toContain("The chronology has no time column.");
  });
});

describe("sortRows", () => {
  it("sorts by date then time, stably", () => {
    const model = chronologyDoc([
      entry("03/01/2012", "", "A"),
      entry("01/01/2012", "10:00", "B"),
      entry("01/01/2012", "09:00", "C"),
      entry("02/01/2012", "", "D"),
      entry("02/01/2012", "", "E"),
      entry("1/1/12", "09:00", "F"),
    ]);
    const result = ok(sortRows(model, pack));
    expect(
      replaced(result)
        .rows.slice(1)
        .map((r) => r[2]),
    ).toEqual(["C", "F", "B", "D", "E", "A"]);
    expect(result.preview.moves[0]).toEqual({ from: 3, to: 1, when: "01/01/2012 09:00" });
    expect(result.preview.summary).toBe("Move 4 entries into date and time order.");
  });

  it("keeps an untimed entry after the timed entry it followed on the same day", () => {
    const model = chronologyDoc([
      entry("01/01/2012", "11:00", "A"),
      entry("01/01/2012", "", "A-followup"),
      entry("01/01/2012", "09:00", "B"),
    ]);
    expect(
      replaced(sortRows(model, pack))
        .rows.slice(1)
        .map((r) => r[2]),
    ).toEqual(["B", "A", "A-followup"]);
  });

  it("leaves rows it cannot date where they are and sorts the dated entries around them", () => {
    const rows = [
      HEADER,
      ["01/01/2012", "17:00", "E.g. case record", "", ""],
      entry("05/01/2012", "", "A"),
      entry("Spring 2012", "", "undated"),
      entry("01/01/2012", "", "B"),
      entry("09/01/2012", "", "# author note"),
      entry("03/01/2012", "", "C"),
      ["", "", "", "", ""],
    ];
    const model = doc(table(rows, { guidanceCells: [[], [true, true, true, false, false]] }));
    const result = ok(sortRows(model, pack));
    expect(replaced(result).rows.map((r) => r[2])).toEqual([
      "Source of evidence",
      "E.g. case record",
      "B",
      "undated",
      "C",
      "# author note",
      "A",
      "",
    ]);
    expect(result.preview.notDone).toEqual([
      {
        row: 3,
        column: 0,
        text: "Spring 2012",
        reason: expect.stringMatching(/cannot be read one way, so it stays where it is/),
      },
    ]);
    expect(result.preview.notes.join(" ")).toMatch(
      /4 rows without a date that can be read .* stay where they are/,
    );
  });

  it("leaves no order finding", () => {
    const model = chronologyDoc([
      entry("05/01/2012", "10:00"),
      entry("05/01/2012"),
      entry("01/01/2012", "12:00"),
      entry("05/01/2012", "09:00"),
    ]);
    const sorted = doc(table(replaced(sortRows(model, pack)).rows));
    expect(chronologyFindings(sorted, pack)).toEqual([]);
  });

  it("makes no edit when the entries are in order", () => {
    const result = ok(sortRows(chronologyDoc([entry("01/01/2012"), entry("02/01/2012")]), pack));
    expect(result.plan.edits).toEqual([]);
    expect(result.preview.summary).toBe("The entries are already in date order.");
  });

  it("sorts 600 rows in one edit", () => {
    const rows = Array.from({ length: 600 }, (_, i) =>
      entry(`${String(((i * 7) % 28) + 1).padStart(2, "0")}/0${(i % 9) + 1}/2012`, "", `row ${i}`),
    );
    const edit = replaced(sortRows(chronologyDoc(rows), pack));
    expect(edit.rows).toHaveLength(601);
    expect(chronologyFindings(doc(table(edit.rows)), pack)).toEqual([]);
  });
});

describe("repairHeader", () => {
  it("puts the pack's headings in the pack's order, moving each column's cells with it", () => {
    const model = doc(
      table([
        ["Time", "Date of contact", "Events", "Outcome", "Source of Information"],
        ["10:00", "01/01/2012", "Visit", "Referred", "Case record"],
        ["11:00", "02/01/2012", "Call"],
      ]),
    );
    const result = ok(repairHeader(model, pack));
    expect(replaced(result).rows).toEqual([
      ["Date", "Time", "Source of evidence", "Event description", "Comments", "Outcome"],
      ["01/01/2012", "10:00", "Case record", "Visit", "", "Referred"],
      ["02/01/2012", "11:00", "", "Call", "", ""],
    ]);
    const { preview } = result;
    expect(preview.changes).toEqual([
      { row: 0, column: 1, columnHeader: "Date", before: "Date of contact", after: "Date" },
      {
        row: 0,
        column: 4,
        columnHeader: "Source of evidence",
        before: "Source of Information",
        after: "Source of evidence",
      },
      {
        row: 0,
        column: 2,
        columnHeader: "Event description",
        before: "Events",
        after: "Event description",
      },
      { row: 0, column: 4, columnHeader: "Comments", before: "", after: "Comments" },
    ]);
    expect(preview.columnMoves).toEqual([
      { header: "Date", from: 1, to: 0 },
      { header: "Time", from: 0, to: 1 },
      { header: "Source of evidence", from: 4, to: 2 },
      { header: "Event description", from: 2, to: 3 },
      { header: "Comments", from: undefined, to: 4 },
      { header: "Outcome", from: 3, to: 5 },
    ]);
    expect(preview.notDone).toEqual([
      {
        column: 3,
        text: "Outcome",
        reason: expect.stringMatching(
          /"Outcome" is not one of the template's columns: it is kept, with its contents, at the end/,
        ),
      },
    ]);
    expect(preview.summary).toBe(
      "Rename 3 headings, move 5 columns, add 1 missing column to match the template.",
    );
  });

  it("leaves no column finding except the extra column it kept", () => {
    const model = doc(
      table([
        ["Time", "DATE", "Event description", "Extra", "Source of evidence"],
        ["10:00", "01/01/2012", "Visit", "x", "Case record"],
      ]),
    );
    const repaired = doc(table(replaced(repairHeader(model, pack)).rows));
    expect(chronologyFindings(repaired, pack).map((f) => [f.rule, f.text])).toEqual([
      ["chronology.columns", "Extra"],
    ]);
  });

  it("makes no edit when the columns already match", () => {
    const result = ok(repairHeader(chronologyDoc([entry("01/01/2012")]), pack));
    expect(result.plan.edits).toEqual([]);
    expect(result.preview.summary).toBe("The columns already match the template.");
  });
});

describe("every repair", () => {
  const repairs = { normaliseDates, normaliseTimes, sortRows, repairHeader };

  it.each(Object.entries(repairs))(
    "%s refuses a table with merged cells, with a message",
    (_, repair) => {
      const result = repair(
        chronologyDoc([entry("2/1/12"), entry("1/1/12")], { hasMergedCells: true }),
        pack,
      );
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/merged cells.*split/) });
    },
  );

  it.each(Object.entries(repairs))("%s says when there is no chronology", (_, repair) => {
    const result = repair({ blocks: [] }, pack);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/No chronology table/) });
  });
});
