import JSZip from "jszip";
import { DocxError } from "../../src/docx/errors";
import { readDocx } from "../../src/docx/read/docx";
import { writeTemplateDocx } from "../../src/docx/write/template";
import { makeDocx, para, smallPack } from "./helpers";

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array" });
}

async function failure(bytes: Uint8Array): Promise<DocxError> {
  try {
    await readDocx(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(DocxError);
    const err = e as DocxError;
    expect(err.message).not.toContain("\n");
    return err;
  }
  throw new Error("readDocx accepted bad input");
}

/** A minimal Compound File Binary header, as Word 97-2003 and encrypted Office files start. */
function cfb(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (streamName)
    bytes.set(
      Array.from(streamName).flatMap((c) => [c.charCodeAt(0), 0]),
      512,
    );
  return bytes;
}

describe("readDocx: bad input", () => {
  it("says an empty file is empty", async () => {
    expect((await failure(new Uint8Array())).message).toBe("the file is empty (0 bytes)");
  });

  it("says random bytes are not a .docx", async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect((await failure(random)).message).toBe("not a .docx file (it is not a zip package)");
  });

  it("says a zip without word/document.xml is not a .docx", async () => {
    const bytes = await zipOf({ "hello.txt": "hi", "[Content_Types].xml": "<Types/>" });
    expect((await failure(bytes)).message).toBe("not a .docx file (no word/document.xml)");
  });

  it("names an Excel workbook for what it is", async () => {
    const bytes = await zipOf({ "xl/workbook.xml": "<workbook/>" });
    expect((await failure(bytes)).message).toBe("not a .docx file (it is an Excel workbook)");
  });

  it("says a truncated file is damaged", async () => {
    const whole = await writeTemplateDocx(smallPack());
    for (const keep of [0.5, 0.9, 0.99]) {
      const err = await failure(whole.subarray(0, Math.floor(whole.length * keep)));
      expect(err.message).toMatch(/^the file is damaged: /);
    }
  });

  it("says a file whose compressed data is corrupt is damaged", async () => {
    const bad = new Uint8Array(await writeTemplateDocx(smallPack()));
    // Corrupt word/document.xml's compressed data just after its local file header, leaving the
    // zip directory intact (the name's first occurrence is in the local header).
    const name = new TextEncoder().encode("word/document.xml");
    const at = bad.findIndex((_, i) => name.every((b, j) => bad[i + j] === b));
    expect(at).toBeGreaterThan(0);
    for (let i = at + name.length + 40; i < at + name.length + 200; i++) bad[i] ^= 0x5a;
    const err = await failure(bad);
    expect(err.message).toMatch(
      /^the file is damaged: word\/document\.xml (cannot be unpacked \(its compressed data is corrupt\)|is not well-formed XML)/,
    );
  });

  it("says a document part that is not XML is damaged, naming the part", async () => {
    const bytes = await zipOf({ "word/document.xml": "<w:document><w:body><w:p>" });
    expect((await failure(bytes)).message).toMatch(
      /^the file is damaged: word\/document\.xml is not well-formed XML/,
    );
  });

  it("says a document without a body is damaged", async () => {
    const bytes = await zipOf({
      "word/document.xml":
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    });
    expect((await failure(bytes)).message).toBe(
      "the file is damaged: word/document.xml has no document body",
    );
  });

  it("says a damaged styles part is damaged", async () => {
    const good = await makeDocx({ body: para(["x"]), styles: "" });
    const zip = await JSZip.loadAsync(good);
    zip.file("word/styles.xml", "<w:styles xmlns:w='x'><oops></w:styles>");
    const err = await failure(await zip.generateAsync({ type: "uint8array" }));
    expect(err.message).toMatch(/^the file is damaged: word\/styles\.xml/);
  });

  it("says an encrypted document is password-protected or encrypted", async () => {
    expect((await failure(cfb("EncryptionInfo"))).message).toMatch(
      /^the file is password-protected or encrypted/,
    );
  });

  it("says a Word 97-2003 file is a .doc", async () => {
    expect((await failure(cfb("WordDocument"))).message).toMatch(
      /Word 97-2003 \.doc file, not a \.docx/,
    );
  });

  it("reads a .dotx template like a .docx", async () => {
    const m = await readDocx(await writeTemplateDocx(smallPack(), { format: "dotx" }));
    expect(m.packId).toBe("test-pack");
  });
});
