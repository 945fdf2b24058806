import {
  QaStateV2Schema,
  isUkDate,
  type QaState,
  type QaStateV1,
} from "../../../src/core/qa/schema";
import {
  addComment,
  anchorFrom,
  answer,
  clearAnswer,
  emptyState,
  loadQaState,
  migrateV1,
  removeComment,
  setDate,
  setStatus,
  signOff,
  unansweredCriteria,
  type QaResult,
} from "../../../src/core/qa/state";
import { formSet, pack } from "./fixtures";

const now = new Date("2024-03-05T10:00:00.000Z");

function ok(r: QaResult): QaState {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return r.state;
}
function reason(r: QaResult): string {
  if (r.ok) throw new Error("expected a refusal");
  return r.reason;
}

function answeredAll(state: QaState): QaState {
  let s = state;
  for (const c of formSet.criteria) s = ok(answer(s, formSet, c.id, "Yes", "", "QA Manager", now));
  return s;
}

describe("emptyState", () => {
  it("starts a draft for the pack's default set, valid against the schema", () => {
    const s = emptyState(pack);
    expect(s).toMatchObject({
      schemaVersion: 2,
      packId: "test-dhr",
      setId: "form",
      status: "draft",
      answers: {},
      comments: [],
      history: [],
    });
    expect(QaStateV2Schema.safeParse(s).success).toBe(true);
  });
  it("takes another set by id and refuses one the pack lacks", () => {
    expect(emptyState(pack, "other").setId).toBe("other");
    expect(() => emptyState(pack, "nope")).toThrow(/no QA set "nope"/);
  });
});

describe("answer", () => {
  it("records the answer, comment, who and when, without changing the old state", () => {
    const s0 = emptyState(pack);
    const s1 = ok(answer(s0, formSet, "scope", "partially", "ToR not numbered", "Jane QA", now));
    expect(s1.answers.scope).toEqual({
      answer: "Partially",
      comment: "ToR not numbered",
      by: "Jane QA",
      at: "2024-03-05T10:00:00.000Z",
    });
    expect(s0.answers).toEqual({});
  });
  it.each([
    ["an unknown criterion", "nope", "Yes", /no criterion "nope"/],
    [
      "an answer the set does not allow",
      "scope",
      "Maybe",
      /not one of the answers this form allows \(Yes, No, Partially\)/,
    ],
  ])("refuses %s", (_, id, value, message) => {
    expect(reason(answer(emptyState(pack), formSet, id, value, "", "x", now))).toMatch(message);
  });
  it("uses the set's own answers", () => {
    const other = pack.qa.sets[1];
    const s = ok(answer(emptyState(pack, "other"), other, "one", "Not met", "", "x", now));
    expect(s.answers.one.answer).toBe("Not met");
    expect(reason(answer(emptyState(pack, "other"), other, "one", "Yes", "", "x", now))).toMatch(
      /Met, Not met/,
    );
  });
  it("refuses to change answers once approved", () => {
    let s = answeredAll(emptyState(pack));
    s = ok(signOff(s, { name: "Jane QA", role: "Head of Safeguarding", date: "05/03/2024" }));
    s = ok(setStatus(s, formSet, "submitted-for-qa", "Author", now));
    s = ok(setStatus(s, formSet, "approved", "Jane QA", now));
    expect(reason(answer(s, formSet, "scope", "No", "", "x", now))).toMatch(
      /return it for revision/,
    );
    expect(reason(clearAnswer(s, "scope"))).toMatch(/return it for revision/);
  });
  it("clears an answer", () => {
    const s = ok(answer(emptyState(pack), formSet, "scope", "Yes", "", "x", now));
    expect(ok(clearAnswer(s, "scope")).answers).toEqual({});
  });
});

