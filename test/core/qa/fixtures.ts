import type { DocModel, ParagraphBlock, TableBlock } from "../../../src/core/model/types";
import { PackSchema, type Pack, type PackInput } from "../../../src/core/packs/schema";

/** A small pack of our own, so these tests do not depend on the built-in packs. */
export const packInput: PackInput = {
  schemaVersion: 1,
  id: "test-dhr",
  title: "Test DHR IMR",
  reviewType: "DHR",
  description: "A pack for tests",
  source: "Tests",
  protectiveMarking: { default: "OFFICIAL-SENSITIVE" },
  cover: {
    title: "INDIVIDUAL MANAGEMENT REVIEW",
    fields: [
      { id: "subject", label: "Domestic Homicide Review in respect of" },
      { id: "perpetrator", label: "Details of perpetrator (s)" },
      { id: "other-persons", label: "Details of other relevant persons" },
      { id: "author", label: "Author of IMR" },
      { id: "quality-assured-by", label: "Quality assured and approved by" },
      { id: "first-submission", label: "Date of first submission" },
      { id: "revision", label: "Date of revision" },
      { id: "final-submission", label: "Date of final submission" },
    ],
  },
  sections: [
    {
      id: "terms-of-reference",
      title: "Terms of Reference",
      placeholders: ["Insert the Terms of Reference here"],
    },
    { id: "chronology", title: "Comprehensive Agency Chronology", table: "chronology" },
    { id: "analysis", title: "Analysis of Involvement" },
    { id: "recommendations", title: "Recommendations", table: "actionPlan" },
  ],
  chronology: {
    title: "Chronology",
    columns: [
      { id: "date", header: "Date", kind: "date", required: true },
      { id: "time", header: "Time", kind: "time" },
      { id: "source", header: "Source of evidence", required: true },
      { id: "event", header: "Event description", required: true },
    ],
  },
  actionPlan: {
    title: "Action plan",
    columns: [
      { id: "number", header: "No." },
      { id: "recommendation", header: "Recommendation" },
      { id: "key-actions", header: "Key Actions" },
      { id: "date", header: "Date", kind: "date" },
    ],
  },
  qa: {
    defaultSet: "form",
    sets: [
      {
        id: "form",
        title: "Individual Management Review Quality Assurance Form",
        source: "Seed 002, Appendix 4",
        criteria: [
          {
            id: "scope",
            text: "The scope of the review is unambiguous",
            evidence: ["terms-of-reference"],
          },
          { id: "independent-author", text: "Author was independent" },
          {
            id: "chronology",
            text: "Report includes chronology of involvement",
            evidence: ["chronology", "sections"],
          },
          {
            id: "identity",
            text: "Report is sensitive to identity",
            evidence: ["diversity", "language"],
          },
        ],
      },
      {
        id: "other",
        title: "Another form",
        source: "Tests",
        answers: ["Met", "Not met"],
        criteria: [{ id: "one", text: "One" }],
      },
    ],
  },
};

export const pack: Pack = PackSchema.parse(packInput);
export const formSet = pack.qa.sets[0];

let n = 0;
export function p(text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock {
  return { kind: "paragraph", id: `p${n++}`, text, ...extra };
}
export function h(text: string, level = 1): ParagraphBlock {
  return p(text, { headingLevel: level, style: `Heading ${level}` });
}
export function t(rows: string[][], extra: Partial<TableBlock> = {}): TableBlock {
  return { kind: "table", id: `t${n++}`, rows, ...extra };
}

/** A small report in the test pack's shape. */
export function report(): DocModel {
  return {
    blocks: [
      t(
        [
          ["Domestic Homicide Review in respect of", "Joanne Bloggs, White British, aged 34"],
          ["Details of perpetrator (s)", "Mr James Ward, partner"],
          ["Details of other relevant persons", ""],
          ["Author of IMR", "A Author"],
          ["Quality assured and approved by", "Insert name and designation"],
          ["Date of first submission", ""],
          ["Date of revision", ""],
          ["Date of final submission", ""],
        ],
        { guidanceCells: [[], [], [], [], [false, true], [], [], []] },
      ),
      h("1. Terms of Reference"),
      p("The review covers 01/01/2020 to 31/12/2021 and asks whether risk was assessed."),
      h("2. Comprehensive Agency Chronology"),
      t(
        [
          ["Date", "Time", "Source of evidence", "Event description"],
          ["01/01/2012", "17:00", "E.g. case record", "Detail what the contact involved"],
          ["03/02/2020", "10:00", "Case notes", "Home visit."],
          ["05/03/2020", "", "Interview", "Phone call."],
          ["07/04/2022", "", "Case notes", "Referral."],
        ],
        { guidanceCells: [[], [true, true, true, true], [], [], []] },
      ),
      h("3. Analysis of Involvement"),
      p("The victim's age and her first language were considered; an interpreter was offered."),
      p("Her religion and her marriage were discussed; she was pregnant at the time."),
      h("4. Recommendations"),
      t([
        ["No.", "Recommendation", "Key Actions", "Date"],
        ["1", "Train staff in risk assessment", "Deliver training", "01/06/2024"],
        ["2", "Review the referral policy", "Policy review", "01/09/2024"],
      ]),
    ],
  };
}
