import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runChronology } from "../../src/cli/commands/chronology";
import { runTemplate } from "../../src/cli/commands/template";
import type { CliIO } from "../../src/cli/io";
import { main, USAGE } from "../../src/cli/main";
import { CHRONOLOGY_RULES } from "../../src/core/chronology";
import { runChecks } from "../../src/core/checks";
import { isTable } from "../../src/core/model/types";
import { builtinPack } from "../../src/core/packs/registry";
import { readDocx } from "../../src/docx/read/docx";

/**
 * The .docx fixtures were written by LibreOffice from the HTML beside them
 * (test/fixtures/chronology/make-fixtures.sh); housing.csv is a hand-written export.
 */
const FIXTURES = join(__dirname, "../fixtures/chronology");
const FIXTURE_FILES = [
  "police.docx",
  "health.docx",
  "housing.csv",
  "merged-cells.docx",
  "no-chronology.docx",
  "no-agency.docx",
  "problems.docx",
  "clean.docx",
];

function fakeIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd };
  return { io, out, err };
}

const DHR_HEADER =
  'Date,Time,Source of evidence,Name of professional,Contact with,"Event description, actions taken, decisions made",Comments,Agency';
const GMP = "Greater Manchester Police";
const PENNINE = "Pennine Care NHS Foundation Trust";
const HOUSING = "Salford Housing Trust";

