import { readCsv } from "../../../src/core/chronology/csv";
import {
  mergeChronologies,
  mergedToCsv,
  mergeInputFromCsv,
} from "../../../src/core/chronology/merge";
import { BUILTIN_PACKS } from "../../../src/core/packs/registry";

describe("mergeChronologies", () => {
  const police = {
    agency: "Police",
    columns: ["Date", "Time", "Source of evidence", "Event description"],
    rows: [
      ["03/01/2012", "10:00", "Log", "Call-out"],
      ["01/01/2012", "", "Log", "Report"],
      ["Spring 2012", "", "Log", "Undated"],
    ],
  };
  const health = {
    agency: "Health",
    columns: ["date", "TIME", "Source of Evidence", "Event description", "GP practice"],
    rows: [
      ["03/01/2012", "10:00", "GP notes", "Appointment", "Northtown"],
      ["3/1/12", "09:30", "GP notes", "Phone call", "Northtown"],
      ["", "", "", "", ""],
    ],
  };

  it("sorts every agency's rows by date and time into one chronology, keeping each row's agency", () => {
    const merged = mergeChronologies([police, health]);
    expect(merged.columns).toEqual([
      "Date",
      "Time",
      "Source of evidence",
      "Event description",
      "GP practice",
      "Agency",
    ]);
    expect(merged.rows).toEqual([
      ["01/01/2012", "", "Log", "Report", "", "Police"],
      ["3/1/12", "09:30", "GP notes", "Phone call", "Northtown", "Health"],
      ["03/01/2012", "10:00", "Log", "Call-out", "", "Police"],
      ["03/01/2012", "10:00", "GP notes", "Appointment", "Northtown", "Health"],
      ["Spring 2012", "", "Log", "Undated", "", "Police"],
    ]);
  });

  it("reports rows it cannot date and keeps them at the end", () => {
    expect(mergeChronologies([police, health]).undated).toEqual([
      { agency: "Police", row: 2, date: "Spring 2012" },
    ]);
  });

  it("keeps input order for equal dates and times (first input first)", () => {
    const a = {
      agency: "A",
      columns: ["Date", "Event"],
      rows: [
        ["01/01/2012", "a1"],
        ["01/01/2012", "a2"],
      ],
    };
    const b = { agency: "B", columns: ["Date", "Event"], rows: [["01/01/2012", "b1"]] };
    expect(mergeChronologies([b, a]).rows.map((r) => r[1])).toEqual(["b1", "a1", "a2"]);
  });

  it("uses a row's own Agency cell from an earlier export", () => {
    const exported = {
      agency: "Fallback",
      columns: ["Date", "Event", "Agency"],
      rows: [
        ["01/01/2012", "x", "Probation"],
        ["02/01/2012", "y", ""],
      ],
    };
    const merged = mergeChronologies([exported]);
    expect(merged.columns).toEqual(["Date", "Event", "Agency"]);
    expect(merged.rows).toEqual([
      ["01/01/2012", "x", "Probation"],
      ["02/01/2012", "y", "Fallback"],
    ]);
  });

  it("puts every row with no date column among the undated", () => {
    const merged = mergeChronologies([
      { agency: "X", columns: ["When", "What"], rows: [["Monday", "Visit"]] },
    ]);
    expect(merged.rows).toEqual([["Monday", "Visit", "X"]]);
    expect(merged.undated).toEqual([{ agency: "X", row: 0, date: "" }]);
  });

  it("keeps two columns with the same heading apart", () => {
    const merged = mergeChronologies([
      { agency: "X", columns: ["Date", "Notes", "Notes"], rows: [["01/01/2012", "one", "two"]] },
    ]);
    expect(merged.columns).toEqual(["Date", "Notes", "Notes (2)", "Agency"]);
    expect(merged.rows[0]).toEqual(["01/01/2012", "one", "two", "X"]);
  });

  it("with a pack's columns, matches aliases and puts the pack's columns first", () => {
    const dhr = BUILTIN_PACKS.find((p) => p.id === "dhr")!;
    const cspr = {
      agency: "Children's Services",
      columns: ["Date", "Source of Information/Event", "Activity"],
      rows: [["02/01/2012", "File", "Visit"]],
    };
    const merged = mergeChronologies([cspr], { columns: dhr.chronology.columns });
    expect(merged.columns).toEqual([...dhr.chronology.columns.map((c) => c.header), "Agency"]);
    expect(merged.rows[0]).toEqual([
      "02/01/2012",
      "",
      "File",
      "",
      "",
      "Visit",
      "",
      "Children's Services",
    ]);
  });

  it("never changes a cell's text", () => {
    const merged = mergeChronologies([police, health]);
    const cells = (rows: string[][]) =>
      rows
        .flat()
        .filter((c) => c !== "")
        .sort();
    const inputCells = [...police.rows, ...health.rows].flat().filter((c) => c !== "");
    expect(cells(merged.rows.map((r) => r.slice(0, -1)))).toEqual(inputCells.sort());
  });
});

describe("merging CSV exports", () => {
  it("reads each export, merges them and writes the composite as CSV", () => {
    const a = mergeInputFromCsv(
      '\uFEFFDate,Event,Agency\r\n02/01/2012,"Visit, home",Police\r\n',
      "Police",
    );
    const b = mergeInputFromCsv("Date,Event\n01/01/2012,Call\n", "Health");
    if (!a.ok || !b.ok) throw new Error("not read");
    const merged = mergeChronologies([a.input, b.input]);
    const back = readCsv(mergedToCsv(merged));
    expect(back).toEqual({
      ok: true,
      records: [
        ["Date", "Event", "Agency"],
        ["01/01/2012", "Call", "Health"],
        ["02/01/2012", "Visit, home", "Police"],
      ],
    });
  });

  it("says what is wrong with a file it cannot read", () => {
    expect(mergeInputFromCsv("", "X")).toEqual({
      ok: false,
      message: expect.stringMatching(/empty/),
    });
    expect(mergeInputFromCsv('Date\r\n"open', "X")).toEqual({
      ok: false,
      message: "Line 2: a quoted field is never closed.",
    });
  });
});
