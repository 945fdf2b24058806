import JSZip from "jszip";
import { RegisterSchema } from "../../../src/core/anonymise/register";
import { builtinPack } from "../../../src/core/packs/registry";
import { writeTemplateDocx } from "../../../src/docx";
import { writeRegister } from "../../../src/docx/custom-xml/parts";
import {
  countTrackedChanges,
  documentPackId,
  findHiddenText,
  findRegisterNamesInHiddenText,
  formatPrivacyReport,
  privacyIssues,
  removePrivateContent,
  scanPrivacy,
} from "../../../src/docx/privacy";
import { findGuidance, stripGuidance } from "../../../src/docx/strip";
import {
  a,
  assertValidStructure,
  count,
  esc,
  g,
  gsdt,
  heading,
  makeDocx,
  p,
  paragraphTexts,
  readPart,
  tbl,
  tc,
  tr,
} from "../strip/helpers";

const register = RegisterSchema.parse({
  people: [
    { name: "Joanne Bloggs", variants: ["Jo"], code: "Adult A", role: "victim" },
    { name: "Peter Smith", code: "Adult B", role: "perpetrator" },
  ],
});

const KEY = tbl(
  tr(tc(p(a("Code"))), tc(p(a("Name"))), tc(p(a("Role")))),
  tr(tc(p(a("Adult A"))), tc(p(a("Joanne Bloggs"))), tc(p(a("Victim")))),
);

function comment(id: number, author: string, text: string): string {
  return `<w:comment w:id="${id}" w:author="${esc(author)}" w:initials="X"><w:p>${a(text)}</w:p></w:comment>`;
}

