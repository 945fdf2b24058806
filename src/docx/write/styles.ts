import { GUIDANCE_COLOUR } from "../../core/tags";
import { NS } from "../xml";
import { BULLET_NUM_ID, STYLE } from "./ids";

/**
 * word/styles.xml. Built-in styles keep Word's own names ("heading 1", "Title", "List Bullet",
 * "Table Grid") so Word maps them to its built-in styles: navigation pane, table of contents
 * and Office.js `styleBuiltIn` all work.
 */

const FONT = "Arial";

function heading(level: 1 | 2 | 3, size: number): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${STYLE.heading(level)}"><w:name w:val="heading ${level}"/>` +
    `<w:basedOn w:val="${STYLE.normal}"/><w:next w:val="${STYLE.normal}"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${level === 1 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`
  );
}

export function stylesXml(): string {
  const defaults =
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>` +
    `<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`;
  const styles = [
    `<w:style w:type="paragraph" w:default="1" w:styleId="${STYLE.normal}"><w:name w:val="Normal"/><w:qFormat/></w:style>`,
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`,
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
      `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`,
    `<w:style w:type="paragraph" w:styleId="${STYLE.title}"><w:name w:val="Title"/><w:basedOn w:val="${STYLE.normal}"/><w:next w:val="${STYLE.normal}"/><w:uiPriority w:val="10"/><w:qFormat/>` +
      `<w:pPr><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>`,
    heading(1, 32),
    heading(2, 28),
    heading(3, 24),
    `<w:style w:type="paragraph" w:styleId="${STYLE.listBullet}"><w:name w:val="List Bullet"/><w:basedOn w:val="${STYLE.normal}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>` +
      `<w:pPr><w:numPr><w:numId w:val="${BULLET_NUM_ID}"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>`,
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE.guidance}"><w:name w:val="Guidance Note"/><w:basedOn w:val="${STYLE.normal}"/><w:qFormat/>` +
      `<w:rPr><w:i/><w:iCs/><w:color w:val="${GUIDANCE_COLOUR}"/></w:rPr></w:style>`,
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE.guidanceBullet}"><w:name w:val="Guidance Bullet"/><w:basedOn w:val="${STYLE.listBullet}"/><w:qFormat/>` +
      `<w:rPr><w:i/><w:iCs/><w:color w:val="${GUIDANCE_COLOUR}"/></w:rPr></w:style>`,
    `<w:style w:type="table" w:styleId="${STYLE.tableGrid}"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>` +
      `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
      `<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
      `<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
      `<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="${STYLE.header}"><w:name w:val="header"/><w:basedOn w:val="${STYLE.normal}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>` +
      `<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>`,
    `<w:style w:type="paragraph" w:styleId="${STYLE.footer}"><w:name w:val="footer"/><w:basedOn w:val="${STYLE.normal}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>` +
      `<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>`,
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE.marking}"><w:name w:val="Protective Marking"/><w:basedOn w:val="${STYLE.normal}"/><w:next w:val="${STYLE.normal}"/><w:qFormat/>` +
      `<w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:caps/></w:rPr></w:style>`,
  ];
  return `<w:styles xmlns:w="${NS.w}">${defaults}${styles.join("")}</w:styles>`;
}
