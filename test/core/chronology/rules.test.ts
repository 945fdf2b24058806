import { chronologyFindings } from "../../../src/core/chronology/rules";
import type { Finding } from "../../../src/core/model/types";
import { chronologyDoc, doc, entry, HEADER, table, testPack } from "./helpers";

const pack = testPack();
const rules = (fs: Finding[]) => fs.map((f) => f.rule);

describe("chronologyFindings: a clean chronology", () => {
  it("has no findings", () => {
    const model = chronologyDoc([
      entry("01/01/2012", "09:00"),
      entry("01/01/2012", ""),
      entry("02/01/2012", "17:00", "Case record", "Phone call", "Good practice"),
    ]);
    expect(chronologyFindings(model, pack)).toEqual([]);
  });

  it("has no findings when the document has no chronology table", () => {
    expect(
      chronologyFindings({ blocks: [{ kind: "paragraph", id: "p", text: "Hello" }] }, pack),
    ).toEqual([]);
  });
});

describe("chronology.columns", () => {
  it("reports a renamed heading, with the template's heading as a one-click fix", () => {
    const model = doc(table([["Date of contact", ...HEADER.slice(1)], entry("01/01/2012")]));
    const [f] = chronologyFindings(model, pack);
    expect(f).toMatchObject({
      rule: "chronology.columns",
      severity: "error",
      text: "Date of contact",
      location: { blockId: "chron", row: 0, column: 0 },
      suggestions: ["Date"],
      fixable: true,
      section: "5. Comprehensive Agency Chronology",
    });
    expect(f.message).toMatch(/should be headed "Date"/);
  });

  it("reports a heading that differs only in case or punctuation", () => {
    const model = doc(table([["DATE", "Time:", ...HEADER.slice(2)]]));
    expect(chronologyFindings(model, pack).map((f) => [f.text, f.suggestions?.[0]])).toEqual([
      ["DATE", "Date"],
      ["Time:", "Time"],
    ]);
  });

  it("accepts a heading with extra spaces around it", () => {
    expect(chronologyFindings(doc(table([[" Date ", ...HEADER.slice(1)]])), pack)).toEqual([]);
  });

  it("reports a missing column by its heading", () => {
    const model = doc(table([["Date", "Time", "Source of evidence", "Event description"]]));
    const fs = chronologyFindings(model, pack);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: "chronology.columns",
      text: "Comments",
      location: { blockId: "chron" },
    });
    expect(fs[0].message).toMatch(/no "Comments" column/);
  });

  it("reports an extra column", () => {
    const model = doc(table([[...HEADER, "Outcome"]]));
    const fs = chronologyFindings(model, pack);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ text: "Outcome", location: { row: 0, column: 5 } });
    expect(fs[0].message).toMatch(/"Outcome" is not one of the template's columns/);
  });

  it("reports cells beyond the header row as a column without a heading", () => {
    const fs = chronologyFindings(doc(table([HEADER, [...entry("01/01/2012"), "stray"]])), pack);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: "chronology.columns",
      text: "",
      location: { blockId: "chron" },
    });
    expect(fs[0].message).toMatch(/Column 6 has no heading/);
  });

  it("reports a column out of the template's order, once", () => {
    const model = doc(
      table([["Time", "Date", "Source of evidence", "Event description", "Comments"]]),
    );
    const fs = chronologyFindings(model, pack);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: "chronology.columns",
      text: "Time",
      location: { column: 0 },
    });
    expect(fs[0].message).toMatch(
      /"Time" column is out of the template's order and should come after the "Date" column/,
    );
  });

  it("says when a misplaced column should be the first", () => {
    const model = doc(
      table([["Time", "Source of evidence", "Event description", "Comments", "Date"]]),
    );
    const fs = chronologyFindings(model, pack);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ text: "Date", location: { column: 4 } });
    expect(fs[0].message).toMatch(
      /"Date" column is out of the template's order and should be the first column/,
    );
  });

  it("says which column a misplaced column should follow", () => {
    const model = doc(
      table([["Date", "Time", "Event description", "Comments", "Source of evidence"]]),
    );
    const fs = chronologyFindings(model, pack);
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toMatch(
      /"Source of evidence" column .* should come after the "Time" column/,
    );
  });

  it("gives one clear finding for a table with merged cells, and nothing row by row", () => {
    const model = chronologyDoc([entry("1/1/12"), ["02/01/2012", "not a time"]], {
      hasMergedCells: true,
    });
    const fs = chronologyFindings(model, pack);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: "chronology.columns",
      severity: "error",
      location: { blockId: "chron" },
    });
    expect(fs[0].message).toMatch(
      /merged cells.*split them.*before the chronology can be checked or merged/,
    );
  });
});

