import type { Location } from "../core/model/types";
import { mapBlocks, parseBlockId, type MappedBlock } from "./block-map";
import { cellText, rangeFor, type SearchScope } from "./locate";
import { nearestStart, planSearch } from "./search-text";
import { StoryReader, layOutFor, storyTypes } from "./stories";

/**
 * Select the text a finding is about, in two context.sync() calls: one to read where the blocks
 * are (paragraph texts and table values), one to search and select; one more to read the headers
 * and footers of later sections, for a header or footer block not in the first section's. Resolves
 * false if the block or the text is no longer there; never changes the document.
 *
 * A character location is honoured where the text still sits there; if the author has typed
 * before it, the nearest occurrence of the same text in the same block is selected instead.
 */
export async function selectLocation(location: Location, text: string): Promise<boolean> {
  const where = parseBlockId(location.blockId);
  if (!where) return false;
  try {
    return await Word.run(async (context) => {
      const found = await findBlock(context, location.blockId, where.part);
      if (!found) return false;
      const { block, paragraphs, topTables } = found;

      let scope: SearchScope;
      let hay: string;
      if (block.kind === "paragraph") {
        scope = paragraphs[block.paragraphIndex];
        hay = paragraphs[block.paragraphIndex].text;
      } else {
        const table = topTables[block.tableIndex];
        const values = table.values.map((row) => row.map(cellText));
        const cell =
          "row" in location
            ? { row: location.row, column: location.column }
            : firstCellWith(values, text);
        if (!cell || values[cell.row]?.[cell.column] === undefined) return false;
        scope = table.getCell(cell.row, cell.column).body;
        hay = table.values[cell.row][cell.column];
        if (text === "") {
          scope.select();
          await context.sync();
          return true;
        }
      }

      if (text === "") {
        if (block.kind !== "paragraph") return false;
        paragraphs[block.paragraphIndex].select();
        await context.sync();
        return true;
      }
      const wanted = "start" in location ? location.start : 0;
      const start =
        hay.slice(wanted, wanted + text.length) === text ? wanted : nearestStart(hay, text, wanted);
      const plan = start === undefined ? undefined : planSearch(hay, text, start);
      if (!plan) return false;
      rangeFor(scope, plan).select();
      await context.sync();
      return true;
    });
  } catch (e) {
    // The text went between the two round trips (the search found nothing): not selectable now.
    if ((e as { code?: string } | null)?.code === "ItemNotFound") return false;
    throw e;
  }
}

function firstCellWith(
  values: string[][],
  text: string,
): { row: number; column: number } | undefined {
  for (let row = 0; row < values.length; row++) {
    const column = values[row].findIndex((v) => v.includes(text));
    if (column >= 0) return { row, column };
  }
  return undefined;
}

interface FoundBlock {
  block: MappedBlock;
  paragraphs: Word.Paragraph[];
  topTables: Word.Table[];
}

/** Read the body, or the header and footer stories, and find a block by id (see stories.ts). */
async function findBlock(
  context: Word.RequestContext,
  id: string,
  part: "body" | "header" | "footer",
): Promise<FoundBlock | undefined> {
  const document = context.document;
  if (part !== "body") {
    const reader = new StoryReader(document, [], storyTypes());
    await context.sync();
    const layout = await layOutFor(reader, [id], context);
    if (!layout.ok) return undefined;
    for (const story of layout.stories) {
      const block = story.blocks.find((b) => b.id === id);
      if (block) return { block, paragraphs: story.load.paragraphs.items, topTables: story.tables };
    }
    return undefined;
  }
  const paragraphs = document.body.paragraphs.load("items/text,items/tableNestingLevel");
  const tables = document.body.tables.load("items/values,items/nestingLevel");
  await context.sync();
  const topTables = tables.items.filter((t) => t.nestingLevel === 1);
  const map = mapBlocks(
    paragraphs.items.map((p) => ({ tableNestingLevel: p.tableNestingLevel })),
    topTables.length,
  );
  const block = map.ok ? map.blocks.find((b) => b.id === id) : undefined;
  return block && { block, paragraphs: paragraphs.items, topTables };
}
