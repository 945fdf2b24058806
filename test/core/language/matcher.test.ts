import { PhraseMatcher } from "../../../src/core/language/matcher";

function found(m: PhraseMatcher, text: string): string[] {
  return m.find(text).map((x) => text.slice(x.start, x.end));
}

describe("PhraseMatcher", () => {
  const m = new PhraseMatcher([
    {
      phrases: ["fail(ed|s|ing)? to engage"],
      exceptions: ["(services|agencies) failed to engage"],
    },
    {
      phrases: ["(a|another) domestic $", "attend(ed)? a domestic"],
      exceptions: ["a domestic (abuse|incident)"],
    },
    { phrases: ["prostitute(s)?"] },
    { phrases: ["child prostitute(s)?"] },
    {
      phrases: ["domestic violence"],
      exceptions: ["domestic violence crime and victims act"],
      skipTitleCase: true,
    },
    { phrases: ["hard-to-reach"] },
  ]);

  it("matches inflections, case-insensitively, on whole words", () => {
    expect(found(m, "Adult A Failed to engage; she fails to engage; failing to engage.")).toEqual([
      "Failed to engage",
      "fails to engage",
      "failing to engage",
    ]);
    expect(found(m, "unfailed to engagement")).toEqual([]);
  });

  it("does not match across sentence punctuation", () => {
    expect(found(m, "She failed. To engage was hard.")).toEqual([]);
    expect(found(m, "She failed, to engage")).toEqual([]);
  });

  it("drops a match that overlaps one of its entry's exceptions", () => {
    expect(found(m, "Services failed to engage her.")).toEqual([]);
    expect(found(m, "Officers attended a domestic abuse incident.")).toEqual([]);
    expect(found(m, "Officers attended a domestic at the flat.")).toEqual(["attended a domestic"]);
  });

  it("honours the clause-end anchor", () => {
    expect(found(m, "It was another domestic.")).toEqual(["another domestic"]);
    expect(found(m, "It was another domestic matter")).toEqual([]);
  });

  it("keeps the longer of overlapping matches", () => {
    expect(found(m, "described as a child prostitute by staff")).toEqual(["child prostitute"]);
  });

  it("skips title-case matches for entries that ask, and lets exceptions cross a comma", () => {
    expect(found(m, "the Domestic Violence Protection Order")).toEqual([]);
    expect(found(m, "under the domestic violence, crime and victims act")).toEqual([]);
    expect(found(m, "Domestic violence was reported")).toEqual(["Domestic violence"]);
  });

  it("treats hyphens and spaces alike", () => {
    expect(found(m, "a hard to reach group and a hard-to-reach one")).toEqual([
      "hard to reach",
      "hard-to-reach",
    ]);
  });

  it("finds nothing in empty text", () => {
    expect(m.find("")).toEqual([]);
    expect(new PhraseMatcher([]).find("anything")).toEqual([]);
  });
});
