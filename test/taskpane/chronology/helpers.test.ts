import { builtinPack } from "../../../src/core/packs/registry";
import { locateChronology } from "../../../src/core/chronology/locate";
import type { DocModel, Finding } from "../../../src/core/model/types";
import { fieldKind, placementMessage } from "../../../src/taskpane/chronology/add-entry";
import { csvFileName } from "../../../src/taskpane/chronology/file-name";
import { cellLocation, groupFindings } from "../../../src/taskpane/chronology/finding-groups";
import { peopleOptions } from "../../../src/taskpane/chronology/people";
import { checkPeriod } from "../../../src/taskpane/chronology/review-period";
import {
  isoToUk,
  readTypedDate,
  readTypedTime,
  ukToIso,
} from "../../../src/taskpane/chronology/typed-values";

const dhr = builtinPack("dhr")!;
const HEADER = dhr.chronology.columns.map((c) => c.header);
const row = (date: string, time = "") => [date, time, "Case record", "", "", "Visit", ""];

function chronologyDoc(rows: string[][], extra: DocModel["blocks"] = []): DocModel {
  return {
    blocks: [
      ...extra,
      { kind: "paragraph", id: "h", text: "Comprehensive Agency Chronology", headingLevel: 1 },
      { kind: "table", id: "t", rows: [HEADER, ...rows] },
    ],
  };
}

describe("typed dates and times", () => {
  it.each([
    ["03/04/2013", { status: "ok", text: "03/04/2013" }],
    [
      "3/4/13",
      {
        status: "ok",
        text: "03/04/2013",
        note: "Read as 03/04/2013 (two-digit year read as 2013).",
      },
    ],
    ["1st Jan 2013", { status: "ok", text: "01/01/2013", note: "Read as 01/01/2013." }],
    ["", { status: "empty" }],
  ])("reads %j", (typed, expected) => {
    expect(readTypedDate(typed, false)).toEqual(expected);
  });

  it("explains a date it cannot read, in the core's words", () => {
    const r = readTypedDate("31/02/2013", true);
    expect(r).toEqual({
      status: "invalid",
      message: "31 February 2013 does not exist: check the record.",
    });
    expect(readTypedDate("12/25/2013", true)).toMatchObject({
      status: "invalid",
      message: expect.stringContaining("US order"),
    });
  });

  it("keeps an uncertain date's ? for entries and refuses it for the review period", () => {
    expect(readTypedDate("?01/03/2012", true)).toEqual({ status: "ok", text: "?01/03/2012" });
    expect(readTypedDate("?01/03/2012", false)).toMatchObject({
      status: "invalid",
      message: expect.stringContaining('remove the "?"'),
    });
  });

  it("reads times the way the checks do", () => {
    expect(readTypedTime("17:00")).toEqual({ status: "ok", text: "17:00" });
    expect(readTypedTime("9.30am")).toEqual({
      status: "ok",
      text: "09:30",
      note: "Read as 09:30.",
    });
    expect(readTypedTime("25:00")).toMatchObject({ status: "invalid" });
    expect(readTypedTime(" ")).toEqual({ status: "empty" });
  });

  it("converts between the typed form and the calendar's", () => {
    expect(ukToIso("03/04/2013")).toBe("2013-04-03");
    expect(ukToIso("?03/04/2013")).toBe("2013-04-03");
    expect(ukToIso("not a date")).toBe("");
    expect(isoToUk("2013-04-03")).toBe("03/04/2013");
    expect(isoToUk("2013-02-30")).toBe("");
    expect(isoToUk("")).toBe("");
  });
});

describe("the review period form", () => {
  it("asks for both dates, then for the end not before the start", () => {
    expect(checkPeriod("", "")).toEqual({
      ok: false,
      start: "Give the start of the review period, as dd/mm/yyyy.",
      end: "Give the end of the review period, as dd/mm/yyyy.",
    });
    expect(checkPeriod("31/12/2013", "01/01/2012")).toEqual({
      ok: false,
      end: "The end of the review period (01/01/2012) is before its start (31/12/2013).",
    });
    expect(checkPeriod("1/1/12", "31 Dec 2013")).toEqual({
      ok: true,
      start: "01/01/2012",
      end: "31/12/2013",
    });
  });
});

