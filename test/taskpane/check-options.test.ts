import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findingKey, runChecks } from "../../src/core/checks/engine";
import type { CheckOptions } from "../../src/core/checks/types";
import { parseOrganisationJson } from "../../src/core/config";
import type { Finding } from "../../src/core/model/types";
import { builtinPack } from "../../src/core/packs/registry";
import { applyRuleSettings, mergeCheckOptions } from "../../src/taskpane/check-options";
import { draftWithProblems } from "../core/checks/fixtures/reports";

const organisation = parseOrganisationJson(
  readFileSync(join(__dirname, "..", "e2e", "fixtures", "organisation", "custom.json"), "utf8"),
).settings;
const dhr = builtinPack("dhr")!;

describe("the options a check runs with", () => {
  it("keeps the organisation's options and adds the document's", () => {
    const org: CheckOptions = {
      disabledRules: ["language.long-sentence"],
      severityOverrides: { "anonymisation.full-name": "error" },
      acronymsWithoutExpansion: ["MARAC"],
    };
    const merged = mergeCheckOptions(org, {
      ignoredKeys: ["k1"],
      reviewPeriod: { start: "01/01/2020", end: "31/12/2021" },
      registerNames: ["Joe Bloggs"],
    });
    expect(merged).toEqual({
      ...org,
      ignoredKeys: ["k1"],
      reviewPeriod: { start: "01/01/2020", end: "31/12/2021" },
      registerNames: ["Joe Bloggs"],
    });
    // The organisation's object is left as it was.
    expect(org).toEqual({
      disabledRules: ["language.long-sentence"],
      severityOverrides: { "anonymisation.full-name": "error" },
      acronymsWithoutExpansion: ["MARAC"],
    });
  });

  it("leaves out what the document doesn't give, and joins lists both give", () => {
    expect(mergeCheckOptions(undefined, {})).toEqual({});
    expect(mergeCheckOptions({ disabledRules: ["x.y"] }, { ignoredKeys: undefined })).toEqual({
      disabledRules: ["x.y"],
    });
    const base = mergeCheckOptions({}, { ignoredKeys: ["a"], registerNames: ["Ann Smith"] });
    expect(
      mergeCheckOptions(base, { ignoredKeys: ["b", "a"], registerNames: ["Bob Jones"] }),
    ).toEqual({ ignoredKeys: ["a", "b"], registerNames: ["Ann Smith", "Bob Jones"] });
  });

  it("a rule the organisation switches off is not found; the document's ignored findings still go", () => {
    const { model, expectedRules } = draftWithProblems(dhr);
    expect(expectedRules).toContain("language.long-sentence");
    const plain = runChecks(model, dhr, mergeCheckOptions(undefined, {}));
    expect(plain.some((f) => f.rule === "language.long-sentence")).toBe(true);
    const ignored = plain.find((f) => f.rule !== "language.long-sentence")!;

    const findings = runChecks(
      model,
      dhr,
      mergeCheckOptions(organisation.checkOptions, { ignoredKeys: [findingKey(ignored)] }),
    );
    expect(organisation.checkOptions.disabledRules).toEqual(["language.long-sentence"]);
    expect(findings.some((f) => f.rule === "language.long-sentence")).toBe(false);
    expect(findings.some((f) => findingKey(f) === findingKey(ignored))).toBe(false);
    // Everything else is still found.
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set(
        plain
          .filter(
            (f) => f.rule !== "language.long-sentence" && findingKey(f) !== findingKey(ignored),
          )
          .map((f) => f.rule),
      ),
    );
  });

  it("applies rules switched off and severities to findings made outside the engine", () => {
    const finding = (rule: string, severity: Finding["severity"]): Finding => ({
      rule,
      severity,
      message: "m",
      text: "t",
    });
    const findings = [
      finding("chronology.order", "warning"),
      finding("chronology.date-format", "error"),
      finding("chronology.review-period", "info"),
    ];
    const out = applyRuleSettings(findings, {
      disabledRules: ["chronology.date-format"],
      severityOverrides: { "chronology.order": "error" },
    });
    expect(out.map((f) => [f.rule, f.severity])).toEqual([
      ["chronology.order", "error"],
      ["chronology.review-period", "info"],
    ]);
    expect(findings[0].severity).toBe("warning");
    expect(applyRuleSettings(findings, {})).toEqual(findings);
  });
});
