import { findCoverTable, namesIn, suggestEntries } from "../../../src/core/anonymise/suggest";
import type { DocModel, Finding } from "../../../src/core/model/types";
import { pack, report } from "../qa/fixtures";
import { register } from "./helpers";

const finding = (text: string): Finding => ({
  rule: "anonymisation.full-name",
  severity: "error",
  message: "m",
  text,
});

describe("namesIn", () => {
  it.each([
    ["Joanne Bloggs, White British, aged 34", ["Joanne Bloggs"]],
    ["Mr James Ward, partner", ["James Ward"]],
    ["Mr Ward and Dr Jane Smith", ["Mr Ward", "Dr Jane Smith"]],
    ["Victim Joanne Bloggs and her son Sam Lee", ["Joanne Bloggs", "Sam Lee"]],
    ["Dr Smith's patient", ["Dr Smith"]],
    ["White British", []],
    ["Children or adults including ethnicity", []],
    ["", []],
  ])("%s", (text, expected) => expect(namesIn(text)).toEqual(expected));
});

describe("suggestEntries", () => {
  it("suggests people from the cover table with a role, and from findings, with codes that do not clash", () => {
    const reg = register([{ name: "Ann Lee", code: "JB", role: "relevant person" }]);
    const s = suggestEntries(
      report(),
      pack,
      [finding("Sarah Khan"), finding("Sarah Khan"), finding("Ann Lee")],
      reg,
    );
    expect(s).toEqual([
      {
        name: "Joanne Bloggs",
        role: "victim",
        source: "cover",
        count: 1,
        field: "Domestic Homicide Review in respect of",
        code: "JB2",
      },
      {
        name: "James Ward",
        role: "perpetrator",
        source: "cover",
        count: 1,
        field: "Details of perpetrator (s)",
        code: "JW",
      },
      { name: "Sarah Khan", role: "other", source: "finding", count: 2, code: "SK" },
    ]);
  });
  it("leaves out names the register already covers and ignores the author and guidance", () => {
    const reg = register([
      { name: "Joanne Bloggs", code: "Adult A", role: "victim" },
      { name: "James Ward", code: "Adult B", role: "perpetrator" },
    ]);
    expect(suggestEntries(report(), pack, [], reg, "pseudonym")).toEqual([]);
  });
  it("uses pseudonyms by role when asked", () => {
    const s = suggestEntries(report(), pack, [], register([]), "pseudonym");
    expect(s.map((x) => x.code)).toEqual(["Adult A", "Adult B"]);
  });
  it("finds the cover table by its labels", () => {
    const model: DocModel = report();
    expect(findCoverTable(model, pack)?.id).toBe(model.blocks[0].id);
    expect(
      findCoverTable({ blocks: [{ kind: "table", id: "x", rows: [["Date", "Event"]] }] }, pack),
    ).toBeUndefined();
  });
});
