import type { Finding } from "../../../src/core/model/types";
import { parseRegister } from "../../../src/core/anonymise/register";
import { evidenceFor, qaEvidence, type EvidenceItem } from "../../../src/core/qa/evidence";
import { formSet, h, p, pack, report, t } from "./fixtures";

function f(rule: string, text: string): Finding {
  return { rule, severity: "warning", message: "m", text };
}
const texts = (items: EvidenceItem[]) => items.map((i) => `${i.kind}: ${i.text}`);

describe("qaEvidence", () => {
  const findings: Finding[] = [
    f("chronology.out-of-period", "07/04/2022"),
    f("chronology.date-format", "3rd Feb"),
    f("chronology.date-format", "2020-03-05"),
    f("recommendations.smart", "Review the referral policy"),
    f("structure.missing-section", "Methodology"),
    f("structure.empty-section", "Learning"),
    f("language.judgemental", "she chose to stay"),
    f("language.judgemental", "non-compliant"),
    f("language.acronym-undefined", "MARAC"),
    f("language.acronym-undefined", "MARAC"),
    f("language.acronym-undefined", "IDVA"),
    f("anonymisation.full-name", "Joanne Bloggs"),
    f("anonymisation.full-name", "Joanne Bloggs"),
  ];
  const ev = qaEvidence(report(), pack, findings, {
    reviewPeriod: { start: "01/01/2020", end: "31/12/2021" },
    dates: { imrRequested: "01/02/2024", imrCompleted: "15/03/2024" },
  });

  it("chronology: entries (not the example row), outside the period, date formats", () => {
    expect(texts(ev.chronology)).toEqual([
      "info: The chronology has 3 entries.",
      "info: Review period: 01/01/2020 to 31/12/2021.",
      "concern: 1 entry falls outside the review period.",
      "concern: 2 dates are not written in the agreed format (e.g. “3rd Feb”, “2020-03-05”).",
    ]);
  });
  it("recommendations: counted from the action plan, with the SMART findings", () => {
    expect(texts(ev.recommendations)).toEqual([
      "info: 2 recommendations are written in the action plan.",
      "concern: 1 recommendation may not be SMART (specific, measurable, achievable, realistic, timely): “Review the referral policy”.",
    ]);
  });
  it("sections, language and acronyms from the findings", () => {
    expect(texts(ev.sections)).toEqual([
      "concern: Missing section: “Methodology”.",
      "concern: Left empty: “Learning”.",
    ]);
    expect(texts(ev.language)).toEqual([
      "concern: 2 phrases may read as judgemental or victim-blaming: “she chose to stay”, “non-compliant”.",
    ]);
    expect(texts(ev.acronyms)).toEqual(["concern: 2 acronyms are not defined: “MARAC”, “IDVA”."]);
  });
  it("anonymisation: distinct names left in", () => {
    expect(texts(ev.anonymisation)).toEqual([
      "concern: 1 name that looks like a real person's is still in the text: “Joanne Bloggs”.",
    ]);
  });
  it("diversity: which characteristics the analysis mentions and which protected ones it does not", () => {
    expect(ev.diversity[0].text).toBe(
      "The analysis (“Analysis of Involvement”) mentions: age, marriage and civil partnership, pregnancy and maternity, religion or belief, language, interpreter.",
    );
    expect(ev.diversity[1]).toEqual({
      kind: "concern",
      text: "Protected characteristics (Equality Act 2010) not mentioned: disability, gender reassignment, race, sex, sexual orientation. Check whether each was considered, or say why it does not apply.",
    });
  });
  it("terms of reference: has content", () => {
    expect(texts(ev["terms-of-reference"])).toEqual([
      "ok: The “Terms of Reference” section has content (1 paragraph, 12 words).",
    ]);
  });
  it("timescale: dates recorded, what is missing, how long it took", () => {
    expect(texts(ev.timescale)).toEqual([
      "info: Date the IMR was requested: 01/02/2024.",
      "info: Date the IMR was completed: 15/03/2024.",
      "concern: Not recorded: date quality assured and signed off.",
      "info: The IMR took 43 days from request to completion (about 6 weeks).",
    ]);
  });
  it("evidenceFor lists a criterion's keys in order", () => {
    const c = formSet.criteria.find((x) => x.id === "chronology")!;
    expect(evidenceFor(c, ev).map((e) => e.key)).toEqual(["chronology", "sections"]);
    expect(evidenceFor(formSet.criteria[1], ev)).toEqual([]);
  });
});