describe("setStatus", () => {
  it("follows draft -> submitted -> returned -> submitted -> approved and records history", () => {
    let s = emptyState(pack);
    s = ok(setStatus(s, formSet, "submitted-for-qa", "Author", now));
    s = ok(setStatus(s, formSet, "returned-for-revision", "Jane QA", now));
    s = ok(setStatus(s, formSet, "submitted-for-qa", "Author", now));
    s = answeredAll(s);
    s = ok(signOff(s, { name: "Jane QA", role: "Head of Safeguarding", date: "06/03/2024" }));
    s = ok(setStatus(s, formSet, "approved", "Jane QA", now));
    expect(s.status).toBe("approved");
    expect(s.history.map((h) => h.status)).toEqual([
      "submitted-for-qa",
      "returned-for-revision",
      "submitted-for-qa",
      "approved",
    ]);
    expect(s.history[1]).toEqual({
      status: "returned-for-revision",
      by: "Jane QA",
      at: "2024-03-05T10:00:00.000Z",
    });
    expect(s.dates.qaCompleted).toBe("06/03/2024");
  });
  it.each([
    ["draft", "approved"],
    ["draft", "returned-for-revision"],
  ] as const)("refuses %s -> %s", (from, to) => {
    const s = { ...emptyState(pack), status: from };
    expect(reason(setStatus(s, formSet, to, "x", now))).toMatch(/can only be moved to/);
  });
  it("refuses approval until every criterion is answered, naming what is missing", () => {
    let s = ok(setStatus(emptyState(pack), formSet, "submitted-for-qa", "Author", now));
    s = ok(signOff(s, { name: "Jane QA", role: "Head of Safeguarding", date: "06/03/2024" }));
    s = ok(answer(s, formSet, "scope", "Yes", "", "x", now));
    const why = reason(setStatus(s, formSet, "approved", "Jane QA", now));
    expect(why).toMatch(/3 not answered/);
    expect(why).toContain("Author was independent");
    expect(unansweredCriteria(s, formSet).map((c) => c.id)).toEqual([
      "independent-author",
      "chronology",
      "identity",
    ]);
  });
  it("refuses approval without a sign-off", () => {
    const s = answeredAll(
      ok(setStatus(emptyState(pack), formSet, "submitted-for-qa", "Author", now)),
    );
    expect(reason(setStatus(s, formSet, "approved", "Jane QA", now))).toMatch(/signed off/);
  });
  it("returning an approved report clears the sign-off so it must be signed again", () => {
    let s = answeredAll(
      ok(setStatus(emptyState(pack), formSet, "submitted-for-qa", "Author", now)),
    );
    s = ok(signOff(s, { name: "Jane QA", role: "Head of Safeguarding", date: "06/03/2024" }));
    s = ok(setStatus(s, formSet, "approved", "Jane QA", now));
    s = ok(setStatus(s, formSet, "returned-for-revision", "Panel chair", now));
    expect(s.signOff).toBeUndefined();
    expect("signOff" in s).toBe(false);
    s = ok(setStatus(s, formSet, "submitted-for-qa", "Author", now));
    expect(reason(setStatus(s, formSet, "approved", "Jane QA", now))).toMatch(/signed off/);
  });
  it("refuses a move to the same status", () => {
    expect(reason(setStatus(emptyState(pack), formSet, "draft", "x", now))).toMatch(
      /already "Draft"/,
    );
  });
});

describe("signOff and setDate", () => {
  it("validates the sign-off", () => {
    const s = emptyState(pack);
    expect(reason(signOff(s, { name: " ", role: "Head", date: "05/03/2024" }))).toMatch(/name/);
    expect(reason(signOff(s, { name: "Jane", role: "", date: "05/03/2024" }))).toMatch(/role/);
    expect(reason(signOff(s, { name: "Jane", role: "Head", date: "2024-03-05" }))).toMatch(
      /dd\/mm\/yyyy/,
    );
    expect(reason(signOff(s, { name: "Jane", role: "Head", date: "31/02/2024" }))).toMatch(
      /dd\/mm\/yyyy/,
    );
    expect(ok(signOff(s, { name: " Jane QA ", role: "Head", date: "29/02/2024" })).signOff).toEqual(
      { name: "Jane QA", role: "Head", date: "29/02/2024" },
    );
  });
  it("sets and clears dates, refusing ones not written dd/mm/yyyy", () => {
    let s = ok(setDate(emptyState(pack), "imrRequested", "01/02/2024"));
    expect(s.dates).toEqual({ imrRequested: "01/02/2024" });
    expect(reason(setDate(s, "imrCompleted", "1/2/24"))).toMatch(
      /Date the IMR was completed must be written dd\/mm\/yyyy/,
    );
    s = ok(setDate(s, "imrRequested", ""));
    expect(s.dates).toEqual({});
  });
  it.each([
    ["01/01/2024", true],
    ["29/02/2023", false],
    ["29/02/2000", true],
    ["31/04/2024", false],
    ["00/01/2024", false],
    ["1/1/2024", false],
  ])("isUkDate(%s) is %s", (d, expected) => expect(isUkDate(d)).toBe(expected));
});

