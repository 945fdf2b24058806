import type { DocModel, Finding } from "../../../src/core/model/types";
import { fixPlan } from "../../../src/taskpane/findings/fix-plan";
import {
  checkedAgo,
  findingIds,
  replacementChoices,
  whatWasChecked,
} from "../../../src/taskpane/findings/status";
import { builtinPack } from "../../../src/core/packs/registry";
import { setUp, tearDown } from "../../word/helpers";

const acronym: Finding = {
  rule: "language.acronym-undefined",
  severity: "warning",
  message: "m",
  text: "MARAC",
  location: { blockId: "b1", start: 30, end: 35 },
  suggestions: ["Multi-Agency Risk Assessment Conference (MARAC)"],
  fixable: true,
};

describe("fixPlan", () => {
  it("replaces the finding's words with its first suggestion, expecting them still there", () => {
    expect(fixPlan(acronym)).toEqual({
      description: "Replace “MARAC” with “Multi-Agency Risk Assessment Conference (MARAC)”",
      edits: [
        {
          kind: "replaceText",
          location: { blockId: "b1", start: 30, end: 35 },
          expected: "MARAC",
          replacement: "Multi-Agency Risk Assessment Conference (MARAC)",
        },
      ],
    });
    expect(fixPlan(acronym, "the MARAC")?.edits[0]).toMatchObject({ replacement: "the MARAC" });
  });

  it("finds the words in a table cell as read, only where they occur once", () => {
    const model: DocModel = {
      blocks: [
        {
          kind: "table",
          id: "b4",
          rows: [
            ["Date", "Event"],
            ["01/02/2020", "DV incident; DV again"],
          ],
        },
      ],
    };
    const cell: Finding = {
      ...acronym,
      text: "incident",
      location: { blockId: "b4", row: 1, column: 1 },
    };
    expect(fixPlan(cell, "report", model)?.edits).toEqual([
      {
        kind: "replaceCellText",
        blockId: "b4",
        row: 1,
        column: 1,
        start: 3,
        end: 11,
        expected: "incident",
        replacement: "report",
      },
    ]);
    expect(fixPlan({ ...cell, text: "DV" }, "x", model)).toBeUndefined();
  });

  it("refuses what can't be fixed in one click", () => {
    expect(fixPlan({ ...acronym, fixable: false })).toBeUndefined();
    expect(fixPlan({ ...acronym, location: undefined })).toBeUndefined();
    expect(fixPlan({ ...acronym, suggestions: [] })).toBeUndefined();
    expect(
      fixPlan({ ...acronym, location: { blockId: "b1", start: 30, end: 36 } }),
    ).toBeUndefined();
  });

  it("is applied by the Word adapter, and refused once the text has changed", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Heading", "She failed to engage with the MARAC."],
    });
    try {
      const plan = fixPlan(acronym)!;
      host.setParagraphText(1, "She did not attend the MARAC meeting.");
      const refused = await gateway.applyPlan(plan);
      expect(refused.ok).toBe(false);
      expect(host.bodyText()[1]).toBe("She did not attend the MARAC meeting.");
      host.setParagraphText(1, "She failed to engage with the MARAC.");
      expect(await gateway.applyPlan(plan)).toEqual({ ok: true, applied: 1 });
      expect(host.bodyText()[1]).toBe(
        "She failed to engage with the Multi-Agency Risk Assessment Conference (MARAC).",
      );
    } finally {
      tearDown();
    }
  });
});

describe("status words", () => {
  it.each([
    [0, "just now"],
    [59_000, "just now"],
    [60_000, "1 minute ago"],
    [5 * 60_000 + 10, "5 minutes ago"],
    [60 * 60_000, "1 hour ago"],
    [3 * 60 * 60_000, "3 hours ago"],
  ])("%i ms ago is “%s”", (ms, words) => {
    expect(checkedAgo(1_000_000, 1_000_000 + ms)).toBe(words);
  });

  it("gives findings stable, unique keys that survive other findings going", () => {
    const a = { ...acronym };
    const b = { ...acronym, text: "IDVA", location: { blockId: "b2", start: 0, end: 4 } };
    const twin = { ...b };
    const ids = findingIds([a, b, twin]);
    expect(new Set(ids).size).toBe(3);
    expect(findingIds([b, twin])).toEqual(ids.slice(1));
  });

  it("offers as replacements only suggestions that read as phrases", () => {
    expect(
      replacementChoices({
        ...acronym,
        suggestions: [
          "did not attend",
          "services were not able to engage X",
          "Say what was offered.",
          "was not seen",
        ],
      }),
    ).toEqual(["did not attend", "was not seen"]);
    expect(replacementChoices({ ...acronym, fixable: false })).toEqual([]);
  });

  it("says what a clean check covered", () => {
    const dhr = builtinPack("dhr")!;
    expect(whatWasChecked(dhr)).toMatch(new RegExp(`^the ${dhr.sections.length} sections of the`));
    expect(whatWasChecked(dhr)).toMatch(/judgemental language.*chronology/);
  });
});