describe("qaEvidence on a thin document", () => {
  const thin = {
    blocks: [
      h("Terms of Reference"),
      p("[Insert the Terms of Reference here]"),
      h("Analysis of Involvement"),
      p("Nothing to add."),
    ],
  };
  const ev = qaEvidence(thin, pack, []);

  it("says what is missing rather than claiming it is fine", () => {
    expect(texts(ev.chronology)).toEqual([
      "concern: No chronology table with the template's columns was found in the report.",
      "info: No review period was given, so the entries' dates were not checked against it.",
    ]);
    expect(ev.recommendations[0]).toEqual({
      kind: "concern",
      text: "No recommendations section or action plan was found.",
    });
    expect(texts(ev["terms-of-reference"])).toEqual([
      "concern: The “Terms of Reference” section has no content of the author's own.",
    ]);
    expect(ev.diversity[0].kind).toBe("concern");
    expect(ev.timescale).toEqual([
      {
        kind: "concern",
        text: "No dates are recorded yet (the NCVPP checklist asks for the date the IMR was requested; date the IMR was completed; date quality assured and signed off).",
      },
    ]);
  });
  it("claims nothing about dates in an empty chronology", () => {
    const empty = {
      blocks: [
        t([
          ["Date", "Time", "Source of evidence", "Event description"],
          ["", "", "", ""],
        ]),
      ],
    };
    expect(
      texts(
        qaEvidence(empty, pack, [], { reviewPeriod: { start: "01/01/2020", end: "31/12/2021" } })
          .chronology,
      ),
    ).toEqual([
      "concern: The chronology table has no entries.",
      "info: Review period: 01/01/2020 to 31/12/2021.",
    ]);
  });
  it("reports what the findings do not flag as ok", () => {
    expect(ev.sections[0].kind).toBe("ok");
    expect(ev.language[0].kind).toBe("ok");
    expect(ev.acronyms[0].kind).toBe("ok");
    expect(ev.anonymisation[0].kind).toBe("ok");
  });
  it("reads the whole report for diversity when there is no analysis section", () => {
    const ev2 = qaEvidence(
      { blocks: [p("She used an interpreter; her ethnicity and culture were recorded.")] },
      pack,
      [],
    );
    expect(ev2.diversity[0].text).toBe(
      "The report (no analysis section was found, so the whole report was read) mentions: ethnicity, culture, interpreter.",
    );
  });
  it("finds recommendations written as paragraphs when there is no action plan table", () => {
    const doc = {
      blocks: [
        h("Recommendations"),
        p("1. Train staff."),
        p("2. Audit files."),
        p("Guidance", { guidanceSpans: [{ start: 0, end: 8 }] }),
      ],
    };
    expect(qaEvidence(doc, pack, []).recommendations[0].text).toBe(
      "2 recommendations are written under “Recommendations”.",
    );
  });
});

describe("qaEvidence with a register", () => {
  it("counts register names still in the text", () => {
    const reg = parseRegister({
      people: [
        { name: "Joanne Bloggs", code: "Adult A", role: "victim" },
        { name: "Zed Zulu", code: "Adult Z", role: "other" },
      ],
    });
    if (!reg.ok) throw new Error("bad register");
    const ev = qaEvidence(report(), pack, [], { register: reg.value });
    expect(ev.anonymisation[1]).toEqual({
      kind: "concern",
      text: "1 name from the people register (1 person) is still in the text.",
    });
    const clean = qaEvidence({ blocks: [p("Adult A was seen.")] }, pack, [], {
      register: reg.value,
    });
    expect(clean.anonymisation[1]).toEqual({
      kind: "ok",
      text: "No name from the people register (2 people) is left in the text.",
    });
  });
});

describe("timescale order checks", () => {
  it("flags dates out of order", () => {
    const ev = qaEvidence({ blocks: [] }, pack, [], {
      dates: {
        imrRequested: "10/03/2024",
        imrCompleted: "01/03/2024",
        firstSubmission: "05/03/2024",
        revision: "01/03/2024",
      },
    });
    const concerns = ev.timescale.filter((i) => i.kind === "concern").map((i) => i.text);
    expect(concerns).toContain(
      "The IMR is recorded as completed before it was requested: check the dates.",
    );
    expect(concerns).toContain(
      "Date of revision (01/03/2024) is before date of first submission (05/03/2024).",
    );
  });
});
