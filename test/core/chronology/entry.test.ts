import { addEntry, type EntryResult } from "../../../src/core/chronology/entry";
import { chronologyDoc, doc, entry, HEADER, table, testPack } from "./helpers";

const pack = testPack();
const model = chronologyDoc([
  entry("01/01/2012", "09:00", "A"),
  entry("03/01/2012", "10:00", "B"),
  entry("03/01/2012", "", "C"),
  entry("05/01/2012", "", "D"),
]);

function ok(r: EntryResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

describe("addEntry", () => {
  it("validates, normalises and places the entry after the last entry dated on or before it", () => {
    const r = ok(
      addEntry(model, pack, {
        date: "2012-01-03",
        time: "9am",
        source: "GP letter",
        event: "Letter received",
      }),
    );
    expect(r.cells).toEqual(["03/01/2012", "09:00", "GP letter", "Letter received", ""]);
    expect(r.after).toBe(1);
    expect(r.edit).toEqual({
      kind: "insertTableRow",
      blockId: "chron",
      expectedRows: (model.blocks[1] as { rows: string[][] }).rows,
      after: 1,
      cells: r.cells,
    });
    expect(r.plan.edits).toEqual([r.edit]);
  });

  it.each<[Record<string, string>, number, string]>([
    [{ date: "03/01/2012" }, 3, "end of its day when it has no time"],
    [
      { date: "03/01/2012", time: "10:00" },
      3,
      "after an equal date and time (and the untimed entry that follows it)",
    ],
    [{ date: "03/01/2012", time: "11:00" }, 3, "after the last entry at or before its time"],
    [{ date: "31/12/2011" }, 0, "before the first entry"],
    [{ date: "06/01/2012" }, 4, "after the last entry"],
  ])("places %p after row %p (%s)", (values, after) => {
    expect(ok(addEntry(model, pack, { source: "S", event: "E", ...values })).after).toBe(after);
  });

  it("places the first entry of a new chronology after the example row", () => {
    const fresh = doc(
      table([HEADER, ["01/01/2012", "17:00", "E.g. case record", "", ""]], {
        guidanceCells: [[], [true, true, true]],
      }),
    );
    expect(ok(addEntry(fresh, pack, { date: "01/02/2012", source: "S", event: "E" })).after).toBe(
      1,
    );
  });

  it("keeps a ? on an uncertain date", () => {
    expect(ok(addEntry(model, pack, { date: "?2/1/12", source: "S", event: "E" })).cells[0]).toBe(
      "?02/01/2012",
    );
  });

  it("keeps the text of the other fields exactly", () => {
    const event = '  Visit,\nthen "call"  ';
    expect(ok(addEntry(model, pack, { date: "02/01/2012", source: "S", event })).cells[3]).toBe(
      event,
    );
  });

  it("returns problems by field", () => {
    const r = addEntry(model, pack, {
      date: "01/13/2012",
      time: "morning",
      source: " ",
      colour: "red",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.columnId)).toEqual([
      "colour",
      "date",
      "time",
      "source",
      "event",
    ]);
    expect(r.problems.find((p) => p.columnId === "date")?.message).toMatch(/US order/);
    expect(r.problems.find((p) => p.columnId === "event")?.message).toBe(
      '"Event description" is required: fill it in.',
    );
  });

  it("asks for a date", () => {
    const r = addEntry(model, pack, { source: "S", event: "E" });
    expect(r.ok === false && r.problems).toEqual([
      { columnId: "date", message: "Give the date, in the form dd/mm/yyyy." },
    ]);
  });

  it("puts values in the table's own column order and refuses a value for a column the table lacks", () => {
    const reordered = doc(
      table([
        ["Time", "Date", "Event description", "Source of evidence"],
        ["10:00", "01/01/2012", "Visit", "Notes"],
      ]),
    );
    expect(
      ok(addEntry(reordered, pack, { date: "02/01/2012", time: "11:00", source: "S", event: "E" }))
        .cells,
    ).toEqual(["11:00", "02/01/2012", "E", "S"]);
    const r = addEntry(reordered, pack, {
      date: "02/01/2012",
      source: "S",
      event: "E",
      comments: "Noted",
    });
    expect(r.ok === false && r.problems[0]).toMatchObject({
      columnId: "comments",
      message: expect.stringMatching(/no "Comments" column/),
    });
  });

  it("refuses a table with merged cells", () => {
    const merged = chronologyDoc([entry("01/01/2012")], { hasMergedCells: true });
    const r = addEntry(merged, pack, { date: "02/01/2012", source: "S", event: "E" });
    expect(r.ok === false && r.problems[0].message).toMatch(/merged cells/);
  });

  it("says when there is no chronology", () => {
    const r = addEntry({ blocks: [] }, pack, { date: "02/01/2012" });
    expect(r.ok === false && r.problems[0].message).toMatch(/No chronology table/);
  });
});
