import fc from "fast-check";
import type { DocumentSettings } from "../../../src/core/settings";
import {
  SETTINGS_NAMESPACE,
  settingsLoadFromXml,
  settingsToXml,
} from "../../../src/docx/custom-xml/settings-xml";
import { readCustomXmlPart, writeCustomXmlPart } from "../../../src/docx/custom-xml";
import { writeTemplateDocx } from "../../../src/docx";
import { BUILTIN_PACKS } from "../../../src/core/packs/registry";

const full: DocumentSettings = {
  schemaVersion: 1,
  ignoredFindings: ["language.judgemental|failed to engage|analysis & <findings>"],
  reviewPeriod: { start: "01/01/2022", end: "31/12/2023" },
  packId: "dhr",
};

describe("settingsToXml", () => {
  it("writes real XML elements in the settings namespace with a schema version", () => {
    expect(settingsToXml(full)).toBe(
      '<settings xmlns="urn:imr-assistant:settings" schemaVersion="1" packId="dhr">' +
        "<ignoredFindings><finding>language.judgemental|failed to engage|analysis &amp; &lt;findings&gt;</finding></ignoredFindings>" +
        '<reviewPeriod start="01/01/2022" end="31/12/2023"/></settings>',
    );
  });
});

describe("settingsLoadFromXml", () => {
  it("round-trips full and empty settings", () => {
    expect(settingsLoadFromXml(settingsToXml(full))).toEqual({ kind: "ok", settings: full });
    const empty: DocumentSettings = { schemaVersion: 1, ignoredFindings: [] };
    expect(settingsLoadFromXml(settingsToXml(empty))).toEqual({ kind: "ok", settings: empty });
  });

  it("round-trips any ignore keys (property)", () => {
    const key = fc
      .string({ unit: fc.constantFrom(..."ab |<>&\"'\n\r\té’😀".split("")), maxLength: 40 })
      .filter((k) => k.length > 0);
    fc.assert(
      fc.property(fc.array(key, { maxLength: 6 }), (keys) => {
        const s: DocumentSettings = { schemaVersion: 1, ignoredFindings: keys };
        expect(settingsLoadFromXml(settingsToXml(s))).toEqual({ kind: "ok", settings: s });
      }),
    );
  });

  it("accepts a prefixed namespace and ignores unknown elements and attributes", () => {
    const xml = `<s:settings xmlns:s="${SETTINGS_NAMESPACE}" schemaVersion="1" later="x"><s:ignoredFindings><s:finding>k</s:finding><s:other/></s:ignoredFindings><s:future/></s:settings>`;
    expect(settingsLoadFromXml(xml)).toEqual({
      kind: "ok",
      settings: { schemaVersion: 1, ignoredFindings: ["k"] },
    });
  });

  it("refuses a newer version and says so", () => {
    const r = settingsLoadFromXml(`<settings xmlns="${SETTINGS_NAMESPACE}" schemaVersion="2"/>`);
    expect(r.kind).toBe("newer");
  });

  it.each([
    ["<settings", /not well-formed XML/],
    [`<qa xmlns="urn:imr-assistant:qa" schemaVersion="1"/>`, /not document settings/],
    [`<settings xmlns="${SETTINGS_NAMESPACE}"/>`, /no valid schema version/],
    [
      `<settings xmlns="${SETTINGS_NAMESPACE}" schemaVersion="1"><reviewPeriod start="1/1/22" end="31/12/2023"/></settings>`,
      /dd\/mm\/yyyy/,
    ],
  ])("reports %s as invalid", (xml, message) => {
    const r = settingsLoadFromXml(xml);
    expect(r.kind).toBe("invalid");
    if (r.kind === "invalid") expect(r.problems.map((p) => p.message).join(" ")).toMatch(message);
  });

  it("is stored in and read back from a .docx as a custom XML part", async () => {
    const bytes = await writeTemplateDocx(BUILTIN_PACKS[0]);
    const withSettings = await writeCustomXmlPart(bytes, SETTINGS_NAMESPACE, settingsToXml(full));
    const xml = await readCustomXmlPart(withSettings, SETTINGS_NAMESPACE);
    expect(xml).toBeDefined();
    expect(settingsLoadFromXml(xml!)).toEqual({ kind: "ok", settings: full });
  });
});
