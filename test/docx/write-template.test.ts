import type { Document, Element } from "@xmldom/xmldom";
import { writeTemplateDocx } from "../../src/docx/write/template";
import { CONTENT_TYPE } from "../../src/docx/write/parts";
import { GUIDANCE_TITLE, DOCUMENT_NAMESPACE, isGuidanceTag } from "../../src/core/tags";
import { parseStrict, smallPack, unzip, W_NS } from "./helpers";

function els(doc: Document | Element, name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(W_NS, name));
}
function val(el: Element | undefined, name: string): string | undefined {
  const c = el ? els(el, name)[0] : undefined;
  return c?.getAttributeNS(W_NS, "val") ?? undefined;
}

async function parts(format: "docx" | "dotx" = "docx", pack = smallPack()) {
  const files = await unzip(
    await writeTemplateDocx(pack, { format, date: new Date(Date.UTC(2024, 0, 1)) }),
  );
  const xml = new Map<string, Document>();
  for (const [name, text] of files) xml.set(name, parseStrict(text, name));
  return { files, xml };
}

describe("writeTemplateDocx: package", () => {
  it("writes every part as well-formed XML, with the parts a Word document needs", async () => {
    const { files } = await parts();
    expect([...files.keys()].sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "customXml/_rels/item1.xml.rels",
        "customXml/item1.xml",
        "customXml/itemProps1.xml",
        "docProps/app.xml",
        "docProps/core.xml",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/footer1.xml",
        "word/header1.xml",
        "word/numbering.xml",
        "word/settings.xml",
        "word/styles.xml",
      ].sort(),
    );
  });

  it("gives every part a content type and every relationship a target that exists", async () => {
    const { files, xml } = await parts();
    const types = xml.get("[Content_Types].xml")!;
    const overrides = Array.from(types.getElementsByTagName("Override")).map((o) =>
      o.getAttribute("PartName")!.slice(1),
    );
    for (const name of files.keys()) {
      if (
        name.endsWith(".rels") ||
        name === "[Content_Types].xml" ||
        name === "customXml/item1.xml"
      )
        continue;
      expect(overrides).toContain(name);
    }
    for (const relsName of [...files.keys()].filter((n) => n.endsWith(".rels"))) {
      const base = relsName.replace(/_rels\/[^/]*\.rels$/, "");
      for (const rel of Array.from(xml.get(relsName)!.getElementsByTagName("Relationship"))) {
        const target = new URL(rel.getAttribute("Target")!, `http://x/${base}`).pathname.slice(1);
        expect(files.has(target)).toBe(true);
      }
    }
  });

  it("uses the document content type for .docx and the template content type for .dotx", async () => {
    const docx = (await parts("docx")).files.get("[Content_Types].xml")!;
    const dotx = (await parts("dotx")).files.get("[Content_Types].xml")!;
    expect(docx).toContain(`PartName="/word/document.xml" ContentType="${CONTENT_TYPE.document}"`);
    expect(dotx).toContain(`PartName="/word/document.xml" ContentType="${CONTENT_TYPE.template}"`);
    expect(CONTENT_TYPE.template).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    );
  });

  it("records the pack in a custom XML part", async () => {
    const { xml } = await parts();
    const root = xml.get("customXml/item1.xml")!.documentElement!;
    expect(root.namespaceURI).toBe(DOCUMENT_NAMESPACE);
    expect(root.localName).toBe("document");
    expect(root.getAttribute("pack")).toBe("test-pack");
    expect(root.getAttribute("schemaVersion")).toBe("1");
  });

  it("writes the same bytes for the same pack and date", async () => {
    const date = new Date(Date.UTC(2024, 5, 1));
    const a = await writeTemplateDocx(smallPack(), { date });
    const b = await writeTemplateDocx(smallPack(), { date });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("writeTemplateDocx: styles and numbering", () => {
  it("defines Normal, Title, Heading 1-3 with outline levels, List Bullet and Table Grid under Word's built-in names", async () => {
    const styles = (await parts()).xml.get("word/styles.xml")!;
    const byId = new Map(els(styles, "style").map((s) => [s.getAttributeNS(W_NS, "styleId")!, s]));
    const name = (id: string) => val(byId.get(id), "name");
    expect(name("Normal")).toBe("Normal");
    expect(name("Title")).toBe("Title");
    expect(name("Heading1")).toBe("heading 1");
    expect(name("Heading2")).toBe("heading 2");
    expect(name("Heading3")).toBe("heading 3");
    expect(val(byId.get("Heading1"), "outlineLvl")).toBe("0");
    expect(val(byId.get("Heading2"), "outlineLvl")).toBe("1");
    expect(val(byId.get("Heading3"), "outlineLvl")).toBe("2");
    expect(name("ListBullet")).toBe("List Bullet");
    expect(val(byId.get("ListBullet"), "numId")).toBe("1");
    expect(name("TableGrid")).toBe("Table Grid");
    expect(byId.get("TableGrid")!.getAttributeNS(W_NS, "type")).toBe("table");
  });

  it("defines the bullet list the List Bullet style points at", async () => {
    const numbering = (await parts()).xml.get("word/numbering.xml")!;
    const num = els(numbering, "num").find((n) => n.getAttributeNS(W_NS, "numId") === "1")!;
    const abstractId = val(num, "abstractNumId");
    const abstract = els(numbering, "abstractNum").find(
      (a) => a.getAttributeNS(W_NS, "abstractNumId") === abstractId,
    )!;
    expect(val(els(abstract, "lvl")[0], "numFmt")).toBe("bullet");
  });
});

describe("writeTemplateDocx: body", () => {
  it("puts the protective marking first in the body and in the page header", async () => {
    const { xml } = await parts();
    const body = els(xml.get("word/document.xml")!, "body")[0];
    const first = body.firstChild as Element;
    expect(first.localName).toBe("p");
    expect(first.textContent).toBe("OFFICIAL-SENSITIVE");
    expect(xml.get("word/header1.xml")!.documentElement!.textContent).toContain(
      "OFFICIAL-SENSITIVE",
    );
    const sectPrs = els(xml.get("word/document.xml")!, "sectPr");
    expect(sectPrs.length).toBeGreaterThan(0);
    for (const s of sectPrs) expect(els(s, "headerReference")).toHaveLength(1);
  });

  it("writes section titles in the heading styles of their level", async () => {
    const doc = (await parts()).xml.get("word/document.xml")!;
    const headings = els(doc, "p")
      .filter((p) => /^Heading\d$/.test(val(p, "pStyle") ?? ""))
      .map((p) => [val(p, "pStyle"), p.textContent]);
    expect(headings).toEqual([
      ["Heading1", "Introduction"],
      ["Heading1", "Chronology"],
      ["Heading2", "Analysis"],
    ]);
  });

  it("wraps every guidance note in a tagged content control whose runs are all red italic", async () => {
    const doc = (await parts()).xml.get("word/document.xml")!;
    const sdts = els(doc, "sdt");
    expect(sdts.length).toBe(6); // preamble, intro note, questions, cover hint, two example cells
    for (const sdt of sdts) {
      const sdtPr = els(sdt, "sdtPr")[0];
      expect(isGuidanceTag(val(sdtPr, "tag"))).toBe(true);
      expect(val(sdtPr, "alias")).toBe(GUIDANCE_TITLE);
      const runs = els(els(sdt, "sdtContent")[0], "r");
      expect(runs.length).toBeGreaterThan(0);
      for (const r of runs) {
        const rPr = els(r, "rPr")[0];
        expect(val(rPr, "color")).toBe("FF0000");
        expect(els(rPr, "i")).toHaveLength(1);
      }
    }
    const ids = sdts.map((s) => val(els(s, "sdtPr")[0], "id"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("puts bullet paragraphs of a note in the bullet list", async () => {
    const doc = (await parts()).xml.get("word/document.xml")!;
    const bullet = els(doc, "p").find((p) => p.textContent === "Delete them before you submit.")!;
    expect(val(bullet, "numId")).toBe("1");
    const plain = els(doc, "p").find(
      (p) => p.textContent === "Notes in red italics are guidance.",
    )!;
    expect(els(plain, "numPr")).toHaveLength(0);
  });

  it("writes tables with a grid, borders and a bold repeating header row, guidance in cell-level controls", async () => {
    const doc = (await parts()).xml.get("word/document.xml")!;
    const [cover, chronology] = els(doc, "tbl");
    expect(els(cover, "gridCol")).toHaveLength(2);
    expect(els(cover, "tblHeader")).toHaveLength(0);
    const rows = els(chronology, "tr");
    expect(els(chronology, "gridCol")).toHaveLength(2);
    expect(els(chronology, "tblBorders")).toHaveLength(1);
    expect(val(chronology, "tblStyle")).toBe("TableGrid");
    expect(els(rows[0], "tblHeader")).toHaveLength(1);
    for (const r of els(rows[0], "r")) expect(els(r, "b")).toHaveLength(1);
    expect(rows[0].textContent).toBe("DateEvent");
    const exampleCells = els(rows[1], "tc");
    for (const tc of exampleCells) {
      const sdt = els(tc, "sdt")[0];
      expect(sdt).toBeDefined();
      expect(val(els(sdt, "sdtPr")[0], "tag")).toMatch(
        /^imr:guidance:test-pack:chronology-example-/,
      );
    }
  });

  it("escapes XML special characters in pack text", async () => {
    const pack = smallPack({
      title: 'Tom & Jerry\'s <"pack">',
      cover: {
        title: "A & B < C > D \"E\" 'F'",
        fields: [{ id: "x", label: "<b>not bold</b>", hint: "]]> & <![CDATA[" }],
      },
    });
    const { xml, files } = await parts("docx", pack);
    const doc = xml.get("word/document.xml")!;
    const texts = els(doc, "t").map((t) => t.textContent);
    expect(texts).toContain("A & B < C > D \"E\" 'F'");
    expect(texts).toContain("<b>not bold</b>");
    expect(texts).toContain("]]> & <![CDATA[");
    expect(xml.get("docProps/core.xml")!.documentElement!.textContent).toContain(
      'Tom & Jerry\'s <"pack">',
    );
    expect(files.get("word/document.xml")).not.toContain("<b>");
  });
});
