import type { Block, BlockPart, Finding, Location, Span } from "../model/types";
import { normaliseSpans } from "../model/text";
import { isGuidanceTag } from "../tags";
import type { CheckContext, RuleFamily } from "./types";

/**
 * guidance.remaining: a guidance note from the template still in the report (warning while
 * drafting; guidance goes before submission, see the Submit tab and `imr clean`).
 *
 * One finding per note, not per paragraph. A note is:
 *  - in paragraphs: a run of guidance spans (those only white space apart are one run). It goes on
 *    into the next paragraphs while nothing but white space of the author's comes between, in the
 *    same part of the document, and (where the model carries content-control tags) under the same
 *    tag: the paragraphs of one guidance control are one note; two controls are two notes;
 *  - in a table: each cell that is guidance (TableBlock.guidanceCells) is a note.
 * The finding's `text` is the exact text of the note's first paragraph (its guidance run, trimmed),
 * and its location is that run's span; for a cell, the cell's text and its row and column.
 *
 * No double reporting: structure.empty-section reports a section (at its heading, text = title)
 * and structure.placeholder reports prompts in the author's text (it skips guidance), while this
 * rule reports only guidance text. A prompt inside a guidance note is this rule's alone.
 */
export const GUIDANCE_REMAINING = "guidance.remaining";

/** A guidance note in a DocModel: what the rule reports and the Submit tab lists. */
export interface GuidanceNoteInModel {
  /** Where the note's text starts; absent for a note with no text (an emptied guidance control). */
  location?: Location;
  /** The exact text at `location`: the note's first paragraph (or its cell's text); "" if empty. */
  text: string;
  /** The guidance text of each of the note's paragraphs, in order (one entry for a cell). */
  paragraphs: string[];
  /** The guidance content-control tag, where the model carries one. */
  tag?: string;
  /** Ids of the blocks the note lies in, in order. */
  blockIds: string[];
  /** Set for a guidance table cell. */
  cell?: { row: number; column: number };
  part?: BlockPart;
  /** True for a guidance control holding no text: it counts for removal, it is not a finding. */
  empty: boolean;
}

/** One paragraph's guidance, as runs of text (memoised per block). */
interface ParagraphPieces {
  kind: "paragraph";
  /** Guidance runs with non-blank text, trimmed, in order. */
  runs: Span[];
  /** Whether the author's text before the first run / after the last run is blank. */
  blankBefore: boolean;
  blankAfter: boolean;
  /** No guidance runs and no author text: a blank paragraph. */
  blank: boolean;
  /** The guidance tag of the control around the paragraph, if any. */
  tag?: string;
}

interface TablePieces {
  kind: "table";
  cells: { row: number; column: number; text: string }[];
}

type Pieces = ParagraphPieces | TablePieces;

const isBlank = (s: string) => s.trim() === "";

/** Trim white space off both ends of a span of `text`. */
function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function blockPieces(block: Block): Pieces {
  if (block.kind === "table") {
    const cells: TablePieces["cells"] = [];
    block.guidanceCells?.forEach((row, r) =>
      row?.forEach((g, c) => {
        const text = block.rows[r]?.[c];
        if (g && typeof text === "string") cells.push({ row: r, column: c, text });
      }),
    );
    return { kind: "table", cells };
  }
  const text = block.text;
  const clamped = (block.guidanceSpans ?? []).map((s) => ({
    start: Math.max(0, Math.min(s.start, text.length)),
    end: Math.max(0, Math.min(s.end, text.length)),
  }));
  // Spans only white space apart are one run.
  const runs: Span[] = [];
  for (const s of normaliseSpans(clamped)) {
    const last = runs[runs.length - 1];
    if (last && isBlank(text.slice(last.end, s.start))) last.end = s.end;
    else runs.push({ ...s });
  }
  const kept = runs.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
  const tag = isGuidanceTag(block.tag) ? block.tag : undefined;
  if (kept.length === 0) {
    // White space inside guidance spans is guidance too: only the rest is the author's.
    let author = "";
    let at = 0;
    for (const s of normaliseSpans(clamped)) {
      author += text.slice(at, s.start);
      at = Math.max(at, s.end);
    }
    author += text.slice(at);
    const blank = isBlank(author);
    return { kind: "paragraph", runs: [], blankBefore: blank, blankAfter: blank, blank, tag };
  }
  return {
    kind: "paragraph",
    runs: kept,
    blankBefore: isBlank(text.slice(0, kept[0].start)),
    blankAfter: isBlank(text.slice(kept[kept.length - 1].end)),
    blank: false,
    tag,
  };
}

