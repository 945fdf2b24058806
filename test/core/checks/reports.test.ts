import { runChecks } from "../../../src/core/checks/engine";
import { BUILTIN_PACKS } from "../../../src/core/packs/registry";
import { cleanReport, draftWithProblems } from "./fixtures/reports";

describe.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))("the %s pack", (_, pack) => {
  it("finds nothing at all in a clean, complete, well-written report", () => {
    expect(runChecks(cleanReport(pack), pack)).toEqual([]);
  });

  it("finds nothing in the clean report while its guidance notes are still in", () => {
    expect(runChecks(cleanReport(pack, { withGuidance: true }), pack)).toEqual([]);
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
