import { BOM, chronologyToCsv, readCsv, toCsv } from "../../../src/core/chronology/csv";
import { agencyName, reviewPeriodFromDocument } from "../../../src/core/chronology/details";
import { chronologyCsv, exportChronology } from "../../../src/core/chronology/export";
import type { DocModel } from "../../../src/core/model/types";
import { doc, entry, HEADER, table, testPack } from "./helpers";

const pack = testPack();

describe("chronologyToCsv", () => {
  it("writes a BOM, a header record and CRLF line ends", () => {
    const csv = chronologyToCsv(
      [{ Date: "01/01/2012", Event: "Visit" }],
      ["Date", "Event", "Agency"],
    );
    expect(csv).toBe(`${BOM}Date,Event,Agency\r\n01/01/2012,Visit,\r\n`);
  });

  it.each([
    ["a,b", '"a,b"'],
    ['say "hello"', '"say ""hello"""'],
    ["line 1\nline 2", '"line 1\nline 2"'],
    ["line 1\r\nline 2", '"line 1\r\nline 2"'],
    ["plain – ünïcode ✓", "plain – ünïcode ✓"],
    ["  spaces  ", "  spaces  "],
  ])("writes %p as %p", (text, field) => {
    expect(toCsv([[text, "x"]])).toBe(`${BOM}${field},x\r\n`);
  });

  it("writes a record of one empty field as a quoted empty field", () => {
    expect(toCsv([[""]])).toBe(`${BOM}""\r\n`);
  });

  it("guards fields a spreadsheet would run as formulas, only when asked", () => {
    expect(toCsv([["=1+1", "-note", "ok"]], { guardFormulas: true })).toBe(
      `${BOM}'=1+1,'-note,ok\r\n`,
    );
    expect(toCsv([["=1+1"]])).toBe(`${BOM}=1+1\r\n`);
  });
});

describe("readCsv", () => {
  it("reads RFC 4180 text with or without a BOM", () => {
    const text = 'Date,Event\r\n01/01/2012,"Visit, then ""call"""\r\n02/01/2012,"two\r\nlines"\r\n';
    const expected = [
      ["Date", "Event"],
      ["01/01/2012", 'Visit, then "call"'],
      ["02/01/2012", "two\r\nlines"],
    ];
    expect(readCsv(text)).toEqual({ ok: true, records: expected });
    expect(readCsv(BOM + text)).toEqual({ ok: true, records: expected });
  });

  it("takes LF and CR line ends and a last record without a line end", () => {
    expect(readCsv("a,b\nc,d\re,f")).toEqual({
      ok: true,
      records: [
        ["a", "b"],
        ["c", "d"],
        ["e", "f"],
      ],
    });
  });

  it("keeps empty fields", () => {
    expect(readCsv(",a,\r\n\r\n")).toEqual({ ok: true, records: [["", "a", ""], [""]] });
  });

  it("reads a stray quote inside an unquoted field as a quote", () => {
    expect(readCsv('5" tall,x')).toEqual({ ok: true, records: [['5" tall', "x"]] });
  });

  it("refuses a quoted field that is never closed, with its line", () => {
    expect(readCsv('a,b\r\nc,"open\r\nmore')).toEqual({
      ok: false,
      line: 2,
      message: "Line 2: a quoted field is never closed.",
    });
  });

  it("refuses text after a closing quote", () => {
    const r = readCsv('a\r\n"x"y,z');
    expect(r).toMatchObject({ ok: false, line: 2 });
  });

  it("reads empty text as no records", () => {
    expect(readCsv("")).toEqual({ ok: true, records: [] });
    expect(readCsv(BOM)).toEqual({ ok: true, records: [] });
  });
});

