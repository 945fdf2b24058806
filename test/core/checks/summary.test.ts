import { runChecks } from "../../../src/core/checks/engine";
import { describeCounts, summariseFindings } from "../../../src/core/checks/summary";
import type { Finding } from "../../../src/core/model/types";
import { BUILTIN_PACKS } from "../../../src/core/packs/registry";
import { draftWithProblems } from "./fixtures/reports";
import { testPack } from "./fixtures/test-pack";

const f = (rule: string, severity: Finding["severity"], section?: string): Finding => ({
  rule,
  severity,
  message: "m",
  text: "t",
  section,
});

describe("summariseFindings", () => {
  it("groups by section in the pack's order, with counts by severity", () => {
    const s = summariseFindings(
      [
        f("language.judgemental", "warning", "Analysis of Involvement"),
        f("structure.missing-section", "error", "Terms of Reference"),
        f("language.long-sentence", "info", "Analysis of Involvement"),
        f("marking.missing", "error", "Header and footer"),
        f("anonymisation.full-name", "warning", "Glossary"),
        f("structure.glossary-missing", "warning"),
      ],
      testPack,
    );
    expect(s.counts).toEqual({ error: 2, warning: 3, info: 1, total: 6 });
    expect(s.sections.map((x) => x.section)).toEqual([
      "Whole document",
      "Header and footer",
      "Terms of Reference",
      "Analysis of Involvement",
      "Glossary",
    ]);
    expect(s.sections[3].counts).toEqual({ error: 0, warning: 1, info: 1, total: 2 });
    expect(s.rules[0]).toEqual({ rule: "anonymisation.full-name", count: 1 });
  });

  it("puts errors first within a section", () => {
    const s = summariseFindings([
      f("a", "info", "X"),
      f("b", "error", "X"),
      f("c", "warning", "X"),
    ]);
    expect(s.sections[0].findings.map((x) => x.rule)).toEqual(["b", "c", "a"]);
  });

  it("summarises a real draft", () => {
    const pack = BUILTIN_PACKS[0];
    const s = summariseFindings(runChecks(draftWithProblems(pack).model, pack), pack);
    expect(s.counts.error).toBeGreaterThan(0);
    expect(s.sections.reduce((n, x) => n + x.counts.total, 0)).toBe(s.counts.total);
  });

  it.each([
    [{ error: 0, warning: 0, info: 0, total: 0 }, "No problems found"],
    [{ error: 1, warning: 2, info: 1, total: 4 }, "1 error, 2 warnings, 1 note"],
    [{ error: 3, warning: 0, info: 2, total: 5 }, "3 errors, 2 notes"],
  ])("describes %j as %j", (counts, text) => {
    expect(describeCounts(counts)).toBe(text);
  });
});
