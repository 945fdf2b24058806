import {
  check,
  findingKey,
  recheck,
  runChecks,
  type RuleFamily,
} from "../../../src/core/checks/engine";
import { validateCheckOptions } from "../../../src/core/checks/options";
import type { DocModel, Finding, ParagraphBlock } from "../../../src/core/model/types";
import { BUILTIN_PACKS } from "../../../src/core/packs/registry";
import { doc, heading, headerBlock, para } from "./fixtures/builders";
import { cleanReport } from "./fixtures/reports";
import { testPack } from "./fixtures/test-pack";

function sample(): DocModel {
  return doc(
    headerBlock("OFFICIAL-SENSITIVE"),
    para("INDIVIDUAL MANAGEMENT REVIEW REPORT"),
    heading("Methodology"),
    para("Adult A failed to engage. Mrs Smith said so."),
    heading("Terms of Reference"),
    para("The MARAC met in June."),
  );
}

const rules = (f: Finding[]) => f.map((x) => x.rule);

describe("runChecks", () => {
  it("fills in every finding's section", () => {
    const f = runChecks(sample(), testPack);
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.section).toBeTruthy();
    expect(f.find((x) => x.rule === "language.judgemental")?.section).toBe("Methodology");
    expect(f.find((x) => x.rule === "language.acronym-undefined")?.section).toBe(
      "Terms of Reference",
    );
    expect(f.find((x) => x.rule === "structure.missing-section")?.section).toBe(
      "Agency Involvement",
    );
  });

  it("labels findings outside the pack's sections", () => {
    const f = runChecks(
      doc(para("Adult A failed to engage."), heading("Methodology"), para("Text.")),
      testPack,
    );
    expect(f.find((x) => x.rule === "language.judgemental")?.section).toBe("Cover page");
    const g = runChecks(doc(para("Adult A failed to engage.")), testPack);
    expect(g.find((x) => x.rule === "language.judgemental")?.section).toBe("Whole document");
  });

  it("lists findings in document order, document-level findings first", () => {
    const f = runChecks(sample(), testPack);
    const located = f.filter((x) => x.location);
    expect(f.indexOf(located[0])).toBe(f.length - located.length);
    expect(located.map((x) => x.text).slice(0, 3)).toEqual([
      "failed to engage",
      "Mrs Smith",
      "MARAC",
    ]);
  });

  it("switches rules off and overrides severities", () => {
    const f = runChecks(sample(), testPack, {
      disabledRules: ["language.judgemental", "structure.missing-section"],
      severityOverrides: { "anonymisation.full-name": "error" },
    });
    expect(rules(f)).not.toContain("language.judgemental");
    expect(rules(f)).not.toContain("structure.missing-section");
    expect(f.find((x) => x.rule === "anonymisation.full-name")?.severity).toBe("error");
  });

  it("drops ignored findings by their key, and the key survives edits elsewhere", () => {
    const model = sample();
    const target = runChecks(model, testPack).find((x) => x.rule === "language.judgemental")!;
    const key = findingKey(target);
    expect(key).toBe("language.judgemental|failed to engage|Methodology");
    const edited = doc(
      ...model.blocks.map((b) =>
        b.kind === "paragraph" && b.text.startsWith("Adult A")
          ? { ...b, text: `New words first. ${b.text}` }
          : b,
      ),
    );
    const f = runChecks(edited, testPack, { ignoredKeys: [key] });
    expect(f.some((x) => x.rule === "language.judgemental")).toBe(false);
  });

  it("takes agency phrases, and switches catalogue phrases off by id or pattern", () => {
    const model = doc(
      heading("Methodology"),
      para("She was a frequent flyer at the surgery and failed to engage."),
    );
    const f = runChecks(model, testPack, {
      extraPhrases: [
        {
          id: "frequent-flyer",
          family: "labels",
          phrases: ["frequent (flyer|flier)(s)?"],
          suggestions: ["attended often"],
          note: "a label for people who need help often",
          source: ["DOMAIN-NOTES"],
        },
      ],
      disabledPhrases: ["failed-to-engage"],
    });
    expect(f.filter((x) => x.rule === "language.judgemental").map((x) => x.text)).toEqual([
      "frequent flyer",
    ]);
    const g = runChecks(model, testPack, {
      disabledPhrases: [
        "non-compliant",
        "(fail(ed|s|ing)?|refus(ed|es|ing|e)?|unwilling(ness)?|reluctan(t|ce)) to engage",
      ],
    });
    expect(g.filter((x) => x.rule === "language.judgemental")).toEqual([]);
  });

  it("switches on catalogue phrases that are off by default", () => {
    const model = doc(
      heading("Methodology"),
      para("Services for disabled children were reviewed."),
    );
    expect(runChecks(model, testPack).filter((x) => x.rule === "language.judgemental")).toEqual([]);
    expect(
      runChecks(model, testPack, { enabledPhrases: ["disabled-children"] }).filter(
        (x) => x.rule === "language.judgemental",
      ),
    ).toHaveLength(1);
  });

  it("ignores invalid agency word lists, which validateCheckOptions reports", () => {
    const options = {
      extraPhrases: [{ id: "bad", phrases: ["(unclosed"] }],
      extraAcronyms: [{ acronym: "lower", expansion: "" }],
      maxSentenceWords: 2,
      severityOverrides: { x: "fatal" },
    } as never;
    expect(() => runChecks(sample(), testPack, options)).not.toThrow();
    expect(validateCheckOptions(options).map((p) => p.path)).toEqual(
      expect.arrayContaining([
        "extraPhrases.0.family",
        "extraAcronyms.0.acronym",
        "extraAcronyms.0.expansion",
        "severityOverrides.x",
        "maxSentenceWords",
      ]),
    );
    expect(validateCheckOptions({})).toEqual([]);
  });

  it("runs extra rule families, and survives one that throws", () => {
    const extra: RuleFamily = {
      id: "custom",
      rules: ["custom.rule"],
      run: (ctx) =>
        ctx.blocks
          .filter((b) => b.kind === "paragraph" && b.text.includes("June"))
          .map((b) => ({
            rule: "custom.rule",
            severity: "info",
            message: "A month.",
            text: "June",
            location: { blockId: b.id },
          })),
    };
    const broken: RuleFamily = {
      id: "broken",
      run: () => {
        throw new Error("boom");
      },
    };
    const f = runChecks(sample(), testPack, { extraFamilies: [extra, broken] });
    expect(f.find((x) => x.rule === "custom.rule")).toMatchObject({
      section: "Terms of Reference",
    });
    expect(f.find((x) => x.rule === "engine.rule-failed")?.message).toMatch(/boom/);
    expect(
      runChecks(sample(), testPack, {
        extraFamilies: [extra],
        disabledRules: ["custom.rule"],
      }).some((x) => x.rule === "custom.rule"),
    ).toBe(false);
  });
});

