import type { QaState } from "../../../src/core/qa/schema";

/** A QA state with every field used, and text that is awkward for XML. */
export const fullState: QaState = {
  schemaVersion: 2,
  packId: "dhr",
  setId: "gm-dhr-qa",
  status: "approved",
  answers: {
    scope: {
      answer: "Yes",
      comment: "Clear & numbered <ToR>",
      by: "Jane QA",
      at: "2024-03-05T10:00:00.000Z",
    },
    chronology: {
      answer: "Partially",
      comment: 'Two gaps:\n  2021 and "2022"\r\n',
      by: "Jane QA",
      at: "2024-03-05T10:05:00.000Z",
    },
  },
  comments: [
    {
      id: "c1",
      criterionId: "scope",
      text: "Who decided?\nSay so.",
      by: "Jane QA",
      at: "2024-03-05T10:06:00.000Z",
      anchorText: "The case was closed",
    },
    { id: "c2", text: "No anchor", by: "", at: "2024-03-05T10:07:00.000Z", anchorText: "" },
    { id: "c3", text: "x", by: "", at: "2024-03-05T10:07:00.000Z", anchorText: "" },
  ],
  dates: { imrRequested: "01/02/2024", firstSubmission: "01/03/2024", qaCompleted: "06/03/2024" },
  signOff: {
    name: "Jane O'Brien-Smith",
    role: "Head of Safeguarding & Quality",
    date: "06/03/2024",
  },
  history: [
    { status: "submitted-for-qa", by: "Author", at: "2024-03-01T09:00:00.000Z" },
    { status: "approved", by: "Jane QA", at: "2024-03-06T09:00:00.000Z" },
  ],
};
