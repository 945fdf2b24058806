import type { Location } from "../core/model/types";
import { mapBlocks, parseBlockId } from "./block-map";
import { cellText, rangeFor, type SearchScope } from "./locate";
import { nearestStart, planSearch } from "./search-text";

/**
 * Select the text a finding is about, in two context.sync() calls: one to read where the blocks
 * are (paragraph texts and table values), one to search and select. Resolves false if the block or
 * the text is no longer there; never changes the document.
 *
 * A character location is honoured where the text still sits there; if the author has typed
 * before it, the nearest occurrence of the same text in the same block is selected instead.
 */
export async function selectLocation(location: Location, text: string): Promise<boolean> {
  const where = parseBlockId(location.blockId);
  if (!where) return false;
  try {
    return await Word.run(async (context) => {
      const document = context.document;
      const story =
        where.part === "body"
          ? document.body
          : where.part === "header"
            ? document.sections.getFirst().getHeader("Primary")
            : document.sections.getFirst().getFooter("Primary");
      const paragraphs = story.paragraphs.load("items/text,items/tableNestingLevel");
      const tables = story.tables.load("items/values,items/nestingLevel");
      await context.sync();

      const topTables = tables.items.filter((t) => t.nestingLevel === 1);
      const prefix = where.part === "body" ? "b" : where.part === "header" ? "h" : "f";
      const shapes = paragraphs.items.map((p) => ({
        tableNestingLevel: where.part === "body" ? p.tableNestingLevel : 0,
      }));
      const map = mapBlocks(shapes, where.part === "body" ? topTables.length : 0, prefix);
      const block = map.ok ? map.blocks[where.index] : undefined;
      if (!block) return false;

      let scope: SearchScope;
      let hay: string;
      if (block.kind === "paragraph") {
        scope = paragraphs.items[block.paragraphIndex];
        hay = paragraphs.items[block.paragraphIndex].text;
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
        paragraphs.items[block.paragraphIndex].select();
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
