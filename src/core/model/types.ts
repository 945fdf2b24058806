/**
 * DocModel: the format-neutral view of a report that every check reads.
 *
 * Both readers produce it: src/word (from Office.js) and src/docx (from OOXML). A block id is
 * stable only for one read of one document; findings carry the text they are about so that a
 * location can be re-found (and refused if the text has changed).
 */

/** A half-open character range [start, end) within a paragraph's text. */
export interface Span {
  start: number;
  end: number;
}

/** Where a block sits in the document. */
export type BlockPart = "body" | "header" | "footer";

export interface ParagraphBlock {
  kind: "paragraph";
  id: string;
  /** The paragraph's text, guidance included, as the reader saw it. */
  text: string;
  /** 1..9 for Word's built-in Heading 1..9 (or an outline level); absent for body text. */
  headingLevel?: number;
  /** The style name as the document gives it (e.g. "Heading 2", "List Paragraph"). */
  style?: string;
  /**
   * Ranges of `text` that are guidance notes (inside a guidance content control, or red italic
   * runs in a document made from an agency's own template). Absent or empty: no guidance.
   */
  guidanceSpans?: Span[];
  /** Tag of the innermost content control around the whole paragraph, if any. */
  tag?: string;
  part?: BlockPart;
}

export interface TableBlock {
  kind: "table";
  id: string;
  /** Cell texts, row by row. Rows may differ in length where the table has merged cells. */
  rows: string[][];
  /** True where the reader saw merged or split cells (gridSpan, vMerge, uneven rows). */
  hasMergedCells?: boolean;
  /** Cells whose whole text is guidance: guidanceCells[r][c] === true. */
  guidanceCells?: boolean[][];
  tag?: string;
  part?: BlockPart;
}

export type Block = ParagraphBlock | TableBlock;

export interface DocModel {
  blocks: Block[];
  /** Pack id recorded in the document by the add-in or `imr template`, if any. */
  packId?: string;
}

/** Where a finding is: a character range in a paragraph, or a cell of a table. */
export type Location =
  | { blockId: string; start: number; end: number }
  | { blockId: string; row: number; column: number }
  | { blockId: string };

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Stable dotted rule id, e.g. "language.judgemental". Agencies configure by these. */
  rule: string;
  severity: Severity;
  /** One sentence in UK English saying what is wrong and why it matters. */
  message: string;
  /** The exact text the finding is about (for a missing section, its title). */
  text: string;
  /** Section title the finding falls in, when it falls in one. */
  section?: string;
  /** Where the finding is; absent for document-level findings (a missing section). */
  location?: Location;
  /** Replacement choices, best first. */
  suggestions?: string[];
  /** True where applying a suggestion is safe to do in one click. */
  fixable?: boolean;
}

export function isParagraph(block: Block): block is ParagraphBlock {
  return block.kind === "paragraph";
}

export function isTable(block: Block): block is TableBlock {
  return block.kind === "table";
}
