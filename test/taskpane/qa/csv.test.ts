import { readCsv } from "../../../src/core/chronology/csv";
import { builtinPack } from "../../../src/core/packs/registry";
import { addComment, answer, emptyState, qaSetOf, signOff } from "../../../src/core/qa/state";
import type { QaResult } from "../../../src/core/qa/state";
import { qaFormCsv, qaFormFileName } from "../../../src/taskpane/qa/csv";
import { commentText, progressText, shortCriterion } from "../../../src/taskpane/qa/labels";
import { loadReviewer, saveReviewer } from "../../../src/taskpane/qa/reviewer";

const pack = builtinPack("dhr")!;
const set = qaSetOf(pack, pack.qa.defaultSet)!;
const NOW = new Date("2024-03-05T10:00:00.000Z");
const ok = (r: QaResult) => {
  if (!r.ok) throw new Error(r.reason);
  return r.state;
};

describe("qaFormCsv", () => {
  it("has a row per criterion, then the status, dates, sign-off and comments", () => {
    let s = ok(answer(emptyState(pack), set, "scope", "Yes", '=HYPERLINK("x")', "Jane QA", NOW));
    s = ok(answer(s, set, "chronology", "No", 'Gaps, "2021"\nand 2022', "Jane QA", NOW));
    s = { ...s, dates: { firstSubmission: "01/03/2024" } };
    s = ok(signOff(s, { name: "Jane QA", role: "Head of Safeguarding", date: "06/03/2024" }));
    s = ok(
      addComment(
        s,
        {
          text: "Who decided?",
          by: "Jane QA",
          criterionId: "scope",
          selection: "The case was closed",
        },
        NOW,
        set,
      ),
    );
    const parsed = readCsv(qaFormCsv(set, s));
    if (!parsed.ok) throw new Error(parsed.message);
    const records = parsed.records;
    expect(records[0]).toEqual([
      "Number",
      "Criterion",
      "Answer",
      "Comments",
      "Answered by",
      "Answered on",
    ]);
    expect(records).toHaveLength(1 + set.criteria.length + 1 + 3 + 1 + 3 + 2 + 1);
    const scope = records.find((r) => r[1] === set.criteria.find((c) => c.id === "scope")!.text)!;
    // A comment that looks like a formula is kept as text.
    expect(scope).toEqual([
      expect.any(String),
      expect.any(String),
      "Yes",
      '\'=HYPERLINK("x")',
      "Jane QA",
      "05/03/2024",
    ]);
    const chronology = records.find((r) => r[2] === "No")!;
    expect(chronology[3]).toBe('Gaps, "2021"\nand 2022');
    const unanswered = records.slice(1, 1 + set.criteria.length).filter((r) => r[2] === "");
    expect(unanswered).toHaveLength(set.criteria.length - 2);
    expect(records).toContainEqual(["Status", "Draft"]);
    expect(records).toContainEqual(["Date of first submission", "01/03/2024"]);
    expect(records).toContainEqual(["Quality assured and approved by", "Jane QA"]);
    expect(records).toContainEqual([
      "Who decided?",
      "The case was closed",
      set.criteria[0].text,
      "Jane QA",
      "05/03/2024",
    ]);
  });

  it("names the file by form and date", () => {
    expect(qaFormFileName(set, new Date(2024, 2, 5))).toBe(`IMR QA form ${set.id} 05-03-2024.csv`);
  });
});

describe("labels", () => {
  it("shortens a criterion for a comment tag", () => {
    expect(
      shortCriterion("Report includes chronology of involvement for identified time period"),
    ).toBe("Report includes chronology of involvement for…");
    expect(shortCriterion("Author was independent")).toBe("Author was independent");
    expect(commentText("  Say who\n visited. ", "Author was independent")).toBe(
      "[QA: Author was independent] Say who visited.",
    );
    expect(commentText("General point")).toBe("[QA: General] General point");
    expect(progressText(9, 15)).toBe("9 of 15 criteria answered");
    expect(progressText(0, 1)).toBe("0 of 1 criterion answered");
  });
});

describe("reviewer details", () => {
  it("round-trips through session storage and survives bad data", () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    saveReviewer({ name: "Jane", role: "QA lead", view: "author" }, storage);
    expect(loadReviewer(storage)).toEqual({ name: "Jane", role: "QA lead", view: "author" });
    store.set("imr.qa.reviewer", "{not json");
    expect(loadReviewer(storage)).toEqual({ name: "", role: "", view: "reviewer" });
    expect(loadReviewer(undefined)).toEqual({ name: "", role: "", view: "reviewer" });
  });
});
