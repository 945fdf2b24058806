import type { TemplateCell, TemplateItem } from "../../core/template/layout";
import { guidanceParagraph } from "./guidance";
import { IdSource, STYLE } from "./ids";
import { textParagraph } from "./runs";

type TableItem = Extract<TemplateItem, { kind: "table" }>;

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="auto"';
const HEADER_SHADING = "D9D9D9";

/** Column widths: label/value tables get a narrow label column; others share the width. */
function columnWidths(item: TableItem, columns: number, total: number): number[] {
  if (columns === 2 && !item.headerRow) {
    const label = Math.round(total * 0.35);
    return [label, total - label];
  }
  const each = Math.floor(total / columns);
  return Array.from({ length: columns }, (_, i) =>
    i === columns - 1 ? total - each * (columns - 1) : each,
  );
}

function cellXml(
  cell: TemplateCell | undefined,
  width: number,
  header: boolean,
  ids: IdSource,
): string {
  const shade = header ? `<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_SHADING}"/>` : "";
  const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade}</w:tcPr>`;
  let body: string;
  if (!cell) body = "<w:p/>";
  else if (cell.kind === "guidance") body = guidanceParagraph(cell.tag, cell.text, ids);
  else
    body = textParagraph(cell.text, header ? { keepNext: true } : {}, {
      bold: cell.bold || header,
    });
  return `<w:tc>${tcPr}${body}</w:tc>`;
}

/**
 * A real table `width` twips wide: Table Grid style, explicit borders (so it looks right without the style), a
 * w:tblGrid, and a header row marked w:tblHeader (repeated on each page) in bold.
 */
export function tableXml(item: TableItem, ids: IdSource, width: number): string {
  const columns = Math.max(1, ...item.rows.map((r) => r.length));
  const widths = columnWidths(item, columns, width);
  const tblPr =
    `<w:tblPr><w:tblStyle w:val="${STYLE.tableGrid}"/><w:tblW w:w="5000" w:type="pct"/>` +
    `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>` +
    `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>` +
    `<w:tblLook w:val="04A0" w:firstRow="${item.headerRow ? 1 : 0}" w:lastRow="0" w:firstColumn="${item.headerRow ? 0 : 1}" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>` +
    `</w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const rows = item.rows.map((row, r) => {
    const header = item.headerRow && r === 0;
    const trPr = header
      ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
      : "<w:trPr><w:cantSplit/></w:trPr>";
    const cells = widths.map((w, c) => cellXml(row[c], w, header, ids)).join("");
    return `<w:tr>${trPr}${cells}</w:tr>`;
  });
  return `<w:tbl>${tblPr}${grid}${rows.join("")}</w:tbl>`;
}