async function withCoreProps(
  bytes: Uint8Array,
  props: Record<string, string>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const body = Object.entries(props)
    .map(([k, v]) => `<${k}>${esc(v)}</${k}>`)
    .join("");
  zip.file(
    "docProps/core.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">${body}</cp:coreProperties>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("the key to initials", () => {
  it("is left out of the copy with its title, and everything else stays", async () => {
    const bytes = await makeDocx({
      body:
        heading("Analysis") + p(a("Adult A was seen.")) + heading("Key to initials") + KEY + p(),
    });
    const scan = await scanPrivacy(bytes);
    expect(scan.keyTables).toEqual([
      {
        heading: "Key to initials",
        rows: [
          ["Code", "Name", "Role"],
          ["Adult A", "Joanne Bloggs", "Victim"],
        ],
      },
    ]);
    const { bytes: out, report } = await removePrivateContent(bytes);
    expect(report.keyTables).toHaveLength(1);
    const xml = await readPart(out, "word/document.xml");
    assertValidStructure(xml);
    expect(count(xml, "tbl")).toBe(0);
    expect(paragraphTexts(xml)).toEqual(["Analysis", "Adult A was seen.", ""]);
  });

  it("stays when asked (a copy for the panel), and a table that is not a key always stays", async () => {
    const other = tbl(
      tr(tc(p(a("Date"))), tc(p(a("Event")))),
      tr(tc(p(a("1 May"))), tc(p(a("Visit")))),
    );
    const bytes = await makeDocx({
      body: heading("Chronology") + other + heading("Key") + KEY + p(),
    });
    const kept = await removePrivateContent(bytes, { keepKey: true });
    expect(count(await readPart(kept.bytes, "word/document.xml"), "tbl")).toBe(2);
    const xml = await readPart((await removePrivateContent(bytes)).bytes, "word/document.xml");
    expect(count(xml, "tbl")).toBe(1);
    expect(paragraphTexts(xml)).toEqual(["Chronology", "Date", "Event", "1 May", "Visit", ""]);
  });

  it("keeps a heading before the key that is not the key's title", async () => {
    const bytes = await makeDocx({ body: heading("Appendix") + KEY + p() });
    const xml = await readPart((await removePrivateContent(bytes)).bytes, "word/document.xml");
    expect(paragraphTexts(xml)).toEqual(["Appendix", ""]);
  });
});

describe("hidden text", () => {
  const body =
    p(
      a("Adult A was seen "),
      `<w:del w:id="1" w:author="Ann" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>by Joanne Bloggs </w:delText></w:r></w:del>`,
      a("at home."),
    ) +
    p(a("Visit"), `<w:r><w:footnoteReference w:id="1"/></w:r>`) +
    p(
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>${p(a("Peter's note"))}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent>${p(a("Peter's note"))}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
    ) +
    p(
      `<w:commentRangeStart w:id="7"/>`,
      a("Adult B"),
      `<w:commentRangeEnd w:id="7"/>`,
      `<w:r><w:commentReference w:id="7"/></w:r>`,
    );

  async function fixture(): Promise<Uint8Array> {
    const bytes = await makeDocx({
      body,
      comments: comment(7, "QA reviewer", "[QA: is this Peter Smith?]"),
      footnotes: `<w:footnote w:id="1">${p(a("Told by Jo on the phone."))}</w:footnote>`,
    });
    return withCoreProps(bytes, {
      "dc:title": "IMR for Joanne Bloggs",
      "dc:creator": "Sam Writer",
      "cp:lastModifiedBy": "Peter Smith",
    });
  }

  it("is found in deletions, comments, notes, text boxes (once) and properties", async () => {
    const hidden = await findHiddenText(await fixture());
    expect(hidden.map((h) => [h.where, h.text])).toEqual([
      ["tracked-deletion", "by Joanne Bloggs"],
      ["text-box", "Peter's note"],
      ["footnote", "Told by Jo on the phone."],
      ["comment", "QA reviewer\n[QA: is this Peter Smith?]"],
      ["document-property", "IMR for Joanne Bloggs"],
      ["document-property", "Sam Writer"],
      ["document-property", "Peter Smith"],
    ]);
  });

  it("holds register names, found by the anonymiser's rules", async () => {
    const names = await findRegisterNamesInHiddenText(await fixture(), register);
    expect(names.map((n) => [n.where, n.name, n.code ?? "?"])).toEqual([
      ["tracked-deletion", "Joanne Bloggs", "Adult A"],
      ["text-box", "Peter", "Adult B"],
      ["footnote", "Jo", "Adult A"],
      ["comment", "Peter Smith", "Adult B"],
      ["document-property", "Joanne Bloggs", "Adult A"],
      ["document-property", "Peter Smith", "Adult B"],
    ]);
  });

  it("counts tracked changes, and the scan blocks on them and names what the copy keeps", async () => {
    const bytes = await writeRegister(await fixture(), register);
    if (!bytes.ok) throw new Error(bytes.reason);
    expect(await countTrackedChanges(bytes.bytes)).toEqual({
      count: 1,
      parts: ["word/document.xml"],
    });
    const scan = await scanPrivacy(bytes.bytes);
    expect(scan.hasRegister).toBe(true);
    const issues = privacyIssues(scan);
    expect(issues.trackedChanges).toBe(1);
    // Comments go and the author properties are emptied, so only these stay to fix.
    expect(issues.names.map((n) => n.where)).toEqual([
      "tracked-deletion",
      "text-box",
      "footnote",
      "document-property",
    ]);
    expect(privacyIssues(scan, { keepComments: true }).names.map((n) => n.where)).toContain(
      "comment",
    );
    const lines = formatPrivacyReport(scan, issues);
    expect(lines[0]).toBe(
      "This document has 1 tracked change: accept or reject them before submission.",
    );
    expect(lines).toContain(
      `    - "Joanne Bloggs" (Adult A) in the document's properties (the document's title): "IMR for Joanne Bloggs"`,
    );
  });

  it("finds nothing without register names", async () => {
    expect(
      await findRegisterNamesInHiddenText(
        await makeDocx({ body: p(a("Joanne Bloggs")) }),
        register,
      ),
    ).toEqual([]);
  });
});

describe("the copy's comments and properties", () => {
  it("drops every comment with its anchors, and empties author and last-modified-by", async () => {
    const bytes = await withCoreProps(
      await makeDocx({
        body: p(
          `<w:commentRangeStart w:id="3"/>`,
          a("Kept text"),
          `<w:commentRangeEnd w:id="3"/>`,
          `<w:r><w:commentReference w:id="3"/></w:r>`,
        ),
        comments: comment(3, "QA", "[QA: Joanne?]"),
      }),
      { "dc:title": "IMR", "dc:creator": "Sam Writer", "cp:lastModifiedBy": "Ann QA" },
    );
    const { bytes: out, report } = await removePrivateContent(bytes);
    expect(report).toMatchObject({
      commentsRemoved: 1,
      propertiesCleared: ["author", "last modified by"],
    });
    const xml = await readPart(out, "word/document.xml");
    assertValidStructure(xml);
    expect(paragraphTexts(xml)).toEqual(["Kept text"]);
    expect(count(xml, "commentRangeStart") + count(xml, "commentReference")).toBe(0);
    expect(count(await readPart(out, "word/comments.xml"), "comment")).toBe(0);
    const core = await readPart(out, "docProps/core.xml");
    expect(core).toContain("<dc:title>IMR</dc:title>");
    expect(core).not.toMatch(/Sam Writer|Ann QA/);
    const kept = await removePrivateContent(bytes, { keepComments: true });
    expect(count(await readPart(kept.bytes, "word/comments.xml"), "comment")).toBe(1);
  });

  it("gives the bytes back unchanged when there is nothing to take out", async () => {
    const bytes = await makeDocx({ body: p(a("Nothing private.")) });
    expect((await removePrivateContent(bytes)).bytes).toEqual(bytes);
  });
});

describe("edited notes in the strip report", () => {
  const dhr = builtinPack("dhr")!;

  it("lists a note the author typed into, in full, when given the pack", async () => {
    const template = await writeTemplateDocx(dhr);
    const zip = await JSZip.loadAsync(template);
    const xml = await zip.file("word/document.xml")!.async("string");
    // Type into the first guidance control: the typed run inherits the control's red italic.
    const edited = xml.replace(
      /(<w:sdtContent>[\s\S]*?<w:t[^>]*>)([^<]*)/,
      "$1$2 The GP saw Jo on 3 May.",
    );
    zip.file("word/document.xml", edited);
    // writeTemplateDocx records the pack in the document part, as the add-in does.
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const packId = await documentPackId(bytes);
    expect(packId).toBe("dhr");
    const report = await findGuidance(bytes, { packs: [builtinPack(packId!)!] });
    expect(report.editedNotes).toHaveLength(1);
    expect(report.editedNotes![0].text).toContain("The GP saw Jo on 3 May.");
    expect(report.editedNotes![0].tag).toMatch(/^imr:guidance:dhr:/);
    expect((await stripGuidance(template, { packs: [dhr] })).report.editedNotes).toEqual([]);
    expect((await findGuidance(bytes)).editedNotes).toBeUndefined();
  });

  it("is not fooled by red italic text outside controls", async () => {
    const bytes = await makeDocx({ body: p(g("Delete me")) + gsdt(p(g("Other pack text")), "x") });
    expect((await findGuidance(bytes, { packs: [builtinPack("dhr")!] })).editedNotes).toEqual([]);
  });
});
