import type { Block, Location, ParagraphBlock, TableBlock } from "../model/types";
import { normaliseSpans } from "../model/text";

/**
 * The pieces of author text a rule reads: a paragraph's text between its guidance spans, or one
 * table cell that is not guidance. Offsets let a rule turn a match back into a Location whose
 * text is exactly the located substring.
 */
export interface TextUnit {
  block: Block;
  /** The author's text of this piece. */
  text: string;
  /** Offset of `text` within the paragraph's text (0 for a cell). */
  offset: number;
  /** Set for a table cell. */
  cell?: { row: number; column: number };
}

/** The author's text of a paragraph, as pieces between guidance spans (offsets kept). */
export function paragraphUnits(p: ParagraphBlock): TextUnit[] {
  const spans =
    p.guidanceSpans && p.guidanceSpans.length > 0 ? normaliseSpans(p.guidanceSpans) : undefined;
  if (!spans) return p.text.length > 0 ? [{ block: p, text: p.text, offset: 0 }] : [];
  const out: TextUnit[] = [];
  let at = 0;
  for (const s of spans) {
    const start = Math.max(0, Math.min(s.start, p.text.length));
    if (start > at) out.push({ block: p, text: p.text.slice(at, start), offset: at });
    at = Math.max(at, Math.min(s.end, p.text.length));
  }
  if (at < p.text.length) out.push({ block: p, text: p.text.slice(at), offset: at });
  return out.filter((u) => u.text.trim() !== "");
}

/** Cells of a table that hold author text (not guidance, not blank). */
export function cellUnits(t: TableBlock): TextUnit[] {
  const out: TextUnit[] = [];
  t.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (t.guidanceCells?.[r]?.[c]) return;
      if (typeof cell !== "string" || cell.trim() === "") return;
      out.push({ block: t, text: cell, offset: 0, cell: { row: r, column: c } });
    }),
  );
  return out;
}

export function textUnits(block: Block): TextUnit[] {
  return block.kind === "paragraph" ? paragraphUnits(block) : cellUnits(block);
}

/** The Location of [start, end) within a unit. */
export function locate(unit: TextUnit, start: number, end: number): Location {
  if (unit.cell) return { blockId: unit.block.id, row: unit.cell.row, column: unit.cell.column };
  return { blockId: unit.block.id, start: unit.offset + start, end: unit.offset + end };
}

/** True for a paragraph in a page header or footer. */
export function inHeaderOrFooter(block: Block): boolean {
  return block.part === "header" || block.part === "footer";
}

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Web addresses and email addresses in a text: words inside them are not prose. */
export function addressSpans(text: string): { start: number; end: number }[] {
  if (text.indexOf("www.") < 0 && text.indexOf("://") < 0 && text.indexOf("@") < 0) return [];
  const out: { start: number; end: number }[] = [];
  URL_OR_EMAIL.lastIndex = 0;
  for (let m = URL_OR_EMAIL.exec(text); m; m = URL_OR_EMAIL.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** True when [start, end) overlaps one of the spans. */
export function overlapsAny(
  spans: readonly { start: number; end: number }[],
  start: number,
  end: number,
): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}
