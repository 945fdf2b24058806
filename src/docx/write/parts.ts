import { documentPartXml } from "../../core/document-part";
import { DOCUMENT_NAMESPACE } from "../../core/tags";
import type { Pack } from "../../core/packs/schema";
import { NS, REL, escapeAttr, escapeText } from "../xml";
import { FOOTER_REL_ID, HEADER_REL_ID } from "./page";

/** Content types of the parts a template package holds. */
export const CONTENT_TYPE = {
  document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  template: "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
  settings: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
  numbering: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
  header: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
  footer: "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

/** Fixed item id of the custom XML part that records the pack (one per document). */
export const CUSTOM_XML_ITEM_ID = "{5C6D3A8E-2F41-4B7A-9E0C-1D2B3A4C5E6F}";

export function contentTypesXml(format: "docx" | "dotx"): string {
  const override = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `<Types xmlns="${NS.contentTypes}">` +
    `<Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
    override(
      "/word/document.xml",
      format === "dotx" ? CONTENT_TYPE.template : CONTENT_TYPE.document,
    ) +
    override("/word/styles.xml", CONTENT_TYPE.styles) +
    override("/word/settings.xml", CONTENT_TYPE.settings) +
    override("/word/numbering.xml", CONTENT_TYPE.numbering) +
    override("/word/header1.xml", CONTENT_TYPE.header) +
    override("/word/footer1.xml", CONTENT_TYPE.footer) +
    override("/docProps/core.xml", CONTENT_TYPE.core) +
    override("/docProps/app.xml", CONTENT_TYPE.app) +
    override("/customXml/itemProps1.xml", CONTENT_TYPE.customXmlProps) +
    `</Types>`
  );
}

function rels(list: ReadonlyArray<[id: string, type: string, target: string]>): string {
  const items = list.map(
    ([id, type, target]) =>
      `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>`,
  );
  return `<Relationships xmlns="${NS.pkgRels}">${items.join("")}</Relationships>`;
}

export function packageRelsXml(): string {
  return rels([
    ["rId1", REL.officeDocument, "word/document.xml"],
    ["rId2", REL.coreProps, "docProps/core.xml"],
    ["rId3", REL.extendedProps, "docProps/app.xml"],
  ]);
}

export function documentRelsXml(): string {
  return rels([
    ["rId1", REL.styles, "styles.xml"],
    ["rId2", REL.settings, "settings.xml"],
    ["rId3", REL.numbering, "numbering.xml"],
    [HEADER_REL_ID, REL.header, "header1.xml"],
    [FOOTER_REL_ID, REL.footer, "footer1.xml"],
    ["rId4", REL.customXml, "../customXml/item1.xml"],
  ]);
}

export function customXmlRelsXml(): string {
  return rels([["rId1", REL.customXmlProps, "itemProps1.xml"]]);
}

/** customXml/item1.xml: which pack the document was made from. */
export function customXmlItem(pack: Pack): string {
  return documentPartXml(pack.id);
}

export function customXmlPropsXml(): string {
  return (
    `<ds:datastoreItem ds:itemID="${CUSTOM_XML_ITEM_ID}" xmlns:ds="${NS.customXmlDs}">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${DOCUMENT_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

/** W3CDTF to the second, as Word writes it. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function coreXml(pack: Pack, date: Date): string {
  const when = w3cdtf(date);
  return (
    `<cp:coreProperties xmlns:cp="${NS.coreProps}" xmlns:dc="${NS.dc}" xmlns:dcterms="${NS.dcterms}" xmlns:xsi="${NS.xsi}">` +
    `<dc:title>${escapeText(pack.cover.title)}</dc:title><dc:subject>${escapeText(pack.title)}</dc:subject>` +
    `<cp:keywords>IMR; ${escapeText(pack.reviewType)}</cp:keywords><dc:description>${escapeText(pack.description)}</dc:description>` +
    `<cp:contentStatus>Draft</cp:contentStatus>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

export function appXml(): string {
  return `<Properties xmlns="${NS.extendedProps}"><Application>IMR Assistant</Application><DocSecurity>0</DocSecurity></Properties>`;
}
