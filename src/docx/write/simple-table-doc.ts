import { writeZip, type Part } from "../package";
import { NS, REL, XML_DECLARATION, escapeAttr, escapeText } from "../xml";
import { footerXml, headerXml } from "./body";
import { IdSource, STYLE } from "./ids";
import { numberingXml } from "./numbering";
import { CONTENT_TYPE, appXml, packageRelsXml } from "./parts";
import { FOOTER_REL_ID, HEADER_REL_ID, LANDSCAPE_COLUMNS, sectionProps, textWidth } from "./page";
import { textParagraph } from "./runs";
import { settingsXml } from "./settings";
import { stylesXml } from "./styles";
import { tableXml } from "./table";

/**
 * A plain document holding one table under a heading (a composite chronology, for instance),
 * written with the template writer's parts: its styles, table layout (header row repeated on each
 * page, in bold), protective marking in the page header and footer. Wide tables get landscape
 * pages. It records no pack: it is not an IMR the add-in should check as one.
 */
export interface SimpleTableDoc {
  /** The protective marking, at the top of the body and in the page header and footer. */
  marking: string;
  /** The document's heading (Heading 1). */
  heading: string;
  /** Paragraphs between the heading and the table. */
  paragraphs?: readonly string[];
  /** The header row. */
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Creation time recorded in the file (default: now). */
  date?: Date;
}

function contentTypes(): string {
  const override = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `<Types xmlns="${NS.contentTypes}">` +
    `<Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
    override("/word/document.xml", CONTENT_TYPE.document) +
    override("/word/styles.xml", CONTENT_TYPE.styles) +
    override("/word/settings.xml", CONTENT_TYPE.settings) +
    override("/word/numbering.xml", CONTENT_TYPE.numbering) +
    override("/word/header1.xml", CONTENT_TYPE.header) +
    override("/word/footer1.xml", CONTENT_TYPE.footer) +
    override("/docProps/core.xml", CONTENT_TYPE.core) +
    override("/docProps/app.xml", CONTENT_TYPE.app) +
    `</Types>`
  );
}

function documentRels(): string {
  const list: Array<[string, string, string]> = [
    ["rId1", REL.styles, "styles.xml"],
    ["rId2", REL.settings, "settings.xml"],
    ["rId3", REL.numbering, "numbering.xml"],
    [HEADER_REL_ID, REL.header, "header1.xml"],
    [FOOTER_REL_ID, REL.footer, "footer1.xml"],
  ];
  const items = list.map(
    ([id, type, target]) =>
      `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>`,
  );
  return `<Relationships xmlns="${NS.pkgRels}">${items.join("")}</Relationships>`;
}

function coreProps(title: string, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `<cp:coreProperties xmlns:cp="${NS.coreProps}" xmlns:dc="${NS.dc}" xmlns:dcterms="${NS.dcterms}" xmlns:xsi="${NS.xsi}">` +
    `<dc:title>${escapeText(title)}</dc:title>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

function documentXml(doc: SimpleTableDoc): string {
  const width = Math.max(1, doc.columns.length, ...doc.rows.map((r) => r.length));
  const orientation = width >= LANDSCAPE_COLUMNS ? "landscape" : "portrait";
  const cells = (row: readonly string[]) =>
    Array.from({ length: width }, (_, i) => ({ kind: "text" as const, text: row[i] ?? "" }));
  const table = tableXml(
    {
      kind: "table",
      role: "chronology",
      headerRow: true,
      rows: [cells(doc.columns), ...doc.rows.map(cells)],
    },
    new IdSource(),
    textWidth(orientation),
  );
  const body = [
    textParagraph(doc.marking, { styleId: STYLE.marking }),
    textParagraph(doc.heading, { styleId: STYLE.heading(1) }),
    ...(doc.paragraphs ?? []).map((p) => textParagraph(p)),
    table,
    // Word needs a paragraph after a table that ends the body.
    "<w:p/>",
  ].join("");
  return `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${body}${sectionProps(orientation)}</w:body></w:document>`;
}

/** Every part of the package. */
export function simpleTableParts(doc: SimpleTableDoc): Part[] {
  const xml = (path: string, body: string): Part => ({ path, content: XML_DECLARATION + body });
  return [
    xml("[Content_Types].xml", contentTypes()),
    xml("_rels/.rels", packageRelsXml()),
    xml("word/document.xml", documentXml(doc)),
    xml("word/_rels/document.xml.rels", documentRels()),
    xml("word/styles.xml", stylesXml()),
    xml("word/settings.xml", settingsXml()),
    xml("word/numbering.xml", numberingXml()),
    xml("word/header1.xml", headerXml(doc.marking)),
    xml("word/footer1.xml", footerXml(doc.marking)),
    xml("docProps/core.xml", coreProps(doc.heading, doc.date ?? new Date())),
    xml("docProps/app.xml", appXml()),
  ];
}

/** Write the document as .docx bytes. */
export async function writeSimpleTableDocx(doc: SimpleTableDoc): Promise<Uint8Array> {
  return writeZip(simpleTableParts(doc), doc.date ?? new Date());
}