describe("agencyName and reviewPeriodFromDocument", () => {
  it.each<[string, DocModel, string | undefined]>([
    [
      "the cover's Agency field",
      { blocks: [{ kind: "table", id: "c", rows: [["Agency", "Greater Manchester Police"]] }] },
      "Greater Manchester Police",
    ],
    [
      "the first line of a cover field that also profiles the agency",
      {
        blocks: [
          {
            kind: "table",
            id: "c",
            rows: [["Agency", "Northtown NHS Trust\nWe provide community health services."]],
          },
        ],
      },
      "Northtown NHS Trust",
    ],
    [
      "the details table's Name of Agency, in the same cell",
      {
        blocks: [
          {
            kind: "table",
            id: "d",
            rows: [["Name of Agency: Northtown Council", "IMR Report Writer: J Smith"]],
          },
        ],
      },
      "Northtown Council",
    ],
    [
      "the details table's Name of Agency, in the next cell",
      { blocks: [{ kind: "table", id: "d", rows: [["Name of Agency:", "Northtown Council"]] }] },
      "Northtown Council",
    ],
    [
      "nothing when the field is unfilled (the next cell is another label)",
      { blocks: [{ kind: "table", id: "d", rows: [["Name of Agency:", "IMR Report Writer:"]] }] },
      undefined,
    ],
    [
      "nothing when the value is guidance",
      {
        blocks: [
          {
            kind: "table",
            id: "c",
            rows: [["Agency", "Name of agency"]],
            guidanceCells: [[false, true]],
          },
        ],
      },
      undefined,
    ],
  ])("reads %s", (_, model, name) => {
    expect(agencyName(model)).toBe(name);
  });

  it("prefers Name of Agency to Agency", () => {
    const model: DocModel = {
      blocks: [
        {
          kind: "table",
          id: "c",
          rows: [["Agency", "Police. A long profile of the force follows here."]],
        },
        { kind: "table", id: "d", rows: [["Name of Agency:", "Greater Manchester Police"]] },
      ],
    };
    expect(agencyName(model)).toBe("Greater Manchester Police");
  });

  it("reads the review period from the Terms of Reference field", () => {
    const model: DocModel = {
      blocks: [
        {
          kind: "table",
          id: "d",
          rows: [["Dates as given in the Terms of Reference: 01/01/2010 to 31/12/2012"]],
        },
      ],
    };
    expect(reviewPeriodFromDocument(model)).toMatchObject({
      start: { key: 20100101 },
      end: { key: 20121231 },
    });
  });
});

describe("exportChronology", () => {
  const model = doc(
    table(
      [
        ["Date", "Time", "Source of evidence", "Event description", "Comments", "Outcome"],
        ["01/01/2012", "17:00", "E.g. case record", "", "", ""],
        ["02/01/2012", "09:00", "Case record", 'Visit, then "call"', "", "x"],
        ["", "", "", "", "", ""],
        ["03/01/2012", "", "# author note", "Check", "", ""],
      ],
      { guidanceCells: [[], [true, true, true]] },
    ),
    [{ kind: "table", id: "cover", rows: [["Agency", "Northtown Police"]] }],
  );

  it("exports the pack's columns plus Agency, without guidance, empty rows or extra columns", () => {
    const r = exportChronology(model, pack);
    expect(r).toEqual({
      ok: true,
      columns: [...HEADER, "Agency"],
      agency: "Northtown Police",
      omitted: ["Outcome"],
      rows: [
        {
          Date: "02/01/2012",
          Time: "09:00",
          "Source of evidence": "Case record",
          "Event description": 'Visit, then "call"',
          Comments: "",
          Agency: "Northtown Police",
        },
        {
          Date: "03/01/2012",
          Time: "",
          "Source of evidence": "# author note",
          "Event description": "Check",
          Comments: "",
          Agency: "Northtown Police",
        },
      ],
    });
  });

  it("writes CSV that reads back", () => {
    const r = chronologyCsv(model, pack);
    if (!r.ok) throw new Error(r.message);
    const back = readCsv(r.csv);
    expect(back.ok && back.records[1]).toEqual([
      "02/01/2012",
      "09:00",
      "Case record",
      'Visit, then "call"',
      "",
      "Northtown Police",
    ]);
  });

  it("uses the fallback agency when the document names none", () => {
    const r = exportChronology(doc(table([HEADER, entry("01/01/2012")])), pack, "Fallback Trust");
    expect(r.ok && r.rows[0].Agency).toBe("Fallback Trust");
  });

  it("refuses a table with merged cells", () => {
    const r = exportChronology(doc(table([HEADER], { hasMergedCells: true })), pack);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/merged cells/) });
  });
});
