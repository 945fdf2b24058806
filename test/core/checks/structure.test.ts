import { runChecks } from "../../../src/core/checks/engine";
import type { Block, Finding } from "../../../src/core/model/types";
import { doc, guidance, heading, headerBlock, mixed, para, table } from "./fixtures/builders";
import { findingsOf } from "./fixtures/helpers";
import { testPack } from "./fixtures/test-pack";

const of = (rule: string, blocks: Block[]): Finding[] =>
  runChecks(doc(...blocks), testPack).filter((f) => f.rule === rule);

/** Every section of the test pack with some text, as a base to take things away from. */
function complete(): Block[] {
  return testPack.sections.flatMap((s) => [
    heading(s.title, s.level),
    para(`Text written by the author for ${s.title.toLowerCase()}.`),
  ]);
}

describe("structure.missing-section", () => {
  it("reports each required section that is not there, as an error named by its title", () => {
    const blocks = complete().filter(
      (b) => !(b.kind === "paragraph" && /Terms of Reference|terms of reference/.test(b.text)),
    );
    const f = of("structure.missing-section", blocks);
    expect(f).toEqual([
      expect.objectContaining({
        text: "Terms of Reference",
        severity: "error",
        section: "Terms of Reference",
      }),
    ]);
    expect(f[0].location).toBeUndefined();
  });

  it("does not report an optional section, or sections found under an alias or number", () => {
    const blocks = complete()
      .filter((b) => !(b.kind === "paragraph" && /Sign Off/i.test(b.text)))
      .map((b) =>
        b.kind === "paragraph" && b.text === "Methodology"
          ? heading("1. SOURCES OF INFORMATION")
          : b,
      );
    expect(of("structure.missing-section", blocks)).toEqual([]);
  });
});

describe("structure.empty-section", () => {
  it.each<[string, Block[]]>([
    ["nothing", []],
    ["only guidance", [guidance("Describe the sources of information you used.")]],
    ["only a prompt", [para("[Insert the Terms of Reference here]")]],
    ["only blank lines", [para(""), para("   ")]],
    [
      "only the template's starting text",
      [para("The following sources of information have been used.")],
    ],
    ["an author's sub-heading with nothing under it", [heading("Interviews", 2)]],
  ])("is reported for a section holding %s", (_, body) => {
    const blocks = [
      heading("Methodology"),
      ...body,
      heading("Terms of Reference"),
      para("The terms set by the panel."),
    ];
    const f = of("structure.empty-section", blocks);
    expect(f).toEqual([
      expect.objectContaining({
        text: "Methodology",
        severity: "error",
        location: { blockId: blocks[0].id },
      }),
    ]);
  });

  it("is a warning for an optional section", () => {
    const f = of("structure.empty-section", [
      heading("Sign Off & Completion"),
      guidance("Sign here."),
    ]);
    expect(f[0].severity).toBe("warning");
  });

  it.each<[string, Block[]]>([
    ["a sentence", [para("We read the case records.")]],
    ["a sentence after guidance", [guidance("Guidance."), para("We read the records.")]],
    ["a paragraph mixing guidance and text", [mixed("{{List the sources.}} We read the records.")]],
    [
      "a filled table",
      [
        table([
          ["Source", "Date"],
          ["Case notes", "01/01/2020"],
        ]),
      ],
    ],
  ])("is not reported for a section holding %s", (_, body) => {
    expect(of("structure.empty-section", [heading("Methodology"), ...body])).toEqual([]);
  });

  it("counts a parent section's sub-sections as its content", () => {
    expect(
      of("structure.empty-section", [
        heading("Analysis of Involvement"),
        heading("Lessons learnt", 2),
        para("Learning."),
      ]),
    ).toEqual([]);
  });

  it("does not count an empty table (headers and labels only) as content", () => {
    const f = of("structure.empty-section", [
      heading("Action Plan"),
      table([
        [
          "No.",
          "Recommendation",
          "Key Actions",
          "Evidence",
          "Key Outcomes",
          "Lead Officer",
          "Date",
        ],
        ["", "", "", "", "", "", ""],
      ]),
    ]);
    expect(f.map((x) => x.text)).toEqual(["Action Plan"]);
  });
});