describe("recheck", () => {
  const pack = BUILTIN_PACKS[0];

  function edit(model: DocModel, id: string, text: string): DocModel {
    return {
      ...model,
      blocks: model.blocks.map((b) => (b.id === id ? { ...(b as ParagraphBlock), text } : b)),
    };
  }

  it("gives the same findings as a full check after edits, insertions and deletions", () => {
    let model = cleanReport(pack);
    let result = check(model, pack);
    expect(result.findings).toEqual([]);
    const paragraphs = model.blocks.filter(
      (b): b is ParagraphBlock => b.kind === "paragraph" && !b.headingLevel && b.part === undefined,
    );

    model = edit(
      model,
      paragraphs[3].id,
      "Adult A failed to engage with the CAMHS worker and Mrs Smith.",
    );
    result = recheck(result, model, [paragraphs[3].id]);
    expect(result.findings).toEqual(runChecks(model, pack));
    expect(rules(result.findings)).toEqual(
      expect.arrayContaining([
        "language.judgemental",
        "language.acronym-undefined",
        "anonymisation.full-name",
      ]),
    );

    // A heading renamed: sections move, document-scoped rules see it.
    const h = model.blocks.find(
      (b) => b.kind === "paragraph" && b.text === pack.sections[1].title,
    )!;
    model = edit(model, h.id, "Something else");
    result = recheck(result, model, [h.id]);
    expect(result.findings).toEqual(runChecks(model, pack));
    expect(rules(result.findings)).toContain("structure.missing-section");

    // A paragraph inserted and one deleted, reported with no ids at all.
    const inserted: ParagraphBlock = {
      kind: "paragraph",
      id: "new-1",
      text: "The MASH referral was late.",
    };
    const at = model.blocks.indexOf(paragraphs[5]);
    model = {
      ...model,
      blocks: [...model.blocks.slice(0, at), inserted, ...model.blocks.slice(at + 1)],
    };
    result = recheck(result, model, []);
    expect(result.findings).toEqual(runChecks(model, pack));

    // Undo everything: back to clean.
    model = cleanReport(pack);
    result = recheck(result, model, []);
    expect(result.findings).toEqual([]);
  });

  it("notices a block edited in place when its id is given", () => {
    const model = cleanReport(pack);
    let result = check(model, pack);
    const p = model.blocks.find(
      (b): b is ParagraphBlock => b.kind === "paragraph" && b.text.startsWith("This review"),
    )!;
    p.text = "Adult A failed to engage.";
    result = recheck(result, model, [p.id]);
    expect(result.findings.map((f) => f.text)).toEqual(["failed to engage"]);
  });
});
