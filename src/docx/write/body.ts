import type { TemplateItem } from "../../core/template/layout";
import { NS } from "../xml";
import { guidanceNote } from "./guidance";
import { IdSource, STYLE } from "./ids";
import { textParagraph } from "./runs";
import { LANDSCAPE_COLUMNS, sectionBreak, sectionProps, textWidth } from "./page";
import { tableXml } from "./table";

/** One template item as body XML. */
function itemXml(item: TemplateItem, ids: IdSource): string {
  switch (item.kind) {
    case "marking":
      return textParagraph(item.text, { styleId: STYLE.marking });
    case "title":
      return textParagraph(item.text, { styleId: STYLE.title });
    case "heading":
      return textParagraph(item.text, { styleId: STYLE.heading(item.level) });
    case "guidance":
      return guidanceNote(item, ids);
    case "paragraph":
      return textParagraph(item.text);
    case "table": {
      const columns = Math.max(1, ...item.rows.map((r) => r.length));
      if (columns >= LANDSCAPE_COLUMNS) {
        // A wide table (the chronology) gets a landscape page of its own: the paragraph before it
        // ends the portrait section and the paragraph after it ends the landscape one.
        return `${sectionBreak("portrait")}${tableXml(item, ids, textWidth("landscape"))}${sectionBreak("landscape")}`;
      }
      // A paragraph after each table keeps two tables in a row from merging into one.
      return `${tableXml(item, ids, textWidth("portrait"))}<w:p/>`;
    }
  }
}

/** word/document.xml for the template. */
export function documentXml(items: readonly TemplateItem[], ids: IdSource): string {
  const body = items.map((item) => itemXml(item, ids)).join("");
  return `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${body}${sectionProps("portrait")}</w:body></w:document>`;
}

/** word/header1.xml: the protective marking, centred and bold. */
export function headerXml(marking: string): string {
  return `<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}">${textParagraph(marking, { styleId: STYLE.header, centre: true }, { bold: true })}</w:hdr>`;
}

/** word/footer1.xml: the protective marking again, and the page number. */
export function footerXml(marking: string): string {
  const page =
    `<w:p><w:pPr><w:pStyle w:val="${STYLE.footer}"/><w:jc w:val="center"/></w:pPr>` +
    `<w:r><w:t xml:space="preserve">Page </w:t></w:r>` +
    `<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`;
  return `<w:ftr xmlns:w="${NS.w}" xmlns:r="${NS.r}">${textParagraph(marking, { styleId: STYLE.footer, centre: true }, { bold: true })}${page}</w:ftr>`;
}
