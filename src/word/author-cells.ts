import { isGuidanceTag } from "../core/tags";
import { mapBlocks } from "./block-map";
import { cellText } from "./locate";

const BLACK = "#000000";

/** A table cell by block id and position, with the text it must hold to be changed. */
export interface CellRef {
  blockId: string;
  row: number;
  column: number;
  expected: string;
}

/**
 * Make the text of these cells the author's own: remove the guidance content controls around it
 * (keeping the text) and set it plain black, upright. For a cover-table cell whose guidance hint
 * was replaced with a value (the sign-off, a date): otherwise the value would still be inside the
 * guidance note, red and italic, and would go with the guidance when it is stripped. A cell whose
 * text is not exactly `expected` is left alone. Resolves how many cells were changed (three syncs:
 * find the tables, find the controls in the cells, change; two when no cell holds a guidance
 * control, and nothing is changed).
 *
 * applyPlan now does this itself, in its own batch, for an edit that replaces a guidance cell's
 * whole text: after such a plan this finds no guidance control and resolves 0. It is kept for
 * callers that still ask, and for text typed into a guidance cell by hand.
 */
export async function keepCellsAsText(cells: readonly CellRef[]): Promise<number> {
  if (cells.length === 0) return 0;
  return Word.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs.load("items/tableNestingLevel");
    const tables = body.tables.load("items/values,items/nestingLevel");
    await context.sync();

    const topTables = tables.items.filter((t) => t.nestingLevel === 1);
    const map = mapBlocks(
      paragraphs.items.map((p) => ({ tableNestingLevel: p.tableNestingLevel })),
      topTables.length,
    );
    if (!map.ok) return 0;
    const targets: { body: Word.Body; controls: Word.ContentControlCollection }[] = [];
    for (const c of cells) {
      const block = map.blocks.find((b) => b.id === c.blockId);
      if (block?.kind !== "table") continue;
      const table = topTables[block.tableIndex];
      const value = table.values[c.row]?.[c.column];
      if (value === undefined || cellText(value) !== c.expected) continue;
      const cellBody = table.getCell(c.row, c.column).body;
      targets.push({ body: cellBody, controls: cellBody.contentControls.load("items/tag") });
    }
    if (targets.length === 0) return 0;
    await context.sync();

    let changed = 0;
    for (const t of targets) {
      const guidance = t.controls.items.filter((control) => isGuidanceTag(control.tag));
      if (guidance.length === 0) continue;
      for (const control of guidance) control.delete(true);
      t.body.font.color = BLACK;
      t.body.font.italic = false;
      changed += 1;
    }
    if (changed > 0) await context.sync();
    return changed;
  });
}
