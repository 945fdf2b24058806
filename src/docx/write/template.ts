import type { Pack } from "../../core/packs/schema";
import { templateLayout } from "../../core/template/layout";
import { writeZip, type Part } from "../package";
import { XML_DECLARATION } from "../xml";
import { documentXml, footerXml, headerXml } from "./body";
import { IdSource } from "./ids";
import { numberingXml } from "./numbering";
import {
  appXml,
  contentTypesXml,
  coreXml,
  customXmlItem,
  customXmlPropsXml,
  customXmlRelsXml,
  documentRelsXml,
  packageRelsXml,
} from "./parts";
import { settingsXml } from "./settings";
import { stylesXml } from "./styles";

export interface TemplateOptions {
  /** "dotx" writes a real Word template (its own content type); default "docx". */
  format?: "docx" | "dotx";
  /** Creation time recorded in the file (default: now). Fix it for byte-identical output. */
  date?: Date;
}

/** Every part of the template package, in the order they are zipped. */
export function templateParts(pack: Pack, opts: TemplateOptions = {}): Part[] {
  const format = opts.format ?? "docx";
  const date = opts.date ?? new Date();
  const items = templateLayout(pack);
  const ids = new IdSource();
  const xml = (path: string, body: string): Part => ({ path, content: XML_DECLARATION + body });
  return [
    xml("[Content_Types].xml", contentTypesXml(format)),
    xml("_rels/.rels", packageRelsXml()),
    xml("word/document.xml", documentXml(items, ids)),
    xml("word/_rels/document.xml.rels", documentRelsXml()),
    xml("word/styles.xml", stylesXml()),
    xml("word/settings.xml", settingsXml()),
    xml("word/numbering.xml", numberingXml()),
    xml("word/header1.xml", headerXml(pack.protectiveMarking.default)),
    xml("word/footer1.xml", footerXml(pack.protectiveMarking.default)),
    xml("customXml/item1.xml", customXmlItem(pack)),
    xml("customXml/itemProps1.xml", customXmlPropsXml()),
    xml("customXml/_rels/item1.xml.rels", customXmlRelsXml()),
    xml("docProps/core.xml", coreXml(pack, date)),
    xml("docProps/app.xml", appXml()),
  ];
}

/**
 * Write the template a pack describes (templateLayout) as a .docx or .dotx package: headings in
 * Word's built-in heading styles, guidance notes as tagged red-italic content controls, real
 * tables, the protective marking at the top and in the page header, and the pack id in a custom
 * XML part.
 */
export async function writeTemplateDocx(
  pack: Pack,
  opts: TemplateOptions = {},
): Promise<Uint8Array> {
  return writeZip(templateParts(pack, opts), opts.date ?? new Date());
}
