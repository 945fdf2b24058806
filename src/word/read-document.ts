import type { Block, DocModel, ParagraphBlock, TableBlock } from "../core/model/types";
import { DOCUMENT_NAMESPACE, isGuidanceTag } from "../core/tags";
import { mapBlocks, type ParagraphShape } from "./block-map";
import { packIdFromDocumentPart } from "../core/document-part";
import type { Capabilities } from "./gateway";
import { cellText } from "./locate";

/**
 * Read the document into a DocModel in at most two context.sync() calls, whatever its length:
 *   1. body paragraphs (text, style, styleBuiltIn, outlineLevel, tableNestingLevel), top-level
 *      tables (values), whether there are content controls, header and footer paragraphs, and the
 *      custom XML part that records the pack (WordApi 1.4);
 *   2. only if needed: each paragraph's innermost content control tag, the cell of each table
 *      paragraph, and the pack part's XML.
 *
 * Guidance: a paragraph inside a guidance-tagged content control is guidance as a whole (its span
 * is the whole text). Text an author types inside a guidance control inherits the control and is
 * read as guidance too: Word gives no way to tell the two apart through the API (formatting is
 * inherited as well), so the clean copy must show what it removes before removing it.
 */
export async function readDocument(caps: Capabilities): Promise<DocModel> {
  try {
    return await readOnce(caps, true);
  } catch (e) {
    // Some Word builds do not implement Paragraph.outlineLevel: read again without it.
    if (isNotImplemented(e)) return readOnce(caps, false);
    throw e;
  }
}

function isNotImplemented(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "NotImplemented" || code === "GeneralException" || code === "ApiNotFound";
}

interface ParagraphRead {
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel?: number;
  tableNestingLevel: number;
  tag?: string;
  cell?: { row: number; column: number };
}

async function readOnce(caps: Capabilities, withOutlineLevel: boolean): Promise<DocModel> {
  return Word.run(async (context) => {
    const document = context.document;
    const props = [
      "text",
      "style",
      "styleBuiltIn",
      "tableNestingLevel",
      ...(withOutlineLevel ? ["outlineLevel"] : []),
    ];
    const paragraphs = document.body.paragraphs.load(props.map((p) => `items/${p}`).join(","));
    const tables = document.body.tables.load("items/values,items/nestingLevel");
    const controls = document.body.contentControls.load("items/tag");
    const section = document.sections.getFirst();
    const header = section
      .getHeader("Primary")
      .paragraphs.load("items/text,items/style,items/styleBuiltIn");
    const footer = section
      .getFooter("Primary")
      .paragraphs.load("items/text,items/style,items/styleBuiltIn");
    const parts = caps.customXml
      ? document.customXmlParts.getByNamespace(DOCUMENT_NAMESPACE).load("items/id")
      : undefined;
    await context.sync();

    const items = paragraphs.items;
    const hasControls = controls.items.length > 0;
    const topTables = tables.items.filter((t) => t.nestingLevel === 1);
    const parentControls = hasControls
      ? items.map((p) => p.parentContentControlOrNullObject.load("tag"))
      : [];
    const cells =
      topTables.length > 0
        ? items.map((p) =>
            p.tableNestingLevel === 1
              ? p.parentTableCellOrNullObject.load("rowIndex,cellIndex")
              : undefined,
          )
        : [];
    const partXml = parts && parts.items.length > 0 ? parts.items[0].getXml() : undefined;
    if (hasControls || topTables.length > 0 || partXml) await context.sync();

    const read: ParagraphRead[] = items.map((p, i) => {
      const cc = parentControls[i];
      const cell = cells[i];
      return {
        text: p.text,
        style: p.style,
        styleBuiltIn: p.styleBuiltIn,
        outlineLevel: withOutlineLevel ? p.outlineLevel : undefined,
        tableNestingLevel: p.tableNestingLevel,
        tag: cc && !cc.isNullObject && cc.tag ? cc.tag : undefined,
        cell:
          cell && !cell.isNullObject ? { row: cell.rowIndex, column: cell.cellIndex } : undefined,
      };
    });
    const blocks = buildBlocks(
      read,
      topTables.map((t) => t.values),
    );
    blocks.push(
      ...storyBlocks(header.items, "header", "h"),
      ...storyBlocks(footer.items, "footer", "f"),
    );
    const packId = partXml ? packIdFromDocumentPart(partXml.value) : undefined;
    return packId ? { blocks, packId } : { blocks };
  });
}

