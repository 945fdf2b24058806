import { hasValidDate, onlyWeakVerbs } from "../../../src/core/checks/recommendations";
import { heading, para, table } from "./fixtures/builders";
import { findingsOf } from "./fixtures/helpers";

const RULE = "recommendations.smart";
const HEADER = [
  "No.",
  "Recommendation",
  "Key Actions",
  "Evidence",
  "Key Outcomes",
  "Lead Officer",
  "Date",
];
const GOOD = [
  "1",
  "Officers will see previous reports at the scene.",
  "Introduce mobile access to previous reports.",
  "Audit of 50 assessments.",
  "Better risk grading.",
  "Head of Public Protection",
  "31/03/2025",
];

function plan(...rows: string[][]) {
  return table([HEADER, ...rows]);
}

describe("recommendations.smart in the action plan", () => {
  it("accepts a SMART row", () => {
    expect(findingsOf(RULE, [plan(GOOD)])).toEqual([]);
  });

  it.each([
    ["no lead officer", { 5: "" }, /no lead officer/],
    ["a lead 'TBC'", { 5: "TBC" }, /no lead officer/],
    ["no date", { 6: "" }, /no valid target date/],
    ["an impossible date", { 6: "31/02/2025" }, /no valid target date/],
    ["a vague date", { 6: "Ongoing" }, /no valid target date/],
    [
      "only weak verbs",
      { 1: "Remind staff of the policy.", 2: "Raise awareness and review the guidance." },
      /weak verbs/,
    ],
    ["no evidence", { 3: "" }, /no evidence/],
    ["no outcome", { 4: "" }, /no key outcomes/],
  ])("reports a row with %s, naming what is missing", (_, change, message) => {
    const row = [...GOOD];
    for (const [i, v] of Object.entries(change)) row[Number(i)] = v;
    const t = plan(row);
    const [f] = findingsOf(RULE, [t]);
    expect(f.severity).toBe("warning");
    expect(f.message).toMatch(message);
    expect(f.message).toMatch(/^Recommendation 1 /);
    expect(f.location).toMatchObject({ blockId: t.id, row: 1 });
  });

  it("names everything missing in one finding", () => {
    const [f] = findingsOf(RULE, [plan(["2", "Consider the policy.", "", "", "", "", ""])]);
    expect(f.message).toMatch(
      /no lead officer.*no valid target date.*weak verbs.*no evidence or key outcomes/,
    );
  });

  it("skips the template's example row (guidance cells) and empty rows", () => {
    const t = plan(
      [
        "1",
        "As they are written in the report",
        "Indicate the actions",
        "Describe the evidence",
        "What improvement",
        "Designation of lead officer",
        "01/01/2012",
      ],
      ["", "", "", "", "", "", ""],
      GOOD,
    );
    t.guidanceCells = [[], [false, true, true, true, true, true, true]];
    expect(findingsOf(RULE, [t])).toEqual([]);
  });

  it("finds the plan by its header, whatever the column order and aliases", () => {
    const t = table([
      ["Target date", "Lead", "Actions", "Recommendation", "Evidence", "Key Outcomes"],
      ["March 2025", "", "Remind staff.", "Staff will know the policy.", "x", "y"],
    ]);
    const [f] = findingsOf(RULE, [t]);
    expect(f.message).toMatch(/no lead/);
    expect(f.message).toMatch(/weak verbs/);
  });

  it("leaves other tables alone", () => {
    expect(
      findingsOf(RULE, [
        table([
          ["Date", "Event"],
          ["01/01/2020", "Remind staff."],
        ]),
      ]),
    ).toEqual([]);
  });
});

describe("recommendations.smart in a Recommendations section", () => {
  it("reports a numbered recommendation with only weak verbs", () => {
    const f = findingsOf(RULE, [
      heading("Recommendations"),
      para("The following are recommended:"),
      para("1. Remind staff of the need to consider the DASH form."),
      para("2. Introduce a new referral pathway by 31/03/2025."),
    ]);
    expect(f.map((x) => x.text)).toEqual([
      "1. Remind staff of the need to consider the DASH form.",
    ]);
  });

  it("leaves introductions and other sections alone", () => {
    expect(
      findingsOf(RULE, [
        heading("Recommendations"),
        para("The panel may wish to consider the following."),
      ]),
    ).toEqual([]);
    expect(findingsOf(RULE, [para("1. Remind staff of the policy.")])).toEqual([]);
  });
});

describe("date and verb tests", () => {
  it.each([
    ["31/03/2025", true],
    ["1/4/25", true],
    ["By end of March 2025", true],
    ["Sept 2025", true],
    ["03/2025", true],
    ["29/02/2023", false],
    ["32/01/2025", false],
    ["Q1", false],
    ["ASAP", false],
  ])("hasValidDate(%j) = %s", (text, expected) => {
    expect(hasValidDate(text)).toBe(expected);
  });

  it.each([
    ["Remind staff of the policy", true],
    ["Review the policy", true],
    ["Ensure staff are aware of the guidance", true],
    ["Review and amend the policy", false],
    ["Introduce a new form", false],
    ["Deliver training to all response officers", false],
    ["Remind staff to record concerns", true],
    ["The agency will consider a new referral pathway", true],
    ["Staff will be reminded of the policy", true],
    ["Raise awareness and review the guidance", true],
    ["To raise awareness of coercive control among staff", true],
    ["Officers will see all previous reports at the scene", false],
    ["Consider the policy. Introduce a new form.", false],
  ])("onlyWeakVerbs(%j) = %s", (text, expected) => {
    expect(onlyWeakVerbs(text)).toBe(expected);
  });
});
