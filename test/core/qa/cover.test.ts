import { coverEdits, coverSource, coverValueMap, coverValues } from "../../../src/core/qa/cover";
import type { QaState } from "../../../src/core/qa/schema";
import { emptyState, setDate, signOff, type QaResult } from "../../../src/core/qa/state";
import { pack, report } from "./fixtures";

const ok = (r: QaResult): QaState => {
  if (!r.ok) throw new Error(r.reason);
  return r.state;
};

function state(): QaState {
  let s = emptyState(pack);
  s = ok(signOff(s, { name: "Jane QA", role: "Head of Safeguarding", date: "06/03/2024" }));
  s = ok(setDate(s, "firstSubmission", "01/03/2024"));
  s = ok(setDate(s, "finalSubmission", "20/03/2024"));
  return s;
}

describe("cover values", () => {
  it("maps the sign-off and dates onto the cover labels", () => {
    expect(coverValueMap(pack, state())).toEqual({
      "Quality assured and approved by": "Jane QA, Head of Safeguarding. Date: 06/03/2024",
      "Date of first submission": "01/03/2024",
      "Date of final submission": "20/03/2024",
    });
    expect(coverValues(pack, emptyState(pack))).toEqual([]);
  });
  it.each([
    [{ id: "quality-assured-by", label: "Quality assured and approved by" }, { kind: "signOff" }],
    [{ id: "signature-director", label: "SIGNATURES: ii) Director/Other" }, { kind: "signOff" }],
    [
      { id: "completion-date", label: "DATE OF IMR COMPLETION:" },
      { kind: "date", key: "imrCompleted" },
    ],
    [
      { id: "revision", label: "Date of revision" },
      { kind: "date", key: "revision" },
    ],
    [{ id: "author", label: "Author of IMR" }, undefined],
    [{ id: "date", label: "Date:" }, undefined],
  ])("coverSource(%j)", (field, expected) => expect(coverSource(field)).toEqual(expected));
});

describe("coverEdits", () => {
  it("replaces the value cells of the document's cover table, guidance hint included", () => {
    const model = report();
    const edits = coverEdits(model, pack, state());
    const cover = model.blocks[0];
    expect(edits).toEqual([
      {
        kind: "replaceCellText",
        blockId: cover.id,
        row: 4,
        column: 1,
        start: 0,
        end: 27,
        expected: "Insert name and designation",
        replacement: "Jane QA, Head of Safeguarding. Date: 06/03/2024",
      },
      {
        kind: "replaceCellText",
        blockId: cover.id,
        row: 5,
        column: 1,
        start: 0,
        end: 0,
        expected: "",
        replacement: "01/03/2024",
      },
      {
        kind: "replaceCellText",
        blockId: cover.id,
        row: 7,
        column: 1,
        start: 0,
        end: 0,
        expected: "",
        replacement: "20/03/2024",
      },
    ]);
  });
  it("leaves cells that already say it, and does nothing without a cover table", () => {
    const model = report();
    const cover = model.blocks[0];
    if (cover.kind !== "table") throw new Error("fixture");
    cover.rows[5][1] = "01/03/2024";
    expect(coverEdits(model, pack, state()).map((e) => e.row)).toEqual([4, 7]);
    expect(coverEdits({ blocks: [] }, pack, state())).toEqual([]);
  });
});
