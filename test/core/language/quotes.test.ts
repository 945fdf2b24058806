import { insideAny, quotedSpans } from "../../../src/core/language/quotes";

function quoted(text: string): string[] {
  return quotedSpans(text).map((s) => text.slice(s.start, s.end));
}

describe("quotedSpans", () => {
  it.each([
    ['She said "he snapped" and left.', ['"he snapped"']],
    ["She said “he snapped” and left.", ["“he snapped”"]],
    ["She said ‘he snapped’ and left.", ["‘he snapped’"]],
    ["She said 'he snapped' and left.", ["'he snapped'"]],
    ["Sarah's partner didn't say 'I'm sorry'.", ["'I'm sorry'"]],
    ["The lovers' home and Sarah's car.", []],
    ["An unclosed “quote never ends", []],
    ["(“It was my fault”) she wrote", ["“It was my fault”"]],
  ])("%s", (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it("says whether a range lies inside a quotation", () => {
    const text = 'He said "she provoked me" to officers.';
    const spans = quotedSpans(text);
    const at = text.indexOf("provoked");
    expect(insideAny(spans, at, at + 8)).toBe(true);
    expect(insideAny(spans, 0, 2)).toBe(false);
  });
});
