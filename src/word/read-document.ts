import type { Block, BlockPart, DocModel, ParagraphBlock, TableBlock } from "../core/model/types";
import { DOCUMENT_NAMESPACE, isGuidanceTag } from "../core/tags";
import { mapBlocks, type MappedBlock, type ParagraphShape } from "./block-map";
import { packIdFromDocumentPart } from "../core/document-part";
import type { Capabilities } from "./gateway";
import { cellText } from "./locate";
import {
  StoryReader,
  cellOf,
  layOutStories,
  readPrimaryStoriesOnly,
  storyTypes,
  type LaidOutStory,
  type StoryType,
} from "./stories";

/**
 * Read the document into a DocModel in at most two context.sync() calls, whatever its length:
 *   1. body paragraphs (text, style, styleBuiltIn, outlineLevel, tableNestingLevel), top-level
 *      tables (values), whether there are content controls, the sections and the first section's
 *      headers and footers (primary, first page, even pages: paragraphs with their control tag and
 *      cell, and tables), and the custom XML part that records the pack (WordApi 1.4);
 *   2. only if needed: each body paragraph's innermost content control tag, the cell of each
 *      table paragraph, the pack part's XML, and the other sections' headers and footers.
 *
 * Header and footer blocks are numbered as the .docx reader numbers them (see stories.ts): h0,
 * h1, ... over every header story, f0, ... over every footer story, tables as table blocks.
 *
 * Guidance: a paragraph inside a guidance-tagged content control is guidance as a whole (its span
 * is the whole text). Text an author types inside a guidance control inherits the control and is
 * read as guidance too: Word gives no way to tell the two apart through the API (formatting is
 * inherited as well), so the clean copy must show what it removes before removing it.
 */
export async function readDocument(caps: Capabilities): Promise<DocModel> {
  const types = storyTypes();
  try {
    return await readOnce(caps, true, types);
  } catch (e) {
    if (!isNotImplemented(e)) throw e;
  }
  // Some Word builds do not implement Paragraph.outlineLevel: read again without it.
  try {
    return await readOnce(caps, false, types);
  } catch (e) {
    if (!isNotImplemented(e) || types.length === 1) throw e;
  }
  // Nor, in some, first-page and even-page headers: keep to the primary ones from now on.
  const model = await readOnce(caps, false, ["Primary"]);
  readPrimaryStoriesOnly();
  return model;
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

async function readOnce(
  caps: Capabilities,
  withOutlineLevel: boolean,
  types: readonly StoryType[],
): Promise<DocModel> {
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
    const stories = new StoryReader(document, STORY_PROPS, types);
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
    const moreSections = stories.queueRest();
    if (hasControls || topTables.length > 0 || partXml || moreSections) await context.sync();

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
    const layout = layOutStories([...stories.first, ...stories.rest]);
    if (!layout.ok) throw new Error(`The document's tables could not be read: ${layout.reason}`);
    const storyParts = layout.stories.map(storyBlocks);
    blocks.push(
      ...storyParts.filter((_, i) => layout.stories[i].load.part === "header").flat(),
      ...storyParts.filter((_, i) => layout.stories[i].load.part === "footer").flat(),
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
  return blocksFrom(map.blocks, paragraphs, tableValues);
}

/** The blocks a map names, from the paragraphs and tables it was made from. */
function blocksFrom(
  mapped: readonly MappedBlock[],
  paragraphs: readonly ParagraphRead[],
  tableValues: readonly string[][][],
  part?: BlockPart,
): Block[] {
  return mapped.map((b): Block => {
    if (b.kind === "paragraph") {
      const block = paragraphBlock(b.id, paragraphs[b.paragraphIndex]);
      return part ? { ...block, part } : block;
    }
    const rows = tableValues[b.tableIndex].map((row) => row.map(cellText));
    const table: TableBlock = { kind: "table", id: b.id, rows };
    if (part) table.part = part;
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

/** Loaded on each header and footer paragraph, besides its text and cell (stories.ts). */
const STORY_PROPS = ["style", "styleBuiltIn", "parentContentControlOrNullObject/tag"];

/** A header or footer story's blocks: paragraphs and tables, read as the body's are. */
function storyBlocks(story: LaidOutStory): Block[] {
  const read: ParagraphRead[] = story.load.paragraphs.items.map((p) => {
    const cc = p.parentContentControlOrNullObject;
    return {
      text: p.text,
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      tableNestingLevel: p.tableNestingLevel,
      tag: !cc.isNullObject && cc.tag ? cc.tag : undefined,
      cell: cellOf(p),
    };
  });
  return blocksFrom(
    story.blocks,
    read,
    story.tables.map((t) => t.values),
    story.load.part,
  );
}
