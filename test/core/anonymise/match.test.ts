import {
  COMMON_WORDS,
  findInText,
  findOccurrences,
  isCommonWordName,
  isKeyTable,
} from "../../../src/core/anonymise/match";
import type { DocModel } from "../../../src/core/model/types";
import { people, register } from "./helpers";

/** "text -> replacement" for each occurrence, in order. */
function found(text: string, reg = people): string[] {
  return findInText(text, reg).map((o) => `${o.text} -> ${o.replacement ?? "?"}`);
}

describe("names and their variants", () => {
  it.each([
    ["Joanne Bloggs was seen.", ["Joanne Bloggs -> Adult A"]],
    ["Joanne was seen by Ms Bloggs's GP.", ["Joanne -> Adult A", "Ms Bloggs -> Adult A"]],
    ["Jo said Bloggs was her name.", ["Jo -> Adult A", "Bloggs -> Adult A"]],
    [
      "J Bloggs and J. Bloggs and Mrs Bloggs",
      ["J Bloggs -> Adult A", "J. Bloggs -> Adult A", "Mrs Bloggs -> Adult A"],
    ],
    [
      "Mr Ward and Mr James Ward and PC Ward",
      ["Mr Ward -> Adult B", "Mr James Ward -> Adult B", "PC Ward -> Adult B"],
    ],
    [
      "Doctor Smith, Dr Smith and Dr. Smith",
      ["Doctor Smith -> Doctor S", "Dr Smith -> Doctor S", "Dr. Smith -> Doctor S"],
    ],
  ])("%s", (text, expected) => expect(found(text)).toEqual(expected));
});

describe("possessives", () => {
  it.each([
    ["Sarah's flat", "Sarah", true],
    ["Sarah’s flat", "Sarah", true],
    ["Sarah‘s flat", "Sarah", true],
    ["James' car", "James", true],
    ["James’ car", "James", true],
    ["Joanne Bloggs's sister", "Joanne Bloggs", true],
    ["Sarah said", "Sarah", false],
  ])("%s", (text, name, possessive) => {
    const [o] = findInText(text, people);
    expect(o.text).toBe(name);
    expect(o.possessive).toBe(possessive);
    expect(text.slice(o.start, o.end)).toBe(name);
  });
});

describe("word boundaries", () => {
  it.each([
    ["The Annual review", []],
    ["Anne attended", []],
    ["Annie attended", []],
    ["Leeds and Ann-Marie", []],
    ["Smith-Jones and O'Lee and Jamesson", []],
    ["Joanna and Bloggsy", []],
    ["Ann, Lee and Ann Lee.", ["Ann -> AL", "Lee -> AL", "Ann Lee -> AL"]],
    ["(Ann)", ["Ann -> AL"]],
    ["“Ann”", ["Ann -> AL"]],
    ["email: ann@example.org", ["ann -> AL"]],
  ])("%s", (text, expected) => expect(found(text)).toEqual(expected));
});

describe("case", () => {
  it("matches ordinary names whatever their case", () => {
    expect(found("JOANNE BLOGGS and joanne bloggs")).toEqual([
      "JOANNE BLOGGS -> Adult A",
      "joanne bloggs -> Adult A",
    ]);
  });
  it("matches names that are also common words only when capitalised", () => {
    expect(found("The rose grew; grace was shown. Rose Grace came.")).toEqual([
      "Rose Grace -> Child 1",
    ]);
    expect(found("He met Rose and Grace.")).toEqual(["Rose -> Child 1", "Grace -> Child 1"]);
  });
  it("reports a common-word name at the start of a sentence, cell or paragraph for review", () => {
    const occ = findInText("Rose attended. Grace was late. Then Rose left.", people);
    expect(occ.map((o) => [o.text, !!o.review])).toEqual([
      ["Rose", true],
      ["Grace", true],
      ["Rose", false],
    ]);
    expect(occ[0].review).toMatch(/also an ordinary word and starts a sentence/);
  });
  it("does not take an initial and a common-word surname in lower case for a name", () => {
    const reg = register([{ name: "Ann Brown", code: "Adult A", role: "victim" }]);
    expect(found("a brown coat; A Brown; Adult A brown", reg)).toEqual(["A Brown -> Adult A"]);
  });
  it("does not take a month next to a number for a name", () => {
    const may = register([{ name: "May Brown", code: "Adult M", role: "victim" }]);
    expect(found("On 3 May 2021 and in May 2022 the team met May.", may)).toEqual([
      "May -> Adult M",
    ]);
    expect(found("May Brown; brown may", may)).toEqual(["May Brown -> Adult M"]);
  });
  it.each([
    ["Rose", true],
    ["Will", true],
    ["Frank Bill", true],
    ["Nurse Hope", true],
    ["Joanne", false],
    ["Dr Rose", false],
    ["Rose Bloggs", false],
    ["A Brown", true],
    ["J Bloggs", false],
  ])("isCommonWordName(%s) is %s", (name, expected) =>
    expect(isCommonWordName(name)).toBe(expected),
  );
  it("has the brief's common words", () => {
    for (const w of ["rose", "mark", "will", "hope", "grace", "bill", "may", "frank"])
      expect(COMMON_WORDS.has(w)).toBe(true);
  });
});

