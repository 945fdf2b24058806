import type { Block, DocModel, ParagraphBlock, TableBlock } from "../../src/core/model/types";
import { documentPartXml } from "../../src/core/document-part";
import { DOCUMENT_NAMESPACE } from "../../src/core/tags";
import { writeCustomXmlPart } from "../../src/docx/custom-xml";
import { escapeText } from "../../src/docx/xml";
import { makeDocx } from "../docx/helpers";

/**
 * A DocModel as a real .docx, the way an author's Word would save it: headings in Word's built-in
 * Heading 1-9 styles (with outline levels), other styles by name, guidance spans and guidance
 * cells as red italic runs, tables as w:tbl, header and footer blocks in a header and a footer
 * part, and the pack the model records as the add-in's document custom XML part. Reading the
 * result with readDocx gives back the same texts, rows, heading levels, guidance and pack id.
 */

const RED_ITALIC = '<w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr>';

function styleId(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, "");
}

function run(text: string, guidance: boolean): string {
  if (text === "") return "";
  const pieces = text.split("\t").map((t) => `<w:t xml:space="preserve">${escapeText(t)}</w:t>`);
  return `<w:r>${guidance ? RED_ITALIC : ""}${pieces.join("<w:tab/>")}</w:r>`;
}

function paragraphXml(p: ParagraphBlock): string {
  const style = p.headingLevel ? `Heading${p.headingLevel}` : p.style ? styleId(p.style) : "";
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  const spans = [...(p.guidanceSpans ?? [])].sort((a, b) => a.start - b.start);
  let at = 0;
  let runs = "";
  for (const s of spans) {
    runs += run(p.text.slice(at, s.start), false) + run(p.text.slice(s.start, s.end), true);
    at = s.end;
  }
  runs += run(p.text.slice(at), false);
  return `<w:p>${pPr}${runs}</w:p>`;
}

function tableXml(t: TableBlock): string {
  const width = Math.max(1, ...t.rows.map((r) => r.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(width)}</w:tblGrid>`;
  const rows = t.rows
    .map(
      (row, r) =>
        `<w:tr>${row
          .map((cell, c) => {
            const guidance = !!t.guidanceCells?.[r]?.[c];
            const paras = cell.split("\n").map((line) => `<w:p>${run(line, guidance)}</w:p>`);
            return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paras.join("")}</w:tc>`;
          })
          .join("")}</w:tr>`,
    )
    .join("");
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows}</w:tbl>`;
}

function blocksXml(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === "paragraph" ? paragraphXml(b) : tableXml(b))).join("");
}

function stylesXml(model: DocModel): string {
  const headings = Array.from(
    { length: 9 },
    (_, i) =>
      `<w:style w:type="paragraph" w:styleId="Heading${i + 1}"><w:name w:val="heading ${i + 1}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="${i}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`,
  );
  const named = new Set<string>();
  for (const b of model.blocks)
    if (b.kind === "paragraph" && !b.headingLevel && b.style) named.add(b.style);
  const others = [...named].map(
    (name) =>
      `<w:style w:type="paragraph" w:styleId="${styleId(name)}"><w:name w:val="${escapeText(name)}"/><w:basedOn w:val="Normal"/></w:style>`,
  );
  return (
    `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
    `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>` +
    headings.join("") +
    others.join("")
  );
}

/** Write `model` as .docx bytes. */
export async function docxFromModel(model: DocModel): Promise<Uint8Array> {
  const part = (p: "header" | "footer") => model.blocks.filter((b) => b.part === p);
  const body = model.blocks.filter((b) => (b.part ?? "body") === "body");
  const header = part("header");
  const footer = part("footer");
  // A body that ends with a table needs a paragraph after it, as Word always writes one.
  const tail = body.length === 0 || body[body.length - 1].kind === "table" ? "<w:p/>" : "";
  const bytes = await makeDocx({
    body: blocksXml(body) + tail,
    styles: stylesXml(model),
    headers: header.length > 0 ? [blocksXml(header)] : [],
    footers: footer.length > 0 ? [blocksXml(footer)] : [],
  });
  return model.packId
    ? writeCustomXmlPart(bytes, DOCUMENT_NAMESPACE, documentPartXml(model.packId))
    : bytes;
}
