import { matchHeaderRow } from "../chronology/locate";
import { authorCells, authorText } from "../model/text";
import { isParagraph, isTable, type Block, type DocModel, type TableBlock } from "../model/types";
import type { Section, TableSpec } from "../packs/schema";

/**
 * Small locators the QA evidence needs: a pack section's blocks and a pack table (action plan,
 * key to initials) in a DocModel. Tables are matched with the chronology core's matchHeaderRow;
 * the chronology itself is found with its locateChronology.
 * NOTE for the lead: the check engine locates sections too (structure rules); locateSection is
 * deliberately minimal and can be folded into the engine's.
 */

/** A heading's text without its numbering ("3.", "3.1", "Section 3:") and punctuation, lower case. */
export function normaliseTitle(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^\s*(section|part|appendix)?\s*\d+(\.\d+)*[.):]?\s*/, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function titleMatches(heading: string, section: Pick<Section, "title" | "aliases">): boolean {
  const h = normaliseTitle(heading);
  if (!h) return false;
  return [section.title, ...section.aliases].some((t) => {
    const n = normaliseTitle(t);
    return n !== "" && (h === n || h.startsWith(`${n} `));
  });
}

export interface LocatedSection {
  headingIndex: number;
  /** The blocks under the heading, up to the next heading of the same or a higher level. */
  blocks: Block[];
}

/** The first heading in the document that matches the section's title or one of its aliases. */
export function locateSection(
  model: DocModel,
  section: Pick<Section, "title" | "aliases">,
): LocatedSection | undefined {
  const blocks = model.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!isParagraph(b) || b.headingLevel === undefined || (b.part ?? "body") !== "body") continue;
    if (!titleMatches(authorText(b), section)) continue;
    const level = b.headingLevel;
    const body: Block[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const n = blocks[j];
      if (isParagraph(n) && n.headingLevel !== undefined && n.headingLevel <= level) break;
      if ((n.part ?? "body") === "body") body.push(n);
    }
    return { headingIndex: i, blocks: body };
  }
  return undefined;
}

/** The author's text in a run of blocks (guidance left out), paragraphs and table cells alike. */
export function authorTextOf(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (isParagraph(b)) {
      if (b.headingLevel !== undefined) continue;
      const t = authorText(b).trim();
      if (t) out.push(t);
    } else {
      for (const row of authorCells(b))
        for (const cell of row) if (cell.trim()) out.push(cell.trim());
    }
  }
  return out;
}

export interface LocatedTable {
  table: TableBlock;
  /** Index of the header row (0, or 1-2 when a title row sits above it). */
  headerRow: number;
  /** Column index in the table for each pack column id that was found. */
  columns: Record<string, number>;
}

/**
 * The body table whose header row best matches the pack table's columns (matched one to one by
 * header or alias, through the chronology core's matchHeaderRow): more than half of the pack's
 * columns must be found. Works for any pack table (action plan, key to initials).
 */
export function locateTable(
  model: DocModel,
  spec: Pick<TableSpec, "columns">,
): LocatedTable | undefined {
  let best: { located: LocatedTable; score: number } | undefined;
  for (const b of model.blocks) {
    if (!isTable(b) || (b.part ?? "body") !== "body") continue;
    for (let r = 0; r < Math.min(3, b.rows.length); r++) {
      const m = matchHeaderRow(b.rows[r], spec);
      const columns: Record<string, number> = {};
      for (const c of m.columns) if (c.index !== undefined) columns[c.column.id] = c.index;
      if (Object.keys(columns).length * 2 <= spec.columns.length) continue;
      if (!best || m.score > best.score)
        best = { located: { table: b, headerRow: r, columns }, score: m.score };
    }
  }
  return best?.located;
}

/** Rows below the header row that hold any author text (an example row of guidance does not count). */
export function dataRows(located: LocatedTable): { index: number; cells: string[] }[] {
  return authorCells(located.table)
    .map((cells, index) => ({ index, cells }))
    .slice(located.headerRow + 1)
    .filter((r) => r.cells.some((c) => c.trim() !== ""));
}
