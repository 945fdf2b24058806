import { runChecks } from "../../../src/core/checks/engine";
import type { Block } from "../../../src/core/model/types";
import { doc, guidance, heading, headerBlock, para, table } from "./fixtures/builders";
import { findingsOf } from "./fixtures/helpers";
import { testPack } from "./fixtures/test-pack";

const RULE = "language.acronym-undefined";
const acronyms = (...texts: (string | Block)[]) =>
  findingsOf(
    RULE,
    texts.map((t) => (typeof t === "string" ? para(t) : t)),
  );

describe("language.acronym-undefined: what must be found", () => {
  it("reports an acronym that is never spelt out, once, at its first use, with the dictionary's expansion", () => {
    const first = para("Adult A was discussed at MARAC in June.");
    const f = findingsOf(RULE, [
      first,
      para("The MARAC agreed actions."),
      para("A second MARAC met later."),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      text: "MARAC",
      severity: "warning",
      fixable: true,
      location: { blockId: first.id, start: 25, end: 30 },
    });
    expect(f[0].suggestions).toEqual(["Multi-Agency Risk Assessment Conference (MARAC)"]);
  });

  it.each([
    ["The IDVAs met twice.", "IDVAs", "Independent Domestic Violence Advisors (IDVAs)"],
    ["She went to A&E at night.", "A&E", "Accident and Emergency department (A&E)"],
    ["A DoLS authorisation was in place.", "DoLS", "Deprivation of Liberty Safeguards (DoLS)"],
    ["A S47 enquiry began.", "S47", "section 47 of the Children Act 1989 (S47)"],
  ])("%s", (text, acr, suggestion) => {
    const [f] = acronyms(text);
    expect(f.text).toBe(acr);
    expect(f.suggestions?.[0]).toBe(suggestion);
  });

  it("reports an acronym the dictionary does not know, without a suggestion", () => {
    const f = acronyms("The case was recorded on PNN and sent by CJSM.");
    expect(f.map((x) => x.text)).toEqual(["PNN", "CJSM"]);
    expect(f[0].suggestions).toBeUndefined();
    expect(f[0].fixable).toBe(false);
    expect(f[0].message).toMatch(/add it to the glossary/);
  });

  it("reports use before the definition, at the first use", () => {
    const f = acronyms(
      "The MASH received the referral.",
      "The Multi-Agency Safeguarding Hub (MASH) shared it.",
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/before it is spelt out/);
  });

  it("reports an acronym spelt out two different ways", () => {
    const f = acronyms(
      "Adult Social Care (ASC) assessed her.",
      "Later, Autism Spectrum Condition (ASC) was diagnosed.",
    );
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/two different ways/);
  });

  it("does not offer a one-click fix for an acronym with several meanings, or inside a table cell", () => {
    expect(acronyms("ASC assessed her.")[0].fixable).toBe(false);
    expect(
      acronyms(
        table([
          ["Date", "Event"],
          ["01/01/2020", "Referral to MARAC"],
        ]),
      )[0],
    ).toMatchObject({ fixable: false, location: { row: 1, column: 1 } });
  });

  it("reports as info an acronym listed in the glossary but not spelt out in the text", () => {
    const f = acronyms(
      "Adult A was referred to MARAC.",
      heading("Glossary"),
      table([
        ["Abbreviation", "Meaning"],
        ["MARAC", "Multi-Agency Risk Assessment Conference"],
      ]),
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("info");
  });
});