function headingLevel(styleBuiltIn: string, outlineLevel: number | undefined): number | undefined {
  const m = /^Heading([1-9])$/.exec(styleBuiltIn);
  if (m) return Number(m[1]);
  if (
    outlineLevel !== undefined &&
    outlineLevel >= 1 &&
    outlineLevel <= 9 &&
    styleBuiltIn !== "Title"
  )
    return outlineLevel;
  return undefined;
}

function paragraphBlock(id: string, p: ParagraphRead): ParagraphBlock {
  const block: ParagraphBlock = { kind: "paragraph", id, text: p.text };
  const level = headingLevel(p.styleBuiltIn, p.outlineLevel);
  if (level !== undefined) block.headingLevel = level;
  if (p.style) block.style = p.style;
  if (p.tag) block.tag = p.tag;
  if (isGuidanceTag(p.tag) && p.text.length > 0)
    block.guidanceSpans = [{ start: 0, end: p.text.length }];
  return block;
}

/** Body blocks in order: paragraphs outside tables, and each top-level table as one block. */
export function buildBlocks(
  paragraphs: readonly ParagraphRead[],
  tableValues: readonly string[][][],
): Block[] {
  const shapes: ParagraphShape[] = paragraphs.map((p) => ({
    tableNestingLevel: p.tableNestingLevel,
    cell: p.cell,
  }));
  const map = mapBlocks(shapes, tableValues.length);
  if (!map.ok) throw new Error(`The document's tables could not be read: ${map.reason}`);
  return map.blocks.map((b): Block => {
    if (b.kind === "paragraph") return paragraphBlock(b.id, paragraphs[b.paragraphIndex]);
    const rows = tableValues[b.tableIndex].map((row) => row.map(cellText));
    const table: TableBlock = { kind: "table", id: b.id, rows };
    if (rows.some((r) => r.length !== rows[0].length)) table.hasMergedCells = true;
    const guidance = guidanceCells(
      rows,
      b.paragraphIndices.map((i) => paragraphs[i]),
    );
    if (guidance) table.guidanceCells = guidance;
    return table;
  });
}

/** A cell is guidance when every paragraph in it sits in a guidance content control. */
function guidanceCells(
  rows: string[][],
  paragraphs: readonly ParagraphRead[],
): boolean[][] | undefined {
  const inGuidance = new Map<string, boolean>();
  for (const p of paragraphs) {
    if (!p.cell || p.tableNestingLevel !== 1) continue;
    const key = `${p.cell.row}:${p.cell.column}`;
    inGuidance.set(key, (inGuidance.get(key) ?? true) && isGuidanceTag(p.tag));
  }
  if (![...inGuidance.values()].some(Boolean)) return undefined;
  return rows.map((row, r) => row.map((_, c) => inGuidance.get(`${r}:${c}`) === true));
}

function storyBlocks(
  items: readonly Word.Paragraph[],
  part: "header" | "footer",
  prefix: string,
): ParagraphBlock[] {
  const texts = items.map((p) => p.text);
  if (texts.every((t) => t.trim() === "")) return [];
  return items.map((p, i) => {
    const block: ParagraphBlock = { kind: "paragraph", id: `${prefix}${i}`, text: p.text, part };
    if (p.style) block.style = p.style;
    return block;
  });
}
