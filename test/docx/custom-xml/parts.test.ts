import { writeTemplateDocx } from "../../../src/docx/write/template";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { PackSchema } from "../../../src/core/packs/schema";
import type { Register } from "../../../src/core/anonymise/register";
import { qaToXml } from "../../../src/docx/custom-xml/qa-xml";
import {
  itemIdFor,
  readCustomXmlParts,
  readQaState,
  readRegister,
  removeCustomXmlPart,
  writeCustomXmlPart,
  writeQaState,
  writeRegister,
} from "../../../src/docx/custom-xml/parts";
import { QA_NAMESPACE, REGISTER_NAMESPACE } from "../../../src/docx/custom-xml/xml-util";
import { packInput } from "../../core/qa/fixtures";
import { fullState } from "./fixtures";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A minimal .docx, as a word processor writes one, with no custom XML parts. */
async function minimalDocx(extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>`,
  );
  for (const [path, content] of Object.entries(extra)) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array" });
}

async function files(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out[name] = await zip.files[name].async("string");
  return out;
}

const reg: Register = {
  schemaVersion: 1,
  people: [{ name: "Joanne Bloggs", variants: ["Jo"], code: "Adult A", role: "victim" }],
};

describe("writeCustomXmlPart into a minimal .docx", () => {
  it("adds item, itemProps, their relationship, the document relationship and the content type", async () => {
    const bytes = await writeCustomXmlPart(await minimalDocx(), QA_NAMESPACE, qaToXml(fullState));
    const f = await files(bytes);
    expect(f["customXml/item1.xml"]).toContain(
      '<qa xmlns="urn:imr-assistant:qa" schemaVersion="2"',
    );
    expect(f["customXml/itemProps1.xml"]).toContain(`ds:itemID="${itemIdFor(QA_NAMESPACE, 1)}"`);
    expect(f["customXml/itemProps1.xml"]).toContain(
      '<ds:schemaRef ds:uri="urn:imr-assistant:qa"/>',
    );
    expect(f["customXml/_rels/item1.xml.rels"]).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"',
    );
    const rels = new DOMParser().parseFromString(
      f["word/_rels/document.xml.rels"],
      "application/xml",
    );
    const rel = Array.from(rels.getElementsByTagName("Relationship"))[0];
    expect(rel.getAttribute("Type")).toBe(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
    );
    expect(rel.getAttribute("Target")).toBe("../customXml/item1.xml");
    expect(f["[Content_Types].xml"]).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
    );
    expect(f["word/document.xml"]).toContain("<w:t>Hello</w:t>");
    expect(itemIdFor(QA_NAMESPACE, 1)).toMatch(
      /^\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-8[0-9A-F]{3}-[0-9A-F]{12}\}$/,
    );
  });

  it("reads back what it wrote, QA state and register side by side", async () => {
    let bytes = await minimalDocx();
    const qa = await writeQaState(bytes, fullState);
    if (!qa.ok) throw new Error(qa.reason);
    const withReg = await writeRegister(qa.bytes, reg);
    if (!withReg.ok) throw new Error(withReg.reason);
    bytes = withReg.bytes;
    expect(await readQaState(bytes)).toEqual({ kind: "ok", state: fullState });
    expect(await readRegister(bytes)).toEqual({ ok: true, value: reg });
    const parts = await readCustomXmlParts(bytes);
    expect(parts.map((p) => [p.path, p.namespace])).toEqual([
      ["customXml/item1.xml", QA_NAMESPACE],
      ["customXml/item2.xml", REGISTER_NAMESPACE],
    ]);
  });

  it("replaces the part for a namespace rather than adding another, keeping its item id", async () => {
    const once = await writeCustomXmlPart(await minimalDocx(), QA_NAMESPACE, qaToXml(fullState));
    const changed = { ...fullState, packId: "sar" };
    const twice = await writeCustomXmlPart(once, QA_NAMESPACE, qaToXml(changed));
    const f = await files(twice);
    expect(
      Object.keys(f)
        .filter((k) => k.startsWith("customXml/item"))
        .sort(),
    ).toEqual(["customXml/item1.xml", "customXml/itemProps1.xml"]);
    expect(f["word/_rels/document.xml.rels"].match(/customXml\/item/g)).toHaveLength(1);
    expect(f["[Content_Types].xml"].match(/itemProps1/g)).toHaveLength(1);
    expect(await readQaState(twice)).toEqual({ kind: "ok", state: changed });
  });

  it("refuses XML that is malformed or in another namespace, leaving the bytes alone", async () => {
    const bytes = await minimalDocx();
    await expect(writeCustomXmlPart(bytes, QA_NAMESPACE, "<qa")).rejects.toThrow(
      /cannot store the custom XML part/,
    );
    await expect(writeCustomXmlPart(bytes, QA_NAMESPACE, '<x xmlns="urn:other"/>')).rejects.toThrow(
      /not "urn:imr-assistant:qa"/,
    );
    expect(await readCustomXmlParts(bytes)).toEqual([]);
  });

  it("gives a clear error for bytes that are not a .docx", async () => {
    await expect(readCustomXmlParts(new TextEncoder().encode("%PDF-1.4"))).rejects.toThrow(
      /not a \.docx file|PDF/,
    );
    const r = await writeQaState(new Uint8Array([1, 2, 3]), fullState);
    expect(r.ok).toBe(false);
  });

  it("removes a part and its links (for the clean copy)", async () => {
    const qa = await writeQaState(await minimalDocx(), fullState);
    if (!qa.ok) throw new Error(qa.reason);
    const withReg = await writeRegister(qa.bytes, reg);
    if (!withReg.ok) throw new Error(withReg.reason);
    const clean = await removeCustomXmlPart(withReg.bytes, REGISTER_NAMESPACE);
    const f = await files(clean);
    expect(Object.keys(f).filter((k) => k.includes("item2"))).toEqual([]);
    expect(f["word/_rels/document.xml.rels"]).not.toContain("item2.xml");
    expect(f["[Content_Types].xml"]).not.toContain("itemProps2");
    expect(await readRegister(clean)).toBeUndefined();
    expect(await readQaState(clean)).toEqual({ kind: "ok", state: fullState });
    expect(await removeCustomXmlPart(clean, REGISTER_NAMESPACE)).toBe(clean);
  });
});

describe("older, newer and damaged QA parts inside a .docx", () => {
  const v1 =
    '<qa xmlns="urn:imr-assistant:qa" schemaVersion="1" packId="dhr" setId="gm-dhr-qa" status="in-progress" reviewer="Jane" updated="2023-11-01T09:00:00Z"><answer criterion="scope" value="Yes"/></qa>';

  it("a document from an older version still opens: v1 migrates, and writing stores v2", async () => {
    const bytes = await writeCustomXmlPart(await minimalDocx(), QA_NAMESPACE, v1);
    const load = await readQaState(bytes);
    expect(load.kind === "ok" && load.migratedFrom).toBe(1);
    if (load.kind !== "ok") return;
    const saved = await writeQaState(bytes, load.state);
    if (!saved.ok) throw new Error(saved.reason);
    expect((await files(saved.bytes))["customXml/item1.xml"]).toContain('schemaVersion="2"');
    expect(await readQaState(saved.bytes)).toEqual({ kind: "ok", state: load.state });
  });

  it("a newer record is reported and never overwritten", async () => {
    const newer = '<qa xmlns="urn:imr-assistant:qa" schemaVersion="9"><future/></qa>';
    const bytes = await writeCustomXmlPart(await minimalDocx(), QA_NAMESPACE, newer);
    const load = await readQaState(bytes);
    expect(load.kind).toBe("newer");
    const r = await writeQaState(bytes, fullState);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/newer version of IMR Assistant/);
    expect((await files(bytes))["customXml/item1.xml"]).toContain('schemaVersion="9"');
  });

  it("a register from a newer version is not overwritten either", async () => {
    const bytes = await writeCustomXmlPart(
      await minimalDocx(),
      REGISTER_NAMESPACE,
      '<register xmlns="urn:imr-assistant:register" schemaVersion="2"/>',
    );
    const r = await writeRegister(bytes, reg);
    expect(r.ok).toBe(false);
  });

  it("a damaged part is reported with a clear problem, not thrown, and kept unless asked", async () => {
    const damaged = '<qa xmlns="urn:imr-assistant:qa" schemaVersion="2"><answers>';
    const bytes = await minimalDocx({
      "customXml/item1.xml": damaged,
      "customXml/item2.xml": '<other xmlns="urn:someone-else"><x/></other>',
    });
    const parts = await readCustomXmlParts(bytes);
    expect(parts[0]).toMatchObject({
      path: "customXml/item1.xml",
      namespace: undefined,
      xml: damaged,
    });
    expect(parts[0].problem).toMatch(/not well-formed/);
    expect(parts[1]).toMatchObject({ namespace: "urn:someone-else" });
    const load = await readQaState(bytes);
    expect(load.kind).toBe("invalid");
    if (load.kind === "invalid")
      expect(load.problems[0].message).toMatch(/the QA record is not well-formed XML/);
    const refused = await writeQaState(bytes, fullState);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toMatch(/cannot be read .* left as it is/);
    const replaced = await writeQaState(bytes, fullState, { replaceUnreadable: true });
    if (!replaced.ok) throw new Error(replaced.reason);
    expect(await readQaState(replaced.bytes)).toEqual({ kind: "ok", state: fullState });
    const after = await readCustomXmlParts(replaced.bytes);
    expect(after.map((p) => p.namespace)).toEqual([QA_NAMESPACE, "urn:someone-else"]);
  });
});

describe("in a template written by the docx writer", () => {
  it("sits beside the pack marker, and the document still reads", async () => {
    const pack = PackSchema.parse(packInput);
    const template = await writeTemplateDocx(pack, {
      date: new Date("2024-01-01T00:00:00Z"),
    });
    const before = await readCustomXmlParts(template);
    const qa = await writeQaState(template, fullState);
    if (!qa.ok) throw new Error(qa.reason);
    const withReg = await writeRegister(qa.bytes, reg);
    if (!withReg.ok) throw new Error(withReg.reason);
    const after = await readCustomXmlParts(withReg.bytes);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((p) => p.namespace)).toEqual([
      QA_NAMESPACE,
      REGISTER_NAMESPACE,
    ]);
    expect(await readQaState(withReg.bytes)).toEqual({ kind: "ok", state: fullState });
    expect(await readRegister(withReg.bytes)).toEqual({ ok: true, value: reg });
    const f = await files(withReg.bytes);
    const rels = f["word/_rels/document.xml.rels"];
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    let reader: typeof import("../../../src/docx/read/docx") | undefined;
    try {
      reader = await import("../../../src/docx/read/docx");
    } catch {
      reader = undefined;
    }
    if (reader) {
      const model = await reader.readDocx(withReg.bytes);
      expect(model.packId).toBe(pack.id);
      expect(model.blocks.length).toBeGreaterThan(0);
    }
  });
});
