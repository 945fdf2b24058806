import type { Register } from "../../../src/core/anonymise/register";
import { registerFromXml, registerToXml } from "../../../src/docx/custom-xml/register-xml";

const reg: Register = {
  schemaVersion: 1,
  people: [
    { name: "Joanne Bloggs", variants: ["Jo", "Ms Bloggs"], code: "Adult A", role: "victim" },
    {
      name: "Doctor Smith",
      variants: [],
      code: "Doctor S",
      role: "professional",
      roleDetail: "GP & partner",
    },
    { name: "Siân O’Neil", variants: ["<Sian>"], code: "Child 1", role: "child", noDerived: true },
  ],
};

describe("register XML", () => {
  it("writes person elements in the register namespace", () => {
    const xml = registerToXml(reg);
    expect(xml.startsWith('<register xmlns="urn:imr-assistant:register" schemaVersion="1">')).toBe(
      true,
    );
    expect(xml).toContain(
      '<person code="Doctor S" role="professional" roleDetail="GP &amp; partner"><name>Doctor Smith</name></person>',
    );
    expect(xml).toContain(
      '<person code="Child 1" role="child" noDerived="true"><name>Siân O’Neil</name><variant>&lt;Sian&gt;</variant></person>',
    );
  });
  it("round-trips", () => {
    expect(registerFromXml(registerToXml(reg))).toEqual({ ok: true, value: reg });
    expect(registerFromXml(registerToXml({ schemaVersion: 1, people: [] }))).toEqual({
      ok: true,
      value: { schemaVersion: 1, people: [] },
    });
  });
  it.each([
    ["malformed XML", "<register", /not well-formed XML/],
    [
      "a newer version",
      '<register xmlns="urn:imr-assistant:register" schemaVersion="2"/>',
      /newer version of IMR Assistant/,
    ],
    ["another root", '<qa xmlns="urn:imr-assistant:qa"/>', /not a people register/],
    [
      "a bad role",
      '<register xmlns="urn:imr-assistant:register" schemaVersion="1"><person code="A" role="boss"><name>X Y</name></person></register>',
      /people.0.role/,
    ],
    [
      "a person without a name",
      '<register xmlns="urn:imr-assistant:register" schemaVersion="1"><person code="A" role="victim"/></register>',
      /people.0.name/,
    ],
  ])("gives a clear problem for %s", (_, xml, message) => {
    const r = registerFromXml(xml);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `${p.path}: ${p.message}`).join("; ")).toMatch(message);
  });
});