describe("imr chronology", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "imr-chronology-"));
    for (const f of FIXTURE_FILES) copyFileSync(join(FIXTURES, f), join(dir, f));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const written = () => readdirSync(dir).filter((f) => !FIXTURE_FILES.includes(f));

  describe("export", () => {
    it("writes the chronology as CSV: BOM, CRLF, RFC 4180 quoting, pack columns plus Agency", async () => {
      const { io, out, err } = fakeIO(dir);
      expect(await runChronology(["export", "police.docx", "-o", "police.csv"], io)).toBe(0);
      expect(err).toEqual([]);
      const bytes = readFileSync(join(dir, "police.csv"));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8")).toBe(
        "\uFEFF" +
          `${DHR_HEADER}\r\n` +
          `03/04/2012,09:15,Incident log,PC Smith,Victim,"Call about a ""disturbance"", officers attended",,${GMP}\r\n` +
          `03/04/2012,,Incident log,PC Smith,Perpetrator,"Words of advice given.\nNo further action.",Risk assessment not completed,${GMP}\r\n` +
          `15/02/2013,22:40,Custody record,DS Jones,Perpetrator,Arrested for common assault,Charged; bail conditions set,${GMP}\r\n`,
      );
      expect(out[0]).toBe(
        `Wrote police.csv: 3 rows from the Comprehensive Agency Chronology of ${GMP} (Date, Time, Source of evidence, Name of professional, Contact with, Event description, actions taken, decisions made, Comments, Agency).`,
      );
      expect(written()).toEqual(["police.csv"]);
    });

    it("reads a chronology whose headings are the template's aliases, under the template's headings", async () => {
      const { io } = fakeIO(dir);
      expect(
        await runChronology(["export", "health.docx", "-o", "h.csv", "--pack", "dhr"], io),
      ).toBe(0);
      const lines = readFileSync(join(dir, "h.csv"), "utf8").split("\r\n");
      expect(lines[0]).toBe(`\uFEFF${DHR_HEADER}`);
      expect(lines[2]).toBe(
        `Spring 2013,,Health visitor notes,HV Brown,Victim,"Home visit, undated in the record",,${PENNINE}`,
      );
    });

    it("exports nothing but the header from a fresh template (its example row is guidance)", async () => {
      const { io } = fakeIO(dir);
      expect(await runTemplate(["dhr", "-o", "fresh.docx"], io)).toBe(0);
      const out = fakeIO(dir);
      expect(await runChronology(["export", "fresh.docx", "-o", "fresh.csv"], out.io)).toBe(0);
      expect(readFileSync(join(dir, "fresh.csv"), "utf8")).toBe(`\uFEFF${DHR_HEADER}\r\n`);
      expect(out.out[0]).toMatch(
        /^Wrote fresh\.csv: 0 rows from the Comprehensive Agency Chronology/,
      );
    });

    it("says when the document names no agency, and takes one from --agency", async () => {
      const first = fakeIO(dir);
      expect(await runChronology(["export", "no-agency.docx", "-o", "a.csv"], first.io)).toBe(0);
      expect(first.out[1]).toBe(
        'The document does not name its agency (no "Name of Agency" field), so the Agency column is empty: give it with --agency "<name>".',
      );
      expect(readFileSync(join(dir, "a.csv"), "utf8").split("\r\n")[1]).toBe(
        "01/02/2012,10:00,Case record,J Green,Victim,Office appointment,,",
      );
      const second = fakeIO(dir);
      expect(
        await runChronology(
          ["export", "no-agency.docx", "-o", "b.csv", "--agency", "Bolton Council"],
          second.io,
        ),
      ).toBe(0);
      expect(readFileSync(join(dir, "b.csv"), "utf8").split("\r\n")[1]).toBe(
        "01/02/2012,10:00,Case record,J Green,Victim,Office appointment,,Bolton Council",
      );
      expect(second.out).toHaveLength(1);
    });

    it("refuses to overwrite without --force, and replaces with it (no temporary file left)", async () => {
      writeFileSync(join(dir, "out.csv"), "precious");
      const first = fakeIO(dir);
      expect(await runChronology(["export", "police.docx", "-o", "out.csv"], first.io)).toBe(2);
      expect(first.err).toEqual([
        "imr chronology: out.csv already exists; use --force to replace it",
      ]);
      expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("precious");
      const second = fakeIO(dir);
      expect(
        await runChronology(["export", "police.docx", "-o", "out.csv", "--force"], second.io),
      ).toBe(0);
      expect(readFileSync(join(dir, "out.csv"), "utf8")).toContain(DHR_HEADER);
      expect(written()).toEqual(["out.csv"]);
    });

    it.each([
      [
        "a table with merged cells",
        ["export", "merged-cells.docx", "-o", "x.csv"],
        /^imr chronology: merged-cells\.docx: The chronology table has merged cells: split them/,
      ],
      [
        "no chronology",
        ["export", "no-chronology.docx", "-o", "x.csv"],
        /^imr chronology: no chronology table found in no-chronology\.docx/,
      ],
      ["a missing file", ["export", "gone.docx", "-o", "x.csv"], /gone\.docx does not exist$/],
      ["a CSV output name", ["export", "police.docx", "-o", "x.txt"], /must end in \.csv/],
      ["no -o", ["export", "police.docx"], /say where to write with -o/],
      [
        "an unknown pack",
        ["export", "police.docx", "-o", "x.csv", "--pack", "nope"],
        /unknown pack "nope"/,
      ],
      ["an unknown subcommand", ["sort", "police.docx"], /unknown subcommand "sort"/],
    ])("exits 2 with a one-line reason for %s, writing nothing", async (_what, args, reason) => {
      const { io, out, err } = fakeIO(dir);
      expect(await runChronology(args, io)).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).not.toContain("\n");
      expect(err[0]).toMatch(reason);
      expect(written()).toEqual([]);
    });

    it("refuses a file that is not a .docx, naming the problem", async () => {
      writeFileSync(join(dir, "fake.docx"), "just text");
      const { io, err } = fakeIO(dir);
      expect(await runChronology(["export", "fake.docx", "-o", "x.csv"], io)).toBe(2);
      expect(err[0]).toMatch(/^imr chronology: cannot read fake\.docx: not a \.docx file/);
    });

    it("never writes over its input", async () => {
      const { io, err } = fakeIO(dir);
      expect(
        await runChronology(
          ["merge", "police.docx", "housing.csv", "-o", "housing.csv", "--force"],
          io,
        ),
      ).toBe(2);
      expect(err[0]).toMatch(/will not write over the input file housing\.csv/);
      expect(readFileSync(join(dir, "housing.csv"))).toEqual(
        readFileSync(join(FIXTURES, "housing.csv")),
      );
    });
  });

  describe("merge", () => {
    const sorted = [
      [
        "02/04/2012",
        "14:00",
        "GP record",
        "Dr Patel",
        "Victim",
        "Attended with a bruised arm",
        "No routine enquiry made",
        PENNINE,
      ],
      [
        "03/04/2012",
        "08:00",
        "Housing file",
        "",
        "",
        'Tenancy visit; tenant said "all fine"',
        "",
        HOUSING,
      ],
      [
        "03/04/2012",
        "09:15",
        "Incident log",
        "PC Smith",
        "Victim",
        'Call about a "disturbance", officers attended',
        "",
        GMP,
      ],
      [
        "03/04/2012",
        "",
        "Incident log",
        "PC Smith",
        "Perpetrator",
        "Words of advice given.\nNo further action.",
        "Risk assessment not completed",
        GMP,
      ],
      [
        "10/01/2013",
        "08:30",
        "A&E record",
        "Dr Khan",
        "Victim",
        "Attended A&E with a head injury",
        "Referral to MARAC",
        PENNINE,
      ],
      [
        "15/02/2013",
        "22:40",
        "Custody record",
        "DS Jones",
        "Perpetrator",
        "Arrested for common assault",
        "Charged; bail conditions set",
        GMP,
      ],
      // No Agency cell in the CSV row: the input's name (its file name) stands in.
      ["01/03/2013", "", "Housing file", "", "", "Emergency move requested", "", "housing"],
      // Rows that cannot be dated: kept, at the end, in input order.
      [
        "Spring 2013",
        "",
        "Health visitor notes",
        "HV Brown",
        "Victim",
        "Home visit, undated in the record",
        "",
        PENNINE,
      ],
      ["TBC", "", "Housing file", "", "", "Repairs request", "", HOUSING],
    ];
    const header = [
      "Date",
      "Time",
      "Source of evidence",
      "Name of professional",
      "Contact with",
      "Event description, actions taken, decisions made",
      "Comments",
      "Agency",
    ];

    it("merges two agencies' .docx and one CSV, sorted by date and time, agencies kept, undated rows reported", async () => {
      const { io, out, err } = fakeIO(dir);
      const code = await runChronology(
        ["merge", "police.docx", "health.docx", "housing.csv", "-o", "composite.csv"],
        io,
      );
      expect(err).toEqual([]);
      expect(code).toBe(1);
      const text = readFileSync(join(dir, "composite.csv"), "utf8");
      const { readCsv } = await import("../../src/core/chronology");
      const read = readCsv(text);
      expect(read.ok && read.records).toEqual([header, ...sorted]);
      expect(text.startsWith("\uFEFF")).toBe(true);
      expect(text.endsWith("\r\n")).toBe(true);
      expect(out).toEqual([
        "Wrote composite.csv: 9 rows from 3 chronologies, sorted by date and time.",
        `  police.docx: 3 rows, ${GMP}`,
        `  health.docx: 3 rows, ${PENNINE}`,
        `  housing.csv: 3 rows, ${HOUSING}; 1 row names no agency and is given "housing", the file's name`,
        "2 rows could not be dated and are at the end, in input order:",
        `  health.docx, entry 2 (${PENNINE}): date "Spring 2013"`,
        `  housing.csv, row 2 (${HOUSING}): date "TBC"`,
      ]);
    });

    it("exits 0 when every row could be dated", async () => {
      const { io, out } = fakeIO(dir);
      expect(await runChronology(["merge", "police.docx", "clean.docx", "-o", "m.csv"], io)).toBe(
        0,
      );
      expect(out[0]).toBe("Wrote m.csv: 7 rows from 2 chronologies, sorted by date and time.");
      expect(out.join("\n")).not.toContain("could not be dated");
    });

    it("writes a .docx composite (a heading and one table) that readDocx reads back", async () => {
      const { io } = fakeIO(dir);
      await runChronology(
        ["merge", "police.docx", "health.docx", "housing.csv", "-o", "composite.docx"],
        io,
      );
      const model = await readDocx(new Uint8Array(readFileSync(join(dir, "composite.docx"))));
      const body = model.blocks.filter((b) => (b.part ?? "body") === "body");
      const heading = body.find((b) => b.kind === "paragraph" && b.headingLevel === 1);
      expect(heading && heading.kind === "paragraph" && heading.text).toBe("Composite chronology");
      const tables = body.filter(isTable);
      expect(tables).toHaveLength(1);
      // A line break inside a cell is written as a Word line break, which readDocx reads as a space.
      const lines = sorted.map((row) => row.map((cell) => cell.replace(/\n/g, " ")));
      expect(tables[0].rows).toEqual([header, ...lines]);
      expect(tables[0].hasMergedCells).toBeFalsy();
      expect(model.packId).toBeUndefined();
      const marking = model.blocks
        .filter((b) => b.part === "header")
        .map((b) => b.kind === "paragraph" && b.text);
      expect(marking).toContain("OFFICIAL-SENSITIVE");
    });

    it("refuses an input with merged cells, and fewer than two inputs", async () => {
      const a = fakeIO(dir);
      expect(
        await runChronology(["merge", "police.docx", "merged-cells.docx", "-o", "m.csv"], a.io),
      ).toBe(2);
      expect(a.err[0]).toMatch(
        /^imr chronology: merged-cells\.docx: The chronology table has merged cells/,
      );
      const b = fakeIO(dir);
      expect(await runChronology(["merge", "police.docx", "-o", "m.csv"], b.io)).toBe(2);
      expect(b.err[0]).toMatch(/give at least two chronologies/);
      const c = fakeIO(dir);
      expect(
        await runChronology(["merge", "police.docx", "clean.docx", "-o", "m.xlsx"], c.io),
      ).toBe(2);
      expect(c.err[0]).toMatch(/must end in \.csv or \.docx/);
      expect(written()).toEqual([]);
    });

    it("refuses a CSV that is not UTF-8 or not well-formed", async () => {
      writeFileSync(
        join(dir, "latin1.csv"),
        Buffer.from([0x44, 0x61, 0x74, 0x65, 0x0d, 0x0a, 0xe9]),
      );
      const a = fakeIO(dir);
      expect(await runChronology(["merge", "police.docx", "latin1.csv", "-o", "m.csv"], a.io)).toBe(
        2,
      );
      expect(a.err[0]).toMatch(/latin1\.csv: it is not UTF-8 text/);
      writeFileSync(join(dir, "open.csv"), 'Date,Event\r\n01/01/2012,"never closed\r\n');
      const b = fakeIO(dir);
      expect(await runChronology(["merge", "police.docx", "open.csv", "-o", "m.csv"], b.io)).toBe(
        2,
      );
      expect(b.err[0]).toMatch(/cannot read open\.csv: Line 2: a quoted field is never closed/);
      expect(existsSync(join(dir, "m.csv"))).toBe(false);
    });
  });

  it("is registered in the imr command", async () => {
    expect(USAGE).toContain("imr chronology export");
    const { io, out } = fakeIO(dir);
    expect(await main(["chronology", "export", "police.docx", "-o", "p.csv"], io)).toBe(0);
    expect(out[0]).toMatch(/^Wrote p\.csv: 3 rows/);
  });
});