describe("chronology.date-format", () => {
  it.each([
    ["1/1/12", "01/01/2012"],
    ["22.05.16", "22/05/2016"],
    ["22-May-16", "22/05/2016"],
    ["1st Jan 2013", "01/01/2013"],
    ["2013-02-05", "05/02/2013"],
  ])("%p is an error with %p as a one-click fix", (text, normalised) => {
    const [f] = chronologyFindings(chronologyDoc([entry(text)]), pack);
    expect(f).toMatchObject({
      rule: "chronology.date-format",
      severity: "error",
      text,
      location: { blockId: "chron", row: 1, column: 0 },
      suggestions: [normalised],
      fixable: true,
    });
  });

  it.each([
    ["01/13/2013", /US order/],
    ["31/02/2013", /does not exist/],
    ["Spring 2012", /not a date/],
    ["2012", /only a year/],
    ["early March", /not a date/],
    ["01/01/2012 - 05/01/2012", /range of dates/],
    ["01/01/2012 (approx)", /as well as the date/],
  ])("%p is an error with no fix", (text, message) => {
    const [f] = chronologyFindings(chronologyDoc([entry(text)]), pack);
    expect(f.rule).toBe("chronology.date-format");
    expect(f.severity).toBe("error");
    expect(f.text).toBe(text);
    expect(f.message).toMatch(message);
    expect(f.suggestions).toBeUndefined();
    expect(f.fixable).toBeUndefined();
  });

  it("gives information, not an error, for a date marked uncertain", () => {
    const fs = chronologyFindings(chronologyDoc([entry("?01/03/2012")]), pack);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: "chronology.date-format",
      severity: "info",
      text: "?01/03/2012",
    });
    expect(fs[0].message).toMatch(/uncertain/);
  });
});

describe("chronology.time-format", () => {
  it.each([
    ["5pm", "17:00"],
    ["17.00hrs", "17:00"],
    ["1700", "17:00"],
    ["12am", "00:00"],
  ])("%p is a warning with %p as a fix", (text, normalised) => {
    const [f] = chronologyFindings(chronologyDoc([entry("01/01/2012", text)]), pack);
    expect(f).toMatchObject({
      rule: "chronology.time-format",
      severity: "warning",
      text,
      location: { row: 1, column: 1 },
      suggestions: [normalised],
      fixable: true,
    });
  });

  it.each(["morning", "25:00", "9:5"])("%p is a warning with no fix", (text) => {
    const [f] = chronologyFindings(chronologyDoc([entry("01/01/2012", text)]), pack);
    expect(f).toMatchObject({ rule: "chronology.time-format", severity: "warning", text });
    expect(f.suggestions).toBeUndefined();
  });

  it("does not ask for a time when the time is not required", () => {
    expect(chronologyFindings(chronologyDoc([entry("01/01/2012", "")]), pack)).toEqual([]);
  });
});

describe("chronology.order", () => {
  const dates = (...ds: string[]) => chronologyDoc(ds.map((d) => entry(d)));

  it("gives one finding for one misplaced entry, saying which entry it should follow", () => {
    const model = dates(
      "01/01/2012",
      "02/01/2012",
      "03/01/2012",
      "10/01/2012",
      "04/01/2012",
      "05/01/2012",
      "06/01/2012",
    );
    const fs = chronologyFindings(model, pack);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: "chronology.order",
      severity: "warning",
      text: "10/01/2012",
      location: { row: 4, column: 0 },
    });
    expect(fs[0].message).toMatch(
      /should come after the entry of 06\/01\/2012 \(row 8 of the table\)/,
    );
  });

  it("says when an entry should come before the first", () => {
    const fs = chronologyFindings(
      dates("05/01/2012", "01/01/2012", "06/01/2012", "07/01/2012"),
      pack,
    );
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toMatch(
      /01\/01\/2012\) is out of date and time order: it should come before the entry of 05\/01\/2012/,
    );
  });

  it("flags the later of two swapped entries", () => {
    const fs = chronologyFindings(dates("05/01/2012", "03/01/2012"), pack);
    expect(fs.map((f) => f.text)).toEqual(["03/01/2012"]);
  });

  it("orders by time within a day", () => {
    const model = chronologyDoc([entry("01/01/2012", "10:00"), entry("01/01/2012", "09:00")]);
    const fs = chronologyFindings(model, pack);
    expect(rules(fs)).toEqual(["chronology.order"]);
  });

  it("keeps an untimed entry after the entry it follows on the same day", () => {
    const model = chronologyDoc([
      entry("01/01/2012", "10:00"),
      entry("01/01/2012", ""),
      entry("01/01/2012", "11:00"),
    ]);
    expect(chronologyFindings(model, pack)).toEqual([]);
  });

  it("reads dates in other forms for the order, and leaves rows without a date out of it", () => {
    const model = chronologyDoc([entry("3/1/12"), entry("Spring 2012"), entry("02/01/2012")]);
    const fs = chronologyFindings(model, pack).filter((f) => f.rule === "chronology.order");
    expect(fs).toHaveLength(1);
  });
});

