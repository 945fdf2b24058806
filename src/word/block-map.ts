/**
 * How Word's flat paragraph list maps onto DocModel blocks. `body.paragraphs` lists every
 * paragraph in document order, table cells included; a block is a paragraph outside any table
 * (id b0, b1, ...) or a whole top-level table (one id). The .docx reader numbers blocks the same
 * way, so a finding's block id means the same block whichever reader made it.
 */

export interface ParagraphShape {
  /** 0 outside tables, 1 in a top-level table, 2+ in nested tables. */
  tableNestingLevel: number;
  /** The cell holding the paragraph, when known (needed only to split adjacent tables). */
  cell?: { row: number; column: number };
}

export type MappedBlock =
  | { kind: "paragraph"; id: string; paragraphIndex: number }
  | { kind: "table"; id: string; tableIndex: number; paragraphIndices: number[] };

export type BlockMap = { ok: true; blocks: MappedBlock[] } | { ok: false; reason: string };

/**
 * Group paragraphs into blocks. `topLevelTables` is how many top-level tables Word reports; if the
 * grouping does not find the same number (two tables with no paragraph between them and no cell
 * positions to split them), the map is refused rather than guessed. Ids are `prefix` then a number
 * counted from `first` (header stories after the first carry on from the one before).
 */
export function mapBlocks(
  paragraphs: readonly ParagraphShape[],
  topLevelTables: number,
  prefix = "b",
  first = 0,
): BlockMap {
  const blocks: MappedBlock[] = [];
  let tableIndex = 0;
  let current:
    { kind: "table"; id: string; tableIndex: number; paragraphIndices: number[] } | undefined;
  let lastCell: { row: number; column: number } | undefined;
  paragraphs.forEach((p, i) => {
    if (p.tableNestingLevel <= 0) {
      current = undefined;
      lastCell = undefined;
      blocks.push({
        kind: "paragraph",
        id: `${prefix}${first + blocks.length}`,
        paragraphIndex: i,
      });
      return;
    }
    const cell = p.tableNestingLevel === 1 ? p.cell : undefined;
    const restarts =
      !!current &&
      !!cell &&
      !!lastCell &&
      cell.row === 0 &&
      cell.column === 0 &&
      (lastCell.row !== 0 || lastCell.column !== 0);
    if (!current || restarts) {
      current = {
        kind: "table",
        id: `${prefix}${first + blocks.length}`,
        tableIndex: tableIndex++,
        paragraphIndices: [],
      };
      blocks.push(current);
    }
    current.paragraphIndices.push(i);
    if (cell) lastCell = cell;
  });
  if (tableIndex !== topLevelTables) {
    return {
      ok: false,
      reason: `Word reports ${topLevelTables} table(s) but ${tableIndex} were found between paragraphs (tables with no paragraph between them).`,
    };
  }
  return { ok: true, blocks };
}

/** "b12" -> { part: "body", index: 12 }; "h0" header, "f0" footer. */
export function parseBlockId(
  id: string,
): { part: "body" | "header" | "footer"; index: number } | undefined {
  const m = /^([bhf])(\d+)$/.exec(id);
  if (!m) return undefined;
  const part = m[1] === "b" ? "body" : m[1] === "h" ? "header" : "footer";
  return { part, index: Number(m[2]) };
}
