import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runChecks } from "../../../src/core/checks/engine";
import {
  builtInSettings,
  parseOrganisationJson,
  resolveOrganisation,
  withMarking,
} from "../../../src/core/config";
import { BUILTIN_PACKS, builtinPack } from "../../../src/core/packs/registry";
import { sarPack } from "../../../src/core/packs/builtin/sar";
import { cleanReport, draftWithProblems } from "../checks/fixtures/reports";

const ROOT = join(__dirname, "..", "..", "..");
const read = (rel: string) => readFileSync(join(ROOT, rel), "utf8");
const EXAMPLE = "config/organisation.example.json";
const BROKEN = "test/e2e/fixtures/organisation/broken.json";

/** A valid custom pack: the SAR pack under its own id and title. */
function customPack(overrides: Record<string, unknown> = {}) {
  return { ...sarPack, id: "anytown-sar", title: "Anytown SAR IMR", ...overrides };
}

const paths = (data: unknown) => resolveOrganisation(data).problems.map((p) => p.path);

describe("organisation configuration", () => {
  it("without a file: every built-in pack, the first chosen, no check options", () => {
    const s = builtInSettings();
    expect(s.source).toBe("built-in");
    expect(s.packs.map((p) => p.id)).toEqual(["dhr", "cspr", "sar"]);
    expect(s.defaultPackId).toBe("dhr");
    expect(s.checkOptions).toEqual({});
  });

  describe("the example file (config/organisation.example.json)", () => {
    const load = parseOrganisationJson(read(EXAMPLE));

    it("is valid", () => expect(load.problems).toEqual([]));

    it("offers its packs in its order, starting on its default", () => {
      expect(load.settings.source).toBe("organisation");
      expect(load.settings.packs.map((p) => p.id)).toEqual(["anytown-dhr", "dhr", "cspr", "sar"]);
      expect(load.settings.defaultPackId).toBe("anytown-dhr");
      expect(load.settings.agencyName).toBe("Anytown Safeguarding Partnership");
    });

    it("puts the organisation's marking on every pack, leaving the built-in packs as they were", () => {
      for (const p of load.settings.packs)
        expect(p.protectiveMarking.default).toBe("OFFICIAL-SENSITIVE: PERSONAL");
      expect(builtinPack("dhr")?.protectiveMarking.default).toBe("OFFICIAL-SENSITIVE");
      // The obsolete markings still count as obsolete.
      expect(load.settings.packs[1].protectiveMarking.obsolete).toEqual(
        builtinPack("dhr")?.protectiveMarking.obsolete,
      );
    });

    it("turns rule severities, phrases and acronyms into the engine's check options", () => {
      const o = load.settings.checkOptions;
      expect(o.disabledRules).toEqual(["language.long-sentence"]);
      expect(o.severityOverrides).toEqual({ "anonymisation.full-name": "error" });
      expect(o.extraPhrases?.map((p) => p.id)).toEqual(["anytown-refused-engagement"]);
      expect(o.acronymsWithoutExpansion).toEqual(["ASP", "MARAC"]);
      expect(o.disabledPhrases).toBeUndefined(); // an empty list sets nothing
    });
  });

  it("the check options change what the engine reports", () => {
    const pack = builtinPack("dhr")!;
    const { model } = draftWithProblems(pack);
    const before = runChecks(model, pack);
    expect(before.some((f) => f.rule === "language.long-sentence")).toBe(true);
    const { settings } = resolveOrganisation({
      schemaVersion: 1,
      ruleSeverities: { "language.long-sentence": "off", "structure.missing-section": "info" },
    });
    const after = runChecks(model, pack, settings.checkOptions);
    expect(after.some((f) => f.rule === "language.long-sentence")).toBe(false);
    const missing = after.filter((f) => f.rule === "structure.missing-section");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => f.severity === "info")).toBe(true);
  });

  it("a report marked with the organisation's marking passes the marking check with its pack", () => {
    const { settings } = resolveOrganisation({ schemaVersion: 1, protectiveMarking: "OFFICIAL" });
    const pack = settings.packs[0];
    const findings = runChecks(cleanReport(pack), pack, settings.checkOptions);
    expect(findings.filter((f) => f.rule === "marking.missing")).toEqual([]);
  });

  describe("partial files: only what is set changes", () => {
    it("only a marking", () => {
      const { settings, problems } = resolveOrganisation({
        schemaVersion: 1,
        protectiveMarking: "OFFICIAL",
      });
      expect(problems).toEqual([]);
      expect(settings.packs.map((p) => p.id)).toEqual(BUILTIN_PACKS.map((p) => p.id));
      expect(settings.packs.map((p) => p.protectiveMarking.default)).toEqual([
        "OFFICIAL",
        "OFFICIAL",
        "OFFICIAL",
      ]);
      expect(settings.defaultPackId).toBe("dhr");
      expect(settings.checkOptions).toEqual({});
    });

    it("only a default pack", () => {
      const { settings, problems } = resolveOrganisation({
        schemaVersion: 1,
        packs: { default: "sar" },
      });
      expect(problems).toEqual([]);
      expect(settings.defaultPackId).toBe("sar");
      expect(settings.packs).toEqual(BUILTIN_PACKS); // the same packs, unchanged
    });

    it("only custom packs: offered after the built-in ones", () => {
      const { settings, problems } = resolveOrganisation({
        schemaVersion: 1,
        packs: { custom: [customPack()] },
      });
      expect(problems).toEqual([]);
      expect(settings.packs.map((p) => p.id)).toEqual(["dhr", "cspr", "sar", "anytown-sar"]);
      expect(settings.packs[3].title).toBe("Anytown SAR IMR");
    });

    it("an offered list narrows the packs", () => {
      const { settings } = resolveOrganisation({ schemaVersion: 1, packs: { offered: ["cspr"] } });
      expect(settings.packs.map((p) => p.id)).toEqual(["cspr"]);
      expect(settings.defaultPackId).toBe("cspr");
    });
  });

  describe("invalid files give the built-in settings and name each problem by its path", () => {
    it("the broken fixture", () => {
      const load = parseOrganisationJson(read(BROKEN));
      expect(load.settings).toEqual(builtInSettings());
      expect(load.problems.map((p) => p.path).sort()).toEqual(
        [
          "colour",
          "packs.custom.0.title",
          "packs.offered.1",
          "protectiveMarking",
          "ruleSeverities.language.long-sentence",
        ].sort(),
      );
      const byPath = Object.fromEntries(load.problems.map((p) => [p.path, p.message]));
      expect(byPath.colour).toMatch(/not a setting/);
      expect(byPath["packs.custom.0.title"]).toMatch(/missing/);
      expect(byPath["packs.offered.1"]).toMatch(/"dhr-2019"/);
      expect(byPath["ruleSeverities.language.long-sentence"]).toMatch(/"off"/);
    });

    it("not JSON", () => {
      const load = parseOrganisationJson('{ "schemaVersion": 1, }');
      expect(load.problems).toHaveLength(1);
      expect(load.problems[0].path).toBe("(file)");
      expect(load.problems[0].message).toMatch(/not valid JSON/);
      expect(load.settings).toEqual(builtInSettings());
    });

    it.each([
      ["an array", [], "(top level)"],
      ["no schema version", {}, "schemaVersion"],
      ["a newer schema version", { schemaVersion: 2 }, "schemaVersion"],
      [
        "a marking that is not text",
        { schemaVersion: 1, protectiveMarking: 3 },
        "protectiveMarking",
      ],
      [
        "an acronym in lower case",
        { schemaVersion: 1, acronymsWithoutExpansion: ["nhs"] },
        "acronymsWithoutExpansion.0",
      ],
      [
        "a misspelt field in packs",
        { schemaVersion: 1, packs: { defualt: "dhr" } },
        "packs.defualt",
      ],
      [
        "an unknown rule id",
        { schemaVersion: 1, ruleSeverities: { "language.judgmental": "off" } },
        "ruleSeverities.language.judgmental",
      ],
      [
        "an unknown phrase switched off",
        { schemaVersion: 1, language: { disabledPhrases: ["no-such-phrase"] } },
        "language.disabledPhrases.0",
      ],
    ])("%s", (_name, data, path) => {
      const load = resolveOrganisation(data);
      expect(load.problems.map((p) => p.path)).toEqual([path]);
      expect(load.settings).toEqual(builtInSettings());
    });

    it("a newer schema version says so", () => {
      const [p] = resolveOrganisation({ schemaVersion: 2 }).problems;
      expect(p.message).toMatch(/must be 1/);
    });

    it("a custom pack's problems name the pack's own fields", () => {
      const bad = customPack({
        title: "",
        sections: [{ id: "Intro", title: "Introduction" }],
        chronology: { title: "Chronology", columns: [{ id: "notes", header: "Notes" }] },
      });
      const got = paths({
        schemaVersion: 1,
        packs: { custom: [customPack({ id: "ok-pack" }), bad] },
      });
      expect(got.sort()).toEqual(
        [
          "packs.custom.1.chronology.columns",
          "packs.custom.1.sections.0.id",
          "packs.custom.1.title",
        ].sort(),
      );
    });

    it("a custom pack may not take a built-in pack's id, nor another custom pack's", () => {
      expect(paths({ schemaVersion: 1, packs: { custom: [customPack({ id: "dhr" })] } })).toEqual([
        "packs.custom.0.id",
      ]);
      expect(paths({ schemaVersion: 1, packs: { custom: [customPack(), customPack()] } })).toEqual([
        "packs.custom.1.id",
      ]);
    });

    it("an unknown pack id in offered or default", () => {
      expect(paths({ schemaVersion: 1, packs: { offered: ["dhr", "nope"] } })).toEqual([
        "packs.offered.1",
      ]);
      expect(paths({ schemaVersion: 1, packs: { default: "nope" } })).toEqual(["packs.default"]);
      const load = resolveOrganisation({
        schemaVersion: 1,
        packs: { offered: ["cspr"], default: "dhr" },
      });
      expect(load.problems).toEqual([
        { path: "packs.default", message: '"dhr" is not one of the offered packs (packs.offered)' },
      ]);
    });

    it("a custom pack that failed isn't also reported as unknown where it is offered", () => {
      const got = paths({
        schemaVersion: 1,
        packs: { offered: ["anytown-sar"], custom: [customPack({ title: "" })] },
      });
      expect(got).toEqual(["packs.custom.0.title"]);
    });

    it("an extra phrase in the wrong format names the phrase's fields", () => {
      const got = paths({
        schemaVersion: 1,
        language: {
          extraPhrases: [
            {
              id: "x-phrase",
              family: "rudeness",
              phrases: ["x"],
              note: "n",
              source: ["DOMAIN-NOTES"],
            },
            {
              id: "placement",
              family: "labels",
              phrases: ["y"],
              note: "n",
              source: ["DOMAIN-NOTES"],
            },
          ],
        },
      });
      expect(got).toEqual(["language.extraPhrases.0.family", "language.extraPhrases.1.id"]);
    });

    it("a problem in one place doesn't hide the others", () => {
      const got = paths({
        schemaVersion: 3,
        packs: { offered: ["nope"], custom: [customPack({ title: "" })] },
        ruleSeverities: { "no.rule": "off" },
      });
      expect(got.sort()).toEqual(
        [
          "packs.custom.0.title",
          "packs.offered.0",
          "ruleSeverities.no.rule",
          "schemaVersion",
        ].sort(),
      );
    });
  });

  it("withMarking copies the pack and leaves the original alone", () => {
    const dhr = builtinPack("dhr")!;
    const marked = withMarking(dhr, "OFFICIAL");
    expect(marked).not.toBe(dhr);
    expect(marked.protectiveMarking.default).toBe("OFFICIAL");
    expect(dhr.protectiveMarking.default).toBe("OFFICIAL-SENSITIVE");
    expect(withMarking(dhr, undefined)).toBe(dhr);
  });
});