describe("chronology.out-of-period", () => {
  const model = chronologyDoc([
    entry("31/12/2009"),
    entry("01/01/2010"),
    entry("31/12/2012"),
    entry("01/01/2013"),
  ]);

  it("warns about entries before and after the review period", () => {
    const fs = chronologyFindings(model, pack, {
      reviewPeriod: { start: "01/01/2010", end: "31/12/2012" },
    });
    expect(fs.map((f) => [f.rule, f.severity, f.text])).toEqual([
      ["chronology.out-of-period", "warning", "31/12/2009"],
      ["chronology.out-of-period", "warning", "01/01/2013"],
    ]);
    expect(fs[0].message).toMatch(/before the review period \(01\/01\/2010 to 31\/12\/2012\)/);
    expect(fs[1].message).toMatch(/after the review period/);
  });

  it("reads the period from the document's Terms of Reference field when none is given", () => {
    const withDetails = doc(model.blocks[1] as never, [
      {
        kind: "table",
        id: "details",
        rows: [["Dates as given in the Terms of Reference:", "01/01/2010 to 31/12/2012"]],
      },
    ]);
    expect(rules(chronologyFindings(withDetails, pack))).toEqual([
      "chronology.out-of-period",
      "chronology.out-of-period",
    ]);
  });

  it("checks nothing against a period it cannot read", () => {
    expect(
      chronologyFindings(model, pack, { reviewPeriod: { start: "soon", end: "31/12/2012" } }),
    ).toEqual([]);
  });
});

describe("chronology.empty-cell", () => {
  it("reports an empty required cell, but not an empty optional one", () => {
    const fs = chronologyFindings(
      chronologyDoc([entry("01/01/2012", "", "", "Home visit", "")]),
      pack,
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      rule: "chronology.empty-cell",
      severity: "error",
      text: "",
      location: { row: 1, column: 2 },
    });
    expect(fs[0].message).toMatch(
      /"Source of evidence" cell is empty \(the entry of 01\/01\/2012\)/,
    );
  });

  it("reports an entry without a date", () => {
    const fs = chronologyFindings(chronologyDoc([entry("", "10:00")]), pack);
    expect(fs.map((f) => [f.rule, f.location])).toEqual([
      ["chronology.empty-cell", { blockId: "chron", row: 1, column: 0 }],
    ]);
  });

  it("reports a required cell still holding the template's guidance", () => {
    const rows = [HEADER, entry("01/01/2012", "", "E.g. case record", "Home visit")];
    const guidanceCells = [[], [false, false, true, false, false]];
    const fs = chronologyFindings(doc(table(rows, { guidanceCells })), pack);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: "chronology.empty-cell", text: "E.g. case record" });
    expect(fs[0].message).toMatch(/still holds the template's guidance/);
  });
});

describe("rows the checks skip", () => {
  it("skips empty rows and the template's example row in guidance", () => {
    const rows = [
      HEADER,
      [
        "01/01/2012",
        "17:00",
        "E.g. case record, interview, minutes",
        "Detail what the contact involved",
        "",
      ],
      ["", "", "", "", ""],
    ];
    const guidanceCells = [[], [true, true, true, true, false], []];
    expect(chronologyFindings(doc(table(rows, { guidanceCells })), pack)).toEqual([]);
  });

  it("skips the example row typed as ordinary text in an agency's own template", () => {
    const model = chronologyDoc([
      [
        "01/01/2012",
        "17:00",
        "E.g. case record, interview, minutes",
        "Detail what the contact involved",
        "",
      ],
      entry("05/01/2012"),
      entry("03/01/2012"),
    ]);
    const fs = chronologyFindings(model, pack);
    expect(fs.map((f) => [f.rule, f.text, f.location])).toEqual([
      ["chronology.order", "03/01/2012", { blockId: "chron", row: 3, column: 0 }],
    ]);
  });

  it("skips a repeated header row", () => {
    expect(
      chronologyFindings(
        chronologyDoc([entry("01/01/2012"), [...HEADER], entry("02/01/2012")]),
        pack,
      ),
    ).toEqual([]);
  });

  it.each(["#", "^", "¬", "~"])("skips an author note whose source starts with %p", (mark) => {
    const model = chronologyDoc([
      entry("05/01/2012"),
      entry("early 2012", "later", `${mark} check with the GP`, ""),
      entry("06/01/2012"),
    ]);
    expect(chronologyFindings(model, pack)).toEqual([]);
  });
});
