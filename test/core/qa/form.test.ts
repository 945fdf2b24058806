import { qaFormBlocks, qaFormJson, qaFormTable, qaFormText, TICK } from "../../../src/core/qa/form";
import type { QaState } from "../../../src/core/qa/schema";
import {
  addComment,
  answer,
  emptyState,
  setDate,
  signOff,
  type QaResult,
} from "../../../src/core/qa/state";
import { formSet, pack } from "./fixtures";

const now = new Date("2024-03-05T10:00:00.000Z");
const ok = (r: QaResult): QaState => {
  if (!r.ok) throw new Error(r.reason);
  return r.state;
};

function filled(): QaState {
  let s = emptyState(pack);
  s = ok(answer(s, formSet, "scope", "Yes", "Clear and numbered", "Jane QA", now));
  s = ok(answer(s, formSet, "chronology", "Partially", "Two gaps\nin 2021", "Jane QA", now));
  s = ok(signOff(s, { name: "Jane QA", role: "Head of Safeguarding", date: "06/03/2024" }));
  s = ok(setDate(s, "firstSubmission", "01/03/2024"));
  s = ok(
    addComment(s, { text: "Who decided?", by: "Jane QA", selection: "The case was closed" }, now),
  );
  return s;
}

describe("qaFormTable", () => {
  it("has the seed's header and a tick in the answered column", () => {
    const rows = qaFormTable(formSet, filled());
    expect(rows[0]).toEqual(["Criteria", "Yes", "No", "Partially", "Comments"]);
    expect(rows[1]).toEqual([
      "The scope of the review is unambiguous",
      TICK,
      "",
      "",
      "Clear and numbered",
    ]);
    expect(rows[2]).toEqual(["Author was independent", "", "", "", ""]);
    expect(rows[3]).toEqual([
      "Report includes chronology of involvement",
      "",
      "",
      TICK,
      "Two gaps\nin 2021",
    ]);
    expect(rows).toHaveLength(1 + formSet.criteria.length);
  });
  it("uses the set's own answers as columns", () => {
    const other = pack.qa.sets[1];
    const s = ok(answer(emptyState(pack, "other"), other, "one", "Not met", "", "x", now));
    expect(qaFormTable(other, s)).toEqual([
      ["Criteria", "Met", "Not met", "Comments"],
      ["One", "", TICK, ""],
    ]);
  });
});

describe("qaFormBlocks", () => {
  it("gives heading, table and Signed / Date / Role lines", () => {
    const b = qaFormBlocks(formSet, filled());
    expect(b.heading).toBe("Individual Management Review Quality Assurance Form");
    expect(b.lines).toEqual(["Signed: Jane QA", "Date: 06/03/2024", "Role: Head of Safeguarding"]);
    expect(qaFormBlocks(formSet, emptyState(pack)).lines).toEqual(["Signed:", "Date:", "Role:"]);
  });
});

describe("qaFormText and qaFormJson", () => {
  it("prints the form for the terminal", () => {
    const text = qaFormText(formSet, filled(), {
      chronology: [{ kind: "concern", text: "1 entry falls outside the review period." }],
    });
    expect(text).toContain("Status: Draft");
    expect(text).toContain("Answered: 2 of 4");
    expect(text).toContain(
      "1. The scope of the review is unambiguous\n   Answer: Yes\n   Comments: Clear and numbered",
    );
    expect(text).toContain("2. Author was independent\n   Answer: not answered");
    expect(text).toContain(
      "   Comments: Two gaps / in 2021\n   [check] 1 entry falls outside the review period.",
    );
    expect(text).toContain("   Date of first submission: 01/03/2024");
    expect(text).toContain("   c1 (on “The case was closed”): Who decided? (Jane QA)");
    expect(
      text.trimEnd().endsWith("Signed: Jane QA\nDate: 06/03/2024\nRole: Head of Safeguarding"),
    ).toBe(true);
  });
  it("gives JSON with every criterion, answered or not", () => {
    const json = qaFormJson(formSet, filled(), {
      "terms-of-reference": [{ kind: "ok", text: "has content" }],
    });
    expect(json).toMatchObject({
      packId: "test-dhr",
      setId: "form",
      status: "draft",
      statusLabel: "Draft",
      answered: 2,
      total: 4,
    });
    expect(json.criteria[0]).toEqual({
      id: "scope",
      text: "The scope of the review is unambiguous",
      answer: "Yes",
      comment: "Clear and numbered",
      by: "Jane QA",
      at: "2024-03-05T10:00:00.000Z",
      evidence: { "terms-of-reference": [{ kind: "ok", text: "has content" }] },
    });
    expect(json.criteria[1]).toEqual({
      id: "independent-author",
      text: "Author was independent",
      answer: null,
      comment: "",
      by: null,
      at: null,
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