describe("comments", () => {
  it("adds comments with ids c1, c2 and an anchor from the selection's first words", () => {
    let s = ok(
      addComment(
        emptyState(pack),
        {
          text: "Say who made this decision.",
          by: "Jane QA",
          selection:
            "The decision was made   to close the case on the same day without further contact",
        },
        now,
      ),
    );
    s = ok(
      addComment(
        s,
        { text: "Missing date", by: "Jane QA", criterionId: "chronology" },
        now,
        formSet,
      ),
    );
    expect(s.comments.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(s.comments[0].anchorText).toBe("The decision was made to close the case");
    expect(s.comments[1]).toMatchObject({ criterionId: "chronology", anchorText: "" });
    s = ok(removeComment(s, "c1"));
    s = ok(addComment(s, { text: "Another", by: "x" }, now));
    expect(s.comments.map((c) => c.id)).toEqual(["c2", "c3"]);
  });
  it("refuses an empty comment and an unknown criterion", () => {
    expect(reason(addComment(emptyState(pack), { text: "  ", by: "x" }, now))).toMatch(
      /needs some text/,
    );
    expect(
      reason(
        addComment(emptyState(pack), { text: "x", by: "x", criterionId: "nope" }, now, formSet),
      ),
    ).toMatch(/no criterion/);
  });
  it("shortens a long anchor", () => {
    expect(anchorFrom("Supercalifragilisticexpialidocious ".repeat(3)).length).toBeLessThanOrEqual(
      60,
    );
  });
});

describe("loadQaState and migration", () => {
  const v1 = {
    schemaVersion: 1,
    packId: "test-dhr",
    setId: "form",
    status: "complete",
    reviewer: "Jane QA",
    updated: "2023-11-01T09:00:00Z",
    submitted: "20/10/2023",
    answers: [
      { criterionId: "scope", answer: "Yes", comment: "Clear" },
      { criterionId: "chronology", answer: "Partially" },
    ],
    signedOff: { name: "Jane QA", date: "01/11/2023" },
  };

  it("migrates a v1 record to v2", () => {
    const load = loadQaState(v1);
    expect(load.kind).toBe("ok");
    if (load.kind !== "ok") return;
    expect(load.migratedFrom).toBe(1);
    expect(load.state).toEqual({
      schemaVersion: 2,
      packId: "test-dhr",
      setId: "form",
      status: "approved",
      answers: {
        scope: { answer: "Yes", comment: "Clear", by: "Jane QA", at: "2023-11-01T09:00:00Z" },
        chronology: { answer: "Partially", comment: "", by: "Jane QA", at: "2023-11-01T09:00:00Z" },
      },
      comments: [],
      dates: { firstSubmission: "20/10/2023", qaCompleted: "01/11/2023" },
      signOff: { name: "Jane QA", role: "Not recorded", date: "01/11/2023" },
      history: [{ status: "approved", by: "Jane QA", at: "2023-11-01T09:00:00Z" }],
    });
  });
  it("a v1 'complete' record without a sign-off comes back as submitted for QA", () => {
    const { signedOff: _, ...rest } = v1;
    const load = loadQaState(rest);
    expect(load.kind === "ok" && load.state.status).toBe("submitted-for-qa");
    expect(migrateV1({ ...(rest as unknown as QaStateV1), answers: [], reviewer: "" }).status).toBe(
      "submitted-for-qa",
    );
  });
  it("reads a v2 record as is (schemaVersion as a string too)", () => {
    const s = emptyState(pack);
    expect(loadQaState(s)).toEqual({ kind: "ok", state: s });
    expect(loadQaState({ ...s, schemaVersion: "2" })).toEqual({ kind: "ok", state: s });
  });
  it("refuses a newer version with a clear message", () => {
    const load = loadQaState({ schemaVersion: 3, anything: true });
    expect(load.kind).toBe("newer");
    if (load.kind === "newer") {
      expect(load.version).toBe(3);
      expect(load.message).toMatch(/newer version of IMR Assistant/);
      expect(load.message).toMatch(/left exactly as it is/);
    }
  });
  it.each([
    ["not an object", "text", /must be an object/],
    ["no version", { packId: "x" }, /no valid schema version/],
    ["a bad status", { ...emptyStateLike(), status: "done" }, /status/],
    [
      "an approved record without sign-off",
      { ...emptyStateLike(), status: "approved" },
      /needs a sign-off/,
    ],
  ])("reports %s as invalid", (_, data, message) => {
    const load = loadQaState(data);
    expect(load.kind).toBe("invalid");
    if (load.kind === "invalid")
      expect(load.problems.map((p) => `${p.path}: ${p.message}`).join("; ")).toMatch(message);
  });
});

function emptyStateLike() {
  return {
    schemaVersion: 2,
    packId: "p",
    setId: "s",
    status: "draft",
    answers: {},
    comments: [],
    dates: {},
    history: [],
  };
}
