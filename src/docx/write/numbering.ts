import { NS } from "../xml";
import { BULLET_NUM_ID } from "./ids";

/** word/numbering.xml: one bullet list (nine levels), used by List Bullet and guidance bullets. */
export function numberingXml(): string {
  const symbols = ["\u2022", "o", "\u25AA"];
  const levels = Array.from({ length: 9 }, (_, i) => {
    const indent = 360 * (i + 1);
    return (
      `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${symbols[i % 3]}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="${indent}" w:hanging="360"/></w:pPr>` +
      `<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:hint="default"/></w:rPr></w:lvl>`
    );
  });
  return (
    `<w:numbering xmlns:w="${NS.w}">` +
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels.join("")}</w:abstractNum>` +
    `<w:num w:numId="${BULLET_NUM_ID}"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
  );
}
