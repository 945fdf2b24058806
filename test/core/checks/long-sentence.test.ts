import { mixed, para, table } from "./fixtures/builders";
import { findingsOf } from "./fixtures/helpers";

const RULE = "language.long-sentence";
const words = (n: number) =>
  Array.from({ length: n }, (_, i) => (i === 0 ? "Officers" : "word")).join(" ") + ".";

describe("language.long-sentence", () => {
  it("reports a sentence over 40 words as info, quoting its first words at its place", () => {
    const p = para(`Short one. ${words(41)} Another short one.`);
    const [f] = findingsOf(RULE, [p]);
    expect(f).toMatchObject({
      severity: "info",
      text: "Officers word word word word word word word",
    });
    const loc = f.location as { start: number; end: number };
    expect(p.text.slice(loc.start, loc.end)).toBe(f.text);
    expect(f.message).toMatch(/41 words/);
  });

  it("does not report 40 words, table cells, guidance or headings", () => {
    expect(findingsOf(RULE, [para(words(40))])).toEqual([]);
    expect(findingsOf(RULE, [table([[words(60)]])])).toEqual([]);
    expect(findingsOf(RULE, [mixed(`{{${words(60)}}} Short.`)])).toEqual([]);
    expect(findingsOf(RULE, [para(words(60), { headingLevel: 2 })])).toEqual([]);
  });

  it("uses the agency's limit", () => {
    expect(findingsOf(RULE, [para(words(25))], { maxSentenceWords: 20 })).toHaveLength(1);
    expect(findingsOf(RULE, [para(words(50))], { maxSentenceWords: 60 })).toEqual([]);
  });
});
