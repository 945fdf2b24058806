import { GUIDANCE_TITLE } from "../../core/tags";
import type { GuidanceItem } from "../../core/template/layout";
import { escapeAttr } from "../xml";
import { BULLET_NUM_ID, IdSource, STYLE } from "./ids";
import { paragraphXml, run, runProps } from "./runs";

/**
 * Guidance as content controls: a note is a block-level w:sdt around its paragraphs; a guidance
 * table cell is a run-level w:sdt inside the cell's paragraph. Both carry w:tag (the guidance tag)
 * and w:alias (GUIDANCE_TITLE), and every run inside is red italic.
 *
 * Note paragraphs also use the Guidance Note / Guidance Bullet styles (red italic): LibreOffice
 * 7.x drops the direct run formatting of the first paragraph of a block-level control, and the
 * style keeps it red italic there too.
 */

function sdtPr(tag: string, ids: IdSource): string {
  return (
    `<w:sdtPr>${runProps({ guidance: true })}<w:alias w:val="${escapeAttr(GUIDANCE_TITLE)}"/>` +
    `<w:tag w:val="${escapeAttr(tag)}"/><w:id w:val="${ids.take()}"/></w:sdtPr>`
  );
}

/** A guidance note: one block-level content control holding its paragraphs. */
export function guidanceNote(item: GuidanceItem, ids: IdSource): string {
  const paras = item.paragraphs.map((p) => {
    const pPr = p.bullet
      ? `<w:pPr><w:pStyle w:val="${STYLE.guidanceBullet}"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${BULLET_NUM_ID}"/></w:numPr>${runProps({ guidance: true })}</w:pPr>`
      : `<w:pPr><w:pStyle w:val="${STYLE.guidance}"/>${runProps({ guidance: true })}</w:pPr>`;
    return `<w:p>${pPr}${run(p.text, { guidance: true })}</w:p>`;
  });
  return `<w:sdt>${sdtPr(item.tag, ids)}<w:sdtContent>${paras.join("")}</w:sdtContent></w:sdt>`;
}

/** A run-level content control holding guidance text (for a table cell's paragraph). */
export function guidanceInline(tag: string, text: string, ids: IdSource): string {
  return `<w:sdt>${sdtPr(tag, ids)}<w:sdtContent>${run(text, { guidance: true })}</w:sdtContent></w:sdt>`;
}

/**
 * A paragraph holding only inline guidance. The paragraph mark is left unformatted: what the
 * author types once the guidance is gone must not come out red italic (it would read as guidance).
 */
export function guidanceParagraph(tag: string, text: string, ids: IdSource): string {
  return paragraphXml(guidanceInline(tag, text, ids));
}
