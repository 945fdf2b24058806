import {
  defaultSettings,
  ignoreFinding,
  loadSettings,
  unignoreFindings,
  withPackId,
  withReviewPeriod,
} from "../../../src/core/settings";

describe("loadSettings", () => {
  it("reads a valid version 1 record", () => {
    const data = {
      schemaVersion: "1",
      ignoredFindings: ["a|b|c"],
      reviewPeriod: { start: "01/01/2022", end: "31/12/2023" },
      packId: "dhr",
    };
    expect(loadSettings(data)).toEqual({
      kind: "ok",
      settings: { ...data, schemaVersion: 1 },
    });
  });

  it("refuses a newer version without reading it", () => {
    const r = loadSettings({ schemaVersion: 3, whatever: true });
    expect(r.kind).toBe("newer");
    if (r.kind === "newer") expect(r.message).toMatch(/newer version of IMR Assistant \(version 3/);
  });

  it.each([
    [{ ignoredFindings: [] }, "schemaVersion"],
    [{ schemaVersion: 1, ignoredFindings: [""] }, "ignoredFindings.0"],
    [
      {
        schemaVersion: 1,
        ignoredFindings: [],
        reviewPeriod: { start: "2022-01-01", end: "31/12/2023" },
      },
      "reviewPeriod.start",
    ],
    [
      {
        schemaVersion: 1,
        ignoredFindings: [],
        reviewPeriod: { start: "31/02/2022", end: "31/12/2023" },
      },
      "reviewPeriod.start",
    ],
    [
      {
        schemaVersion: 1,
        ignoredFindings: [],
        reviewPeriod: { start: "01/01/2024", end: "31/12/2023" },
      },
      "reviewPeriod.end",
    ],
    [{ schemaVersion: 1, ignoredFindings: [], packId: "Not A Pack" }, "packId"],
    [{ schemaVersion: 1, ignoredFindings: [], extra: 1 }, "(top level)"],
  ])("names the problem in %j", (data, path) => {
    const r = loadSettings(data);
    expect(r.kind).toBe("invalid");
    if (r.kind === "invalid") expect(r.problems.map((p) => p.path)).toContain(path);
  });
});

describe("changes", () => {
  it("ignores a key once and shows it again", () => {
    const once = ignoreFinding(defaultSettings(), "k1");
    expect(ignoreFinding(once, "k1")).toBe(once);
    const two = ignoreFinding(once, "k2");
    expect(two.ignoredFindings).toEqual(["k1", "k2"]);
    expect(unignoreFindings(two, ["k1"]).ignoredFindings).toEqual(["k2"]);
    expect(defaultSettings().ignoredFindings).toEqual([]);
  });

  it("sets, refuses and clears the review period", () => {
    const set = withReviewPeriod(defaultSettings(), { start: "01/04/2021", end: "30/06/2023" });
    expect(set.ok && set.settings.reviewPeriod).toEqual({ start: "01/04/2021", end: "30/06/2023" });
    const bad = withReviewPeriod(defaultSettings(), { start: "30/06/2023", end: "01/04/2021" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0].message).toMatch(/must not end before it starts/);
    if (set.ok) {
      const cleared = withReviewPeriod(set.settings, undefined);
      expect(cleared.ok && "reviewPeriod" in cleared.settings).toBe(false);
    }
  });

  it("sets and clears the pack", () => {
    const s = withPackId(defaultSettings(), "sar");
    expect(s.packId).toBe("sar");
    expect("packId" in withPackId(s, undefined)).toBe(false);
  });
});
