import { compareCodes, keyRows, keyTablePlan, roleText } from "../../../src/core/anonymise/key";
import { register } from "./helpers";

const reg = register([
  { name: "Joe Bloggs", code: "Child 10", role: "child" },
  { name: "Doctor Smith", code: "Doctor S", role: "professional", roleDetail: "GP" },
  { name: "Jane Ward", code: "Adult B", role: "perpetrator" },
  { name: "Ann Lee", code: "Adult A", role: "victim" },
  { name: "Sam Lee", code: "Child 2", role: "child", roleDetail: "son of Adult A" },
]);

describe("keyRows", () => {
  it("lists Code | Name | Role sorted by code, numbers in natural order", () => {
    expect(keyRows(reg)).toEqual([
      ["Code", "Name", "Role"],
      ["Adult A", "Ann Lee", "Victim"],
      ["Adult B", "Jane Ward", "Perpetrator"],
      ["Child 2", "Sam Lee", "Child (son of Adult A)"],
      ["Child 10", "Joe Bloggs", "Child"],
      ["Doctor S", "Doctor Smith", "Professional (GP)"],
    ]);
  });
  it("follows the pack's key-to-initials columns", () => {
    const pack = {
      keyToInitials: {
        title: "Key to Initials Used",
        headerFields: [],
        guidance: [],
        columns: [
          {
            id: "initials",
            header: "Initials",
            kind: "text" as const,
            required: true,
            aliases: [],
          },
          { id: "name", header: "Name", kind: "text" as const, required: true, aliases: [] },
          {
            id: "role",
            header: "Role/Relationship",
            kind: "text" as const,
            required: false,
            aliases: [],
          },
        ],
      },
    };
    expect(keyRows(reg, pack).slice(0, 2)).toEqual([
      ["Initials", "Name", "Role/Relationship"],
      ["Adult A", "Ann Lee", "Victim"],
    ]);
  });
  it("compares codes naturally", () => {
    expect(["Child 10", "child 2", "Adult B", "Adult A"].sort(compareCodes)).toEqual([
      "Adult A",
      "Adult B",
      "child 2",
      "Child 10",
    ]);
    expect(roleText(reg.people[1])).toBe("Professional (GP)");
  });
});

describe("keyTablePlan", () => {
  it("rewrites the document's key table under its own header", () => {
    const model = {
      blocks: [
        { kind: "paragraph" as const, id: "p", text: "Key to Initials Used:" },
        {
          kind: "table" as const,
          id: "k",
          rows: [
            ["Name", "Initials"],
            ["", ""],
          ],
        },
      ],
    };
    const plan = keyTablePlan(model, reg);
    expect(plan?.edits).toEqual([
      {
        kind: "replaceTable",
        blockId: "k",
        expectedRows: [
          ["Name", "Initials"],
          ["", ""],
        ],
        rows: [
          ["Name", "Initials"],
          ["Ann Lee", "Adult A"],
          ["Jane Ward", "Adult B"],
          ["Sam Lee", "Child 2"],
          ["Joe Bloggs", "Child 10"],
          ["Doctor Smith", "Doctor S"],
        ],
      },
    ]);
    expect(plan?.description).toBe("Update the key to initials (5 people)");
  });
  it("is undefined without a key table", () => {
    expect(
      keyTablePlan({ blocks: [{ kind: "table", id: "t", rows: [["Date", "Event"]] }] }, reg),
    ).toBeUndefined();
  });
});
