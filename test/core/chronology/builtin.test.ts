import { agencyName } from "../../../src/core/chronology/details";
import { locateChronology } from "../../../src/core/chronology/locate";
import { repairHeader, sortRows } from "../../../src/core/chronology/repair";
import { chronologyFindings } from "../../../src/core/chronology/rules";
import type { Block, DocModel } from "../../../src/core/model/types";
import { BUILTIN_PACKS } from "../../../src/core/packs/registry";
import type { Pack } from "../../../src/core/packs/schema";
import { templateLayout } from "../../../src/core/template/layout";

const pack = (id: string): Pack => BUILTIN_PACKS.find((p) => p.id === id)!;

/** The document the add-in's template makes, read back: tables with their guidance cells. */
function templateModel(p: Pack): DocModel {
  const blocks: Block[] = [];
  templateLayout(p).forEach((item, i) => {
    const id = `b${i}`;
    if (item.kind === "table") {
      blocks.push({
        kind: "table",
        id,
        tag: item.role,
        rows: item.rows.map((r) => r.map((c) => c.text)),
        guidanceCells: item.rows.map((r) => r.map((c) => c.kind === "guidance")),
      });
    } else if (item.kind === "heading") {
      blocks.push({ kind: "paragraph", id, text: item.text, headingLevel: item.level });
    } else if (item.kind === "guidance") {
      const text = item.paragraphs.map((x) => x.text).join(" ");
      blocks.push({ kind: "paragraph", id, text, guidanceSpans: [{ start: 0, end: text.length }] });
    } else {
      blocks.push({ kind: "paragraph", id, text: item.text });
    }
  });
  return { blocks };
}

describe.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))("the %s pack", (_, p) => {
  it("finds its own template's chronology, with every column exact", () => {
    const model = templateModel(p);
    const found = locateChronology(model, p)!;
    expect(found.block.tag).toBe("chronology");
    expect(found.columns.every((c) => c.match === "exact")).toBe(true);
    expect(found.score).toBe(1);
  });

  it("has no chronology findings on a fresh template (the example row is guidance)", () => {
    const model = templateModel(p);
    expect(chronologyFindings(model, p)).toEqual([]);
    expect(agencyName(model)).toBeUndefined();
  });
});

describe("the DHR pack (seed 002)", () => {
  const dhr = pack("dhr");

  it("checks an agency's own copy of the seed's chronology, example row typed as plain text", () => {
    const model: DocModel = {
      blocks: [
        { kind: "paragraph", id: "h", text: "5. Comprehensive Agency Chronology", headingLevel: 1 },
        {
          kind: "table",
          id: "details",
          rows: [
            ["Name of Agency: Northtown Police", "IMR Report Writer: J Smith"],
            ["Dates as given in the Terms of Reference: 01/01/2010 to 31/12/2012", ""],
          ],
        },
        {
          kind: "table",
          id: "chron",
          rows: [
            [
              "Date",
              "Time",
              "Source of evidence",
              "Name of professional",
              "Contact with",
              "Event description, actions taken, decisions made",
              "Comments",
            ],
            [
              "01/01/2012",
              "17:00",
              "E.g. case record, interview, minutes",
              "Name of professional that had the contact",
              "Victim, perpetrator or relevant persons",
              "Detail what the contact involved, what actions or decisions were made, and the outcome of the contact",
              "Were internal policies adhered to, is it relevant to the DHR Terms of Reference, any gaps or missing records, any gaps in contact.",
            ],
            [
              "12/03/2011",
              "5pm",
              "Incident log",
              "PC 1",
              "Victim",
              "Domestic incident attended; DASH completed.",
              "",
            ],
            ["02/03/2011", "", "Incident log", "PC 2", "Victim", "Call from victim.", ""],
            ["Spring 2009", "", "", "PC 3", "Perpetrator", "Arrest.", ""],
          ],
        },
      ],
    };
    const fs = chronologyFindings(model, dhr);
    expect(fs.map((f) => [f.rule, f.text])).toEqual([
      ["chronology.time-format", "5pm"],
      ["chronology.order", "02/03/2011"],
      ["chronology.date-format", "Spring 2009"],
      ["chronology.empty-cell", ""],
    ]);
    expect(agencyName(model)).toBe("Northtown Police");
  });

  it("repairs a header written with another template's headings", () => {
    const model: DocModel = {
      blocks: [
        {
          kind: "table",
          id: "chron",
          rows: [
            [
              "Date of contact",
              "Time of contact",
              "Source of Information",
              "Contact",
              "Key interventions, actions taken and decisions made",
            ],
            ["01/01/2012", "10:00", "Notes", "Victim", "Visit"],
          ],
        },
      ],
    };
    const r = repairHeader(model, dhr);
    if (!r.ok) throw new Error(r.message);
    const edit = r.plan.edits[0];
    expect(edit.kind === "replaceTable" && edit.rows).toEqual([
      dhr.chronology.columns.map((c) => c.header),
      ["01/01/2012", "10:00", "Notes", "", "Victim", "Visit", ""],
    ]);
  });
});

describe("the CSPR pack (seed 003, Appendix 3)", () => {
  const cspr = pack("cspr");
  const model: DocModel = {
    blocks: [
      {
        kind: "table",
        id: "title",
        rows: [
          [
            "RESTRICTED",
            "Derbyshire Children’s Services – Individual Management Review ref: ",
            "Date",
          ],
        ],
      },
      {
        kind: "table",
        id: "chron",
        rows: [
          ["Date", "Source of Information/Event", "Activity", "Response or Outcome of Activity"],
          ["04/05/2020", "Social care record", "Strategy meeting", "Section 47 enquiry"],
          ["01/05/2020", "Referral", "Contact from school", ""],
          ["", "", "", ""],
          ["", "", "", ""],
        ],
      },
    ],
  };

  it("finds the four-column chronology, not the title table", () => {
    expect(locateChronology(model, cspr)?.block.id).toBe("chron");
  });

  it("reports the order and sorts, leaving the empty rows at the end", () => {
    expect(chronologyFindings(model, cspr).map((f) => [f.rule, f.text])).toEqual([
      ["chronology.order", "01/05/2020"],
    ]);
    const r = sortRows(model, cspr);
    if (!r.ok) throw new Error(r.message);
    const edit = r.plan.edits[0];
    expect(edit.kind === "replaceTable" && edit.rows.map((row) => row[0])).toEqual([
      "Date",
      "01/05/2020",
      "04/05/2020",
      "",
      "",
    ]);
  });

  it("takes a DHR-headed chronology as the CSPR's, by the aliases, and reports the renamed headings", () => {
    const dhrHeaded: DocModel = {
      blocks: [
        {
          kind: "table",
          id: "c",
          rows: [["Date", "Source of evidence", "Event description", "Outcome"]],
        },
      ],
    };
    expect(chronologyFindings(dhrHeaded, cspr).map((f) => [f.text, f.suggestions?.[0]])).toEqual([
      ["Source of evidence", "Source of Information/Event"],
      ["Event description", "Activity"],
      ["Outcome", "Response or Outcome of Activity"],
    ]);
  });
});