describe("language.acronym-undefined: what must not be found", () => {
  it.each([
    [
      "spelt out before",
      "Adult A was referred to the Multi-Agency Risk Assessment Conference (MARAC). The MARAC met.",
    ],
    [
      "spelt out after",
      "Adult A was referred to MARAC (Multi-Agency Risk Assessment Conference). The MARAC met.",
    ],
    [
      "spelt out with & and lower-case words",
      "She went to Accident and Emergency (A&E). A&E staff saw her.",
    ],
    [
      "spelt out loosely",
      "She attended the Child and Adolescent Mental Health Services (CAMHS) clinic.",
    ],
    [
      "plural spelt out",
      "Two Independent Domestic Violence Advisors (IDVAs) met her. The IDVAs agreed.",
    ],
    ["needs no expansion", "The GP is part of the NHS in the UK."],
    ["the review's own name and IMR", "This IMR was written for the DHR."],
    ["initials", "JB told SW that she was frightened. Dr S and JB met."],
    ["pseudonym codes and postcodes", "GP1 and PC2 met at M11 4AB."],
    ["Roman numerals", "See part II and part IV of the guidance."],
    ["emphasis", "Staff must NOT share the report. NOTE: it is confidential."],
    ["the protective marking", "OFFICIAL-SENSITIVE handling applies; it was once RESTRICTED."],
    ["judgemental-language entries (one finding is enough)", "Child 1 was LAC and NEET."],
    ["surnames in capitals", "The caller was Joe BLOGGS; Mrs SMITH was present."],
    ["a rank before a surname (the name rule reports it)", "PC Smith attended."],
    ["widely known abbreviations", "During COVID the CCTV was not checked."],
    ["web addresses", "See www.GOV.UK/DHRGUIDE for the guidance."],
  ])("%s", (_, text) => {
    expect(acronyms(text)).toEqual([]);
  });

  it.each<[string, Block[]]>([
    ["a heading", [heading("MARAC referrals", 2)]],
    ["an all-capitals line", [para("INDIVIDUAL MANAGEMENT REVIEW REPORT FOR MARAC")]],
    ["guidance", [guidance("Was the victim subject to a MARAC?")]],
    ["a page header", [headerBlock("MARAC minutes")]],
    [
      "a key to initials",
      [
        table([
          ["Initials", "Name"],
          ["KLM", "Kay L Mason"],
        ]),
        para("KLM was present."),
      ],
    ],
  ])("in %s", (_, blocks) => {
    expect(findingsOf(RULE, blocks)).toEqual([]);
  });

  it("accepts agency settings: acronyms needing no expansion, and their own dictionary", () => {
    expect(
      findingsOf(RULE, [para("The CJSM mail was used.")], { acronymsWithoutExpansion: ["CJSM"] }),
    ).toEqual([]);
    const [f] = findingsOf(RULE, [para("The CJSM mail was used.")], {
      extraAcronyms: [
        { acronym: "CJSM", expansion: "Criminal Justice Secure Mail", source: ["STANDARD"] },
      ],
    });
    expect(f.suggestions).toEqual(["Criminal Justice Secure Mail (CJSM)"]);
  });
});

describe("structure.glossary-missing", () => {
  const GLOSSARY = "structure.glossary-missing";
  it("is reported when acronyms are used and there is no glossary", () => {
    const f = findingsOf(GLOSSARY, [
      para("The Multi-Agency Risk Assessment Conference (MARAC) met."),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/MARAC/);
  });

  it("names what a glossary leaves out", () => {
    const g = heading("Glossary");
    const f = findingsOf(GLOSSARY, [
      para(
        "The Multi-Agency Safeguarding Hub (MASH) and the Multi-Agency Risk Assessment Conference (MARAC) met.",
      ),
      g,
      para("MASH – Multi-Agency Safeguarding Hub"),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/does not list MARAC/);
    expect(f[0].location).toEqual({ blockId: g.id });
  });

  it.each<[string, Block[]]>([
    ["no acronyms are used", [para("Adult A was seen by her doctor.")]],
    ["only acronyms needing no expansion", [para("The GP is part of the NHS.")]],
    [
      "a glossary table lists them",
      [
        para("The Multi-Agency Risk Assessment Conference (MARAC) met."),
        table([
          ["Acronym", "Meaning"],
          ["MARAC", "Multi-Agency Risk Assessment Conference"],
        ]),
      ],
    ],
    [
      "a glossary section in paragraphs lists them",
      [
        para("The Multi-Agency Risk Assessment Conference (MARAC) met."),
        para("Abbreviations"),
        para("MARAC: Multi-Agency Risk Assessment Conference"),
      ],
    ],
  ])("is not reported when %s", (_, blocks) => {
    expect(findingsOf(GLOSSARY, blocks)).toEqual([]);
  });

  it("does not count glossary entries as uses", () => {
    const model = doc(
      heading("Analysis of Involvement"),
      para("Nothing abbreviated here."),
      heading("Glossary"),
      table([
        ["Abbreviation", "Meaning"],
        ["MARAC", "Multi-Agency Risk Assessment Conference"],
      ]),
    );
    expect(
      runChecks(model, testPack).filter((f) => f.rule === RULE || f.rule === GLOSSARY),
    ).toEqual([]);
  });
});
