import { check, recheck, runChecks } from "../../../src/core/checks/engine";
import { chronologyFindings } from "../../../src/core/chronology/rules";
import type { DocModel, Finding, TableBlock } from "../../../src/core/model/types";
import { BUILTIN_PACKS } from "../../../src/core/packs/registry";

const dhr = BUILTIN_PACKS.find((p) => p.id === "dhr")!;
const header = dhr.chronology.columns.map((c) => c.header);

function model(rows: string[][]): DocModel {
  return {
    blocks: [
      { kind: "paragraph", id: "h", text: "Comprehensive Agency Chronology", headingLevel: 1 },
      {
        kind: "table",
        id: "details",
        rows: [["Dates as given in the Terms of Reference:", "01/01/2010 to 31/12/2012"]],
      },
      { kind: "table", id: "chron", rows: [header, ...rows] },
    ],
  };
}

const row = (date: string, time = "", source = "Log") => [
  date,
  time,
  source,
  "PC 1",
  "Victim",
  "Attended.",
  "",
];
const chronologyOnly = (fs: Finding[]) =>
  fs.filter((f) => f.rule.startsWith("chronology.")).map((f) => [f.rule, f.text, f.location]);
const strip = (fs: Finding[]) => fs.map((f) => [f.rule, f.text, f.location]);

describe("the chronology rule family", () => {
  const doc = model([
    row("05/01/2012", "5pm"),
    row("01/01/2012"),
    row("2009-01-01"),
    row("02/02/2012", "", ""),
  ]);

  it("gives the engine the same findings as chronologyFindings", () => {
    // The chronology family is one of the engine's built-in families.
    const fromEngine = chronologyOnly(runChecks(doc, dhr));
    expect(fromEngine).toHaveLength(6);
    expect(fromEngine.map((f) => f[0]).sort()).toEqual(
      strip(chronologyFindings(doc, dhr))
        .map((f) => f[0])
        .sort(),
    );
  });

  it("honours disabled rules", () => {
    const fs = runChecks(doc, dhr, {
      disabledRules: ["chronology.order", "chronology.out-of-period"],
    });
    expect(
      chronologyOnly(fs)
        .map((f) => f[0])
        .sort(),
    ).toEqual(["chronology.date-format", "chronology.empty-cell", "chronology.time-format"]);
  });

  it("takes the review period from the check options over the document's", () => {
    const fs = runChecks(doc, dhr, {
      reviewPeriod: { start: "01/01/2012", end: "31/01/2012" },
    });
    expect(
      chronologyOnly(fs)
        .filter((f) => f[0] === "chronology.out-of-period")
        .map((f) => f[1]),
    ).toEqual(["2009-01-01", "02/02/2012"]);
  });

  it("re-checks after the chronology changes", () => {
    const first = check(doc, dhr);
    const edited: DocModel = {
      blocks: doc.blocks.map((b) =>
        b.id === "chron"
          ? ({ ...b, rows: [header, row("01/01/2012"), row("05/01/2012", "17:00")] } as TableBlock)
          : b,
      ),
    };
    const again = recheck(first, edited, ["chron"]);
    expect(chronologyOnly(again.findings)).toEqual([]);
    expect(chronologyOnly(again.findings)).toEqual(
      chronologyOnly(runChecks(edited, dhr)),
    );
  });
});
