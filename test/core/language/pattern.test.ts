import {
  compileForm,
  expandPattern,
  joins,
  PatternError,
  tokenise,
} from "../../../src/core/language/pattern";

describe("phrase mini-language", () => {
  it.each([
    [
      "fail(ed|s|ing)? to engage",
      ["fail to engage", "failed to engage", "fails to engage", "failing to engage"],
    ],
    ["put (herself|himself) at risk", ["put herself at risk", "put himself at risk"]],
    ["(a|another) domestic $", ["a domestic $", "another domestic $"]],
    [
      "risky behavio(u)?r(s)?",
      ["risky behavior", "risky behaviors", "risky behaviour", "risky behaviours"],
    ],
    ["(very (volatile|stormy)|calm) sea", ["very volatile sea", "very stormy sea", "calm sea"]],
    ["non(-)?compliant", ["noncompliant", "non-compliant"]],
  ])("%s expands to its forms", (pattern, forms) => {
    expect(expandPattern(pattern).sort()).toEqual([...forms].sort());
  });

  it.each(["(a|b", "a)b", "what?", "a | b", "()"])(
    "rejects the malformed pattern %j",
    (pattern) => {
      expect(() => expandPattern(pattern)).toThrow(PatternError);
    },
  );

  it("refuses a pattern that stands for too many forms", () => {
    const big = Array.from({ length: 7 }, () => "(a|b|c|d|e|f)").join(" ");
    expect(() => expandPattern(big)).toThrow(/more than/);
  });

  it("compiles a form into lower-case words and a clause-end anchor", () => {
    expect(compileForm("Lovers' Tiff")).toEqual({ words: ["lovers", "tiff"], endAnchor: false });
    expect(compileForm("a domestic $")).toEqual({ words: ["a", "domestic"], endAnchor: true });
    expect(compileForm("risk-taking")).toEqual({ words: ["risk", "taking"], endAnchor: false });
  });

  it("tokenises words with their offsets, keeping apostrophes inside words", () => {
    const t = tokenise("Sarah’s GP didn't call—A&E 2020.");
    expect(t.map((x) => x.norm)).toEqual(["sarah's", "gp", "didn't", "call", "a", "e", "2020"]);
    expect(t[0]).toEqual({ norm: "sarah's", start: 0, end: 7 });
  });

  it.each([
    [" ", true],
    ["-", true],
    ["' ", true],
    [" - ", true],
    [". ", false],
    [", ", false],
    ["", false],
  ])("the gap %j joins two words: %s", (gap, expected) => {
    expect(joins(gap)).toBe(expected);
  });

  it("lets a comma join words only when asked (exceptions)", () => {
    expect(joins(", ", true)).toBe(true);
  });
});
