import { countWords, firstWords, sentenceSpans } from "../../../src/core/language/sentences";

function sentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}

describe("sentences", () => {
  it.each([
    ["One. Two! Three?", ["One.", "Two!", "Three?"]],
    [
      "Dr. Patel saw her, e.g. on 3 May. Then she left.",
      ["Dr. Patel saw her, e.g. on 3 May.", "Then she left."],
    ],
    ["It cost 1.5 hours. Next.", ["It cost 1.5 hours.", "Next."]],
    ["She spoke to Adult A. He was not present.", ["She spoke to Adult A.", "He was not present."]],
    ['She said "stop." Then left.', ['She said "stop."', "Then left."]],
    ["no full stop at the end", ["no full stop at the end"]],
    [
      "A list, i.e. this one. and lower case after",
      ["A list, i.e. this one. and lower case after"],
    ],
    ["   ", []],
  ])("%j", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it("counts words and quotes the first ones exactly", () => {
    expect(countWords("Adult A's GP — on 3 May — saw her.")).toBe(8);
    expect(firstWords("The  officer attended, then left.", 3)).toBe("The  officer attended,");
    expect(firstWords("Two words", 8)).toBe("Two words");
  });
});