describe("structure.placeholder", () => {
  const RULE = "structure.placeholder";
  it.each([
    ["[Insert the Terms of Reference here]", "[Insert the Terms of Reference here]"],
    ["Terms: [insert terms] and more.", "[insert terms]"],
    ["<Enter the date of the panel>", "<Enter the date of the panel>"],
    [
      "Insert name and designation of IMR author here",
      "Insert name and designation of IMR author here",
    ],
    ["Completed on dd/mm/yyyy by the author.", "dd/mm/yyyy"],
    [
      "The IMR covers (insert adults initials to keep anonymous) who is the subject.",
      "(insert adults initials to keep anonymous)",
    ],
    ["[XXXX]", "[XXXX]"],
  ])("finds %j", (text, prompt) => {
    const f = findingsOf(RULE, [para(text)]);
    expect(f.map((x) => x.text)).toEqual([prompt]);
    expect(f[0].severity).toBe("error");
  });

  it("finds a cover hint left as ordinary text in a table cell", () => {
    const t = table([["Author of IMR", "Insert name and designation of IMR author here"]]);
    expect(findingsOf(RULE, [t])[0]).toMatchObject({
      location: { blockId: t.id, row: 0, column: 1 },
    });
  });

  it.each([
    "He said that [Adult A] had left.",
    "The text [sic] was copied.",
    "See reference [1] and [2].",
    "The officer decided to enter the house here, by the back door.",
    "The date was 01/02/2020.",
  ])("does not take %j for a prompt", (text) => {
    expect(findingsOf(RULE, [para(text)])).toEqual([]);
  });

  it("ignores prompts that are still guidance (they go when guidance is stripped)", () => {
    expect(findingsOf(RULE, [guidance("[Insert the Terms of Reference here]")])).toEqual([]);
    const t = table([["Author of IMR", "Insert name and designation of IMR author here"]], {
      guidanceCells: [[false, true]],
    });
    expect(findingsOf(RULE, [t])).toEqual([]);
  });
});

describe("marking.missing", () => {
  const RULE = "marking.missing";
  it.each<[string, Block[]]>([
    ["in the page header", [headerBlock("OFFICIAL-SENSITIVE")]],
    ["without the hyphen", [headerBlock("Official Sensitive")]],
    ["at the top of the body", [para("OFFICIAL SENSITIVE"), heading("Methodology")]],
    ["in a cover table near the top", [table([["Protective marking", "OFFICIAL-SENSITIVE"]])]],
  ])("accepts the pack's marking %s", (_, blocks) => {
    expect(of(RULE, blocks)).toEqual([]);
  });

  it("reports no marking as an error", () => {
    const f = of(RULE, [para("A report."), heading("Methodology")]);
    expect(f).toEqual([
      expect.objectContaining({
        severity: "error",
        text: "OFFICIAL-SENSITIVE",
        section: "Header and footer",
      }),
    ]);
  });

  it("reports an obsolete marking as a warning telling the author what to use", () => {
    const h = headerBlock("RESTRICTED");
    const [f] = of(RULE, [h]);
    expect(f).toMatchObject({
      severity: "warning",
      text: "RESTRICTED",
      location: { blockId: h.id, start: 0, end: 10 },
      suggestions: ["OFFICIAL-SENSITIVE"],
    });
    expect(f.message).toMatch(/OFFICIAL-SENSITIVE/);
  });

  it("does not mistake ordinary words for a marking, or look deep into the body", () => {
    expect(
      of(RULE, [
        para("Access to the file is restricted to the panel and to the author of this report."),
      ])[0].severity,
    ).toBe("error");
    const late = [
      para("a"),
      para("b"),
      para("c"),
      para("d"),
      para("e"),
      para("OFFICIAL-SENSITIVE"),
    ];
    expect(of(RULE, late)[0].severity).toBe("error");
  });

  it("warns where a lower marking stands in place of the pack's", () => {
    expect(of(RULE, [headerBlock("OFFICIAL")])[0]).toMatchObject({
      severity: "warning",
      text: "OFFICIAL",
    });
  });
});
