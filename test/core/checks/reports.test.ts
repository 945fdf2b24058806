import { runChecks } from "../../../src/core/checks/engine";
import { BUILTIN_PACKS } from "../../../src/core/packs/registry";
import { cleanReport, draftWithProblems } from "./fixtures/reports";

describe.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))("the %s pack", (_, pack) => {
  it("finds nothing at all in a clean, complete, well-written report", () => {
    expect(runChecks(cleanReport(pack), pack)).toEqual([]);
  });

  it("finds only the guidance still in the clean report: one warning per note, nothing else", () => {
    const model = cleanReport(pack, { withGuidance: true });
    const findings = runChecks(model, pack);
    expect(findings.every((f) => f.rule === "guidance.remaining")).toBe(true);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    // The fixture writes each section's notes as untagged guidance paragraphs one after another,
    // so they read as one note per section, reported at its first paragraph.
    const withNotes = pack.sections.filter((s) => s.guidance.length > 0);
    expect(findings.map((f) => [f.section, f.text])).toEqual(
      withNotes.map((s) => [s.title, s.guidance[0].paragraphs[0].text.trim()]),
    );
  });

  it("finds nothing in the clean report's chronology with the chronology rules plugged in", () => {
    expect(runChecks(cleanReport(pack), pack)).toEqual([]);
  });

  it("finds each problem planted in a draft, and nothing else", () => {
    const { model, expectedRules } = draftWithProblems(pack);
    const found = [...new Set(runChecks(model, pack).map((f) => f.rule))].sort();
    expect(found).toEqual(expectedRules);
  });
});