describe("the chronology rules through the check engine, on .docx files", () => {
  const pack = builtinPack("dhr")!;
  const read = async (name: string) => readDocx(new Uint8Array(readFileSync(join(FIXTURES, name))));

  it("reports every chronology rule on the planted-problem chronology", async () => {
    const findings = runChecks(await read("problems.docx"), pack);
    const rules = new Set(
      findings.filter((f) => f.rule.startsWith("chronology.")).map((f) => f.rule),
    );
    expect([...rules].sort()).toEqual([...CHRONOLOGY_RULES].sort());
    const texts = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.text);
    expect(texts("chronology.columns")).toEqual(["Reviewer comments"]);
    expect(texts("chronology.date-format")).toEqual(["1st Jan 2013"]);
    expect(texts("chronology.time-format")).toEqual(["9.30am"]);
    expect(texts("chronology.out-of-period")).toEqual(["15/06/2011"]);
    expect(texts("chronology.empty-cell")).toEqual([""]);
    expect(texts("chronology.order").sort()).toEqual(["15/06/2011", "20/03/2012"]);
  });

  it("reports nothing about the chronology of the clean one", async () => {
    const findings = runChecks(await read("clean.docx"), pack);
    expect(findings.filter((f) => f.rule.startsWith("chronology."))).toEqual([]);
  });
});
