import { locateChronology, matchHeaderRow } from "../../../src/core/chronology/locate";
import { headerSimilarity, normaliseHeader } from "../../../src/core/chronology/headers";
import type { DocModel } from "../../../src/core/model/types";
import { doc, entry, HEADER, table, testPack } from "./helpers";

const pack = testPack();

describe("normaliseHeader and headerSimilarity", () => {
  it.each([
    [
      "Event description, actions taken, decisions made",
      "event description actions taken decisions made",
    ],
    [
      "Event description / actions taken / decisions made",
      "event description actions taken decisions made",
    ],
    ["  SOURCE of   Evidence: ", "source of evidence"],
    ["Date & Time", "date and time"],
    ["Agency reviewer’s comments", "agency reviewers comments"],
  ])("%p -> %p", (text, normalised) => {
    expect(normaliseHeader(text)).toBe(normalised);
  });

  it("scores shared words, ignoring small words and plurals", () => {
    expect(headerSimilarity("Comments", "Comment")).toBe(1);
    expect(headerSimilarity("Source of Information", "Source of Information/Event")).toBeCloseTo(
      0.8,
    );
    expect(headerSimilarity("Date", "Activity")).toBe(0);
  });
});

describe("locateChronology", () => {
  it("finds the table whose header row matches the pack's columns", () => {
    const model: DocModel = doc(table([HEADER, entry("01/01/2012")]), [
      { kind: "table", id: "cover", rows: [["Agency", "Greater Manchester Police"]] },
    ]);
    const found = locateChronology(model, pack)!;
    expect(found.block.id).toBe("chron");
    expect(found.headerRow).toBe(0);
    expect(found.columns.map((c) => [c.column.id, c.index, c.match])).toEqual([
      ["date", 0, "exact"],
      ["time", 1, "exact"],
      ["source", 2, "exact"],
      ["event", 3, "exact"],
      ["comments", 4, "exact"],
    ]);
    expect(found.extra).toEqual([]);
    expect(found.dateIndex).toBe(0);
    expect(found.timeIndex).toBe(1);
    expect(found.score).toBe(1);
  });

  it("tolerates renamed, missing, extra and reordered columns", () => {
    const header = ["Time", "Date of contact", "Source of Information", "Events", "Outcome"];
    const found = locateChronology(doc(table([header])), pack)!;
    expect(found).toBeDefined();
    expect(found.columns.map((c) => [c.column.id, c.index, c.match])).toEqual([
      ["date", 1, "alias"],
      ["time", 0, "exact"],
      ["source", 2, "alias"],
      ["event", 3, "renamed"],
      ["comments", undefined, undefined],
    ]);
    expect(found.extra).toEqual([{ index: 4, headerText: "Outcome" }]);
  });

  it("finds the header under a title row", () => {
    const found = locateChronology(
      doc(table([["Agency chronology", "", "", "", ""], HEADER, entry("01/01/2012")])),
      pack,
    )!;
    expect(found.headerRow).toBe(1);
  });

  it("needs the date column", () => {
    const header = ["When", "Time", "Source of evidence", "Event description", "Comments"];
    expect(locateChronology(doc(table([header])), pack)).toBeUndefined();
  });

  it("needs more than half of the pack's columns", () => {
    expect(
      locateChronology(doc(table([["Date", "Time", "Notes", "Other", "Misc"]])), pack),
    ).toBeUndefined();
    expect(
      locateChronology(doc(table([["Date", "Time", "Source of evidence"]])), pack),
    ).toBeDefined();
  });

  it("does not take an action plan with a date column for the chronology", () => {
    const plan = [
      "No.",
      "Recommendation",
      "Key Actions",
      "Evidence",
      "Key Outcomes",
      "Lead Officer",
      "Date",
    ];
    expect(locateChronology(doc(table([plan])), pack)).toBeUndefined();
  });

  it("ignores tables in headers and footers", () => {
    expect(locateChronology(doc(table([HEADER], { part: "header" })), pack)).toBeUndefined();
  });

  it("takes cells beyond the header row as extra columns without a heading", () => {
    const found = locateChronology(doc(table([HEADER, [...entry("01/01/2012"), "stray"]])), pack)!;
    expect(found.width).toBe(6);
    expect(found.extra).toEqual([{ index: 5, headerText: "" }]);
  });

  it("matches each pack column to one table column, best first", () => {
    const m = matchHeaderRow(["Date", "Date of contact", "Time"], pack.chronology);
    expect(m.columns[0].index).toBe(0);
    expect(m.extra.map((e) => e.index)).toEqual([1]);
  });
});
