import type { ParagraphBlock, Span, TableBlock } from "./types";

/** Merge overlapping or touching spans and sort them. */
export function normaliseSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The paragraph's text with its guidance spans removed: what the author wrote. */
export function authorText(p: ParagraphBlock): string {
  const spans = normaliseSpans(p.guidanceSpans ?? []);
  if (spans.length === 0) return p.text;
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += p.text.slice(at, s.start);
    at = s.end;
  }
  return out + p.text.slice(at);
}

/** True when every non-space character of the paragraph is guidance. */
export function isWhollyGuidance(p: ParagraphBlock): boolean {
  return (p.guidanceSpans?.length ?? 0) > 0 && authorText(p).trim() === "";
}

/** True when the character range [start, end) overlaps a guidance span. */
export function overlapsGuidance(p: ParagraphBlock, start: number, end: number): boolean {
  return (p.guidanceSpans ?? []).some((s) => start < s.end && s.start < end);
}

/** The table's cell text, with cells that are wholly guidance read as empty. */
export function authorCells(t: TableBlock): string[][] {
  return t.rows.map((row, r) => row.map((cell, c) => (t.guidanceCells?.[r]?.[c] ? "" : cell)));
}

/** Collapse runs of white space to one space and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