describe("longest match first and overlaps", () => {
  it("finds a full name once, not its parts", () => {
    const occ = findInText("Joanne Bloggs and Joanne\u00a0 Bloggs", people);
    expect(occ.map((o) => o.text)).toEqual(["Joanne Bloggs", "Joanne\u00a0 Bloggs"]);
  });
  it("does not join names across punctuation", () => {
    expect(found("Joanne, Bloggs")).toEqual(["Joanne -> Adult A", "Bloggs -> Adult A"]);
  });
  it("prefers an explicit variant and a longer name over a shorter one", () => {
    const reg = register([
      { name: "Ann Lee", code: "AL", role: "other" },
      { name: "Ann Lee Smith", code: "ALS", role: "other" },
    ]);
    expect(found("Ann Lee Smith met Ann Lee.", reg)).toEqual([
      "Ann Lee Smith -> ALS",
      "Ann Lee -> AL",
    ]);
  });
  it("leaves a variant two people share for a person to decide", () => {
    const reg = register([
      { name: "Joanne Bloggs", code: "Adult A", role: "victim" },
      { name: "Joe Bloggs", code: "Adult B", role: "perpetrator", variants: ["Mr Bloggs"] },
    ]);
    const occ = findInText("Bloggs said Mr Bloggs and Ms Bloggs left.", reg);
    expect(occ.map((o) => [o.text, o.personIndex, o.candidates, o.replacement])).toEqual([
      ["Bloggs", -1, [0, 1], undefined],
      ["Mr Bloggs", 1, [1], "Adult B"],
      ["Ms Bloggs", -1, [0, 1], undefined],
    ]);
    expect(occ[0].review).toMatch(/could be Joanne Bloggs \(Adult A\) or Joe Bloggs \(Adult B\)/);
  });
});

describe("where names are looked for", () => {
  const model: DocModel = {
    blocks: [
      { kind: "paragraph", id: "hdr", text: "Review of Joanne Bloggs", part: "header" },
      {
        kind: "paragraph",
        id: "g",
        text: "Example: Joe Bloggs should read JB. Joanne said no.",
        guidanceSpans: [{ start: 0, end: 35 }],
      },
      {
        kind: "table",
        id: "chron",
        rows: [
          ["Date", "Event"],
          ["01/01/2020", "Ms Bloggs called James Ward"],
          ["Joanne Bloggs", "Sarah’s visit"],
        ],
        guidanceCells: [[], [], [true, false]],
      },
      {
        kind: "table",
        id: "key",
        rows: [
          ["Initials", "Name", "Role"],
          ["AL", "Ann Lee", "Aunt"],
          ["JB", "Joanne Bloggs", "Victim"],
        ],
      },
      { kind: "paragraph", id: "ftr", text: "Sarah Khan", part: "footer" },
    ],
  };
  const occ = findOccurrences(model, people);

  it("searches headers, footers, paragraphs and table cells", () => {
    expect(occ.map((o) => `${o.id} ${o.text}`)).toEqual([
      "hdr@10 Joanne Bloggs",
      "g@36 Joanne",
      "chron#1.1@0 Ms Bloggs",
      "chron#1.1@17 James Ward",
      "chron#2.1@0 Sarah",
      "ftr@0 Sarah Khan",
    ]);
    expect(occ[2]).toMatchObject({ blockId: "chron", row: 1, column: 1, start: 0, end: 9 });
  });
  it("skips guidance spans, guidance cells and the key-to-initials table", () => {
    expect(occ.some((o) => o.blockId === "key")).toBe(false);
    expect(occ.some((o) => o.blockId === "g" && o.start < 35)).toBe(false);
    expect(occ.some((o) => o.row === 2 && o.column === 0)).toBe(false);
  });
  it.each([
    [[["Initials", "Name"]], true],
    [[["Code", "Actual name", "Role"]], true],
    [[["Key to initials used"], ["Abbreviation or initials", "Full name"]], true],
    [[["Date", "Name of professional"]], false],
    [[["Name", "Agency"]], false],
  ])("isKeyTable(%j) is %s", (rows, expected) =>
    expect(isKeyTable({ kind: "table", id: "t", rows })).toBe(expected),
  );
  it("finds nothing with an empty register", () => {
    expect(findOccurrences(model, register([]))).toEqual([]);
  });
});
