import { createFakeOffice } from "../fakes/word-host";
import { readCustomXml, writeCustomXml } from "../../src/word/custom-xml";
import { documentBytes, openAsNewDocument } from "../../src/word/file";
import { selectedText } from "../../src/word/selection";

function install(options: Parameters<typeof createFakeOffice>[0] = {}) {
  const fake = createFakeOffice(options);
  Object.assign(globalThis, {
    Office: fake.Office,
    Word: fake.Word,
    OfficeExtension: fake.OfficeExtension,
  });
  return fake.host;
}

describe("custom XML parts", () => {
  it("reads nothing from a document without the part, then reads back what it wrote", async () => {
    const host = install();
    expect(await readCustomXml("urn:test:a")).toBeUndefined();
    await writeCustomXml("urn:test:a", '<a xmlns="urn:test:a">one</a>');
    await writeCustomXml("urn:test:a", '<a xmlns="urn:test:a">two</a>');
    expect(await readCustomXml("urn:test:a")).toContain("two");
    expect(host.customXmlParts().filter((p) => p.namespaceUri === "urn:test:a")).toHaveLength(1);
  });

  it("writes in at most two round trips", async () => {
    const host = install();
    host.syncCount = 0;
    await writeCustomXml("urn:test:b", '<b xmlns="urn:test:b"/>');
    expect(host.syncCount).toBeLessThanOrEqual(2);
  });
});

describe("selection and file", () => {
  it("returns the selected text", async () => {
    const host = install({ paragraphs: ["The victim was seen by her GP."] });
    host.setSelection(0, 4, 10);
    expect(await selectedText()).toBe("victim");
  });

  it("reads the file bytes slice by slice and reports progress", async () => {
    const bytes = new Uint8Array(10_000).map((_, i) => i % 251);
    install({ fileBytes: bytes });
    const progress: number[] = [];
    const read = await documentBytes((f) => progress.push(f));
    expect(Array.from(read)).toEqual(Array.from(bytes));
    expect(progress[progress.length - 1]).toBe(1);
  });

  it("fails with a message where the host cannot give the file", async () => {
    install();
    await expect(documentBytes()).rejects.toThrow(/not supported/i);
  });

  it("opens bytes as a new document as base64", async () => {
    const host = install();
    await openAsNewDocument(new Uint8Array([80, 75, 3, 4]));
    expect(host.openedDocuments).toEqual(["UEsDBA=="]);
  });
});