describe("the CSV file name", () => {
  const day = new Date(2024, 2, 5);
  it.each([
    ["Greater Manchester Police", "chronology-greater-manchester-police-2024-03-05.csv"],
    ["A&E / Pennine Care (NHS)", "chronology-a-and-e-pennine-care-nhs-2024-03-05.csv"],
    ["Ysbyty Gwynedd — Côr", "chronology-ysbyty-gwynedd-cor-2024-03-05.csv"],
    [undefined, "chronology-2024-03-05.csv"],
    ["../../etc", "chronology-etc-2024-03-05.csv"],
  ])("names the file for %j", (agency, name) => {
    expect(csvFileName(agency, day)).toBe(name);
  });

  it("keeps the agency part to 40 characters", () => {
    const name = csvFileName("x".repeat(100), day);
    expect(name).toBe(`chronology-${"x".repeat(40)}-2024-03-05.csv`);
  });
});

describe("the people 'Contact with' offers", () => {
  it("lists the cover's people, the details field's names and the register's codes and names, once each", () => {
    const cover = {
      kind: "table" as const,
      id: "cover",
      rows: [
        ["Domestic Homicide Review in respect of", "Joanne Bloggs"],
        ["Date of Birth", "01/01/1980"],
        ["Details of perpetrator (s)", "John Smith, partner"],
      ],
    };
    const details = {
      kind: "table" as const,
      id: "details",
      rows: [
        ["Name (s) or initials of victim, perpetrator or relevant persons:", "JB; JS and Child A"],
      ],
    };
    const model = chronologyDoc([], [cover, details]);
    const register = {
      schemaVersion: 1 as const,
      people: [{ name: "Joanne Bloggs", code: "Adult A", role: "victim" as const, variants: [] }],
    };
    expect(peopleOptions(model, dhr, register).map((p) => p.value)).toEqual([
      "Joanne Bloggs",
      "John Smith",
      "JB",
      "JS",
      "Child A",
      "Adult A",
    ]);
    expect(peopleOptions(model, dhr).find((p) => p.value === "John Smith")?.detail).toBe(
      "perpetrator, from the cover",
    );
  });
});

describe("adding an entry", () => {
  it("asks for each column the way it is written", () => {
    const kinds = Object.fromEntries(dhr.chronology.columns.map((c) => [c.id, fieldKind(c)]));
    expect(kinds).toEqual({
      date: "date",
      time: "time",
      source: "short",
      professional: "short",
      "contact-with": "person",
      event: "long",
      comments: "long",
    });
  });

  it("says where the new row went", () => {
    const table = locateChronology(
      chronologyDoc([row("01/02/2013"), row("03/04/2013", "09:15"), row("")]),
      dhr,
    )!;
    expect(placementMessage(table, 2)).toBe(
      "Added after the entry of 03/04/2013 at 09:15 (it is row 4 of the table).",
    );
    expect(placementMessage(table, 0)).toBe(
      "Added before the entry of 01/02/2013, as the earliest entry (it is row 2 of the table).",
    );
    const empty = locateChronology(chronologyDoc([]), dhr)!;
    expect(placementMessage(empty, 0)).toBe(
      "Added as the first dated entry (it is row 2 of the table).",
    );
  });
});

describe("findings grouped for the panel", () => {
  const f = (rule: string, location?: Finding["location"]): Finding => ({
    rule,
    severity: "error",
    message: rule,
    text: "",
    location,
  });
  it("groups in the rules' order, leaving out empty groups", () => {
    const groups = groupFindings([
      f("chronology.order"),
      f("chronology.date-format"),
      f("chronology.order"),
    ]);
    expect(groups.map((g) => [g.label, g.findings.length])).toEqual([
      ["Dates not in the form dd/mm/yyyy", 1],
      ["Entries out of date order", 2],
    ]);
  });

  it("offers Go to only for table cells", () => {
    expect(cellLocation({ blockId: "t", row: 1, column: 0 })).toEqual({
      blockId: "t",
      row: 1,
      column: 0,
    });
    expect(cellLocation({ blockId: "t" })).toBeUndefined();
    expect(cellLocation(undefined)).toBeUndefined();
  });
});