/**
 * Every guidance note in the model, in document order (see the rule above for what a note is).
 * `pieces` lets the check engine pass its per-block cache.
 */
export function guidanceNotes(
  blocks: readonly Block[],
  pieces: (block: Block) => Pieces = blockPieces,
): GuidanceNoteInModel[] {
  const notes: GuidanceNoteInModel[] = [];
  let open: GuidanceNoteInModel | undefined;
  for (const block of blocks) {
    const p = pieces(block);
    if (block.kind === "table" || p.kind === "table") {
      open = undefined;
      if (p.kind !== "table") continue;
      for (const c of p.cells) {
        const text = c.text.trim();
        notes.push({
          ...(text ? { location: { blockId: block.id, row: c.row, column: c.column } } : {}),
          text,
          paragraphs: [c.text],
          blockIds: [block.id],
          cell: { row: c.row, column: c.column },
          ...(block.part ? { part: block.part } : {}),
          empty: text === "",
        });
      }
      continue;
    }
    const continues = (n: GuidanceNoteInModel | undefined): n is GuidanceNoteInModel =>
      !!n && n.tag === p.tag && n.part === block.part;
    if (p.runs.length === 0) {
      if (p.tag === undefined) {
        // The author's blank paragraphs do not end red italic text; their text does. A control's
        // paragraphs are together, so anything between two tagged paragraphs ends the note.
        if (!p.blank || open?.tag !== undefined) open = undefined;
        continue;
      }
      // A guidance control's paragraph with no text: part of its note, or a note with no text.
      if (continues(open)) {
        if (open.blockIds[open.blockIds.length - 1] !== block.id) open.blockIds.push(block.id);
      } else {
        open = {
          text: "",
          paragraphs: [],
          blockIds: [block.id],
          ...(p.tag ? { tag: p.tag } : {}),
          ...(block.part ? { part: block.part } : {}),
          empty: true,
        };
        notes.push(open);
      }
      if (!p.blank) open = undefined;
      continue;
    }
    p.runs.forEach((run, i) => {
      const text = block.text.slice(run.start, run.end);
      if (i === 0 && p.blankBefore && continues(open)) {
        if (open.empty) {
          open.location = { blockId: block.id, start: run.start, end: run.end };
          open.text = text;
          open.empty = false;
        }
        open.paragraphs.push(text);
        if (open.blockIds[open.blockIds.length - 1] !== block.id) open.blockIds.push(block.id);
        return;
      }
      open = {
        location: { blockId: block.id, start: run.start, end: run.end },
        text,
        paragraphs: [text],
        blockIds: [block.id],
        ...(p.tag ? { tag: p.tag } : {}),
        ...(block.part ? { part: block.part } : {}),
        empty: false,
      };
      notes.push(open);
    });
    if (!p.blankAfter) open = undefined;
  }
  return notes;
}

function message(note: GuidanceNoteInModel): string {
  const more = note.paragraphs.length > 1 ? ` (${note.paragraphs.length} paragraphs)` : "";
  return `A guidance note from the template is still in the report${more}. Guidance must go before submission: the Submit tab removes it (Prepare for submission), or delete it yourself once the section covers what it asks.`;
}

export const guidanceFamily: RuleFamily = {
  id: "guidance",
  rules: [GUIDANCE_REMAINING],
  run(ctx: CheckContext): Finding[] {
    const notes = guidanceNotes(ctx.model.blocks, (b) =>
      ctx.memo("guidance.pieces", b, blockPieces),
    );
    const out: Finding[] = [];
    for (const note of notes) {
      if (note.empty || !note.location) continue;
      out.push({
        rule: GUIDANCE_REMAINING,
        severity: "warning",
        message: message(note),
        text: note.text,
        location: note.location,
      });
    }
    return out;
  },
};
