import { squash } from "../model/text";
import type { Pack } from "../packs/schema";
import { parseGuidanceTag } from "../tags";
import { templateLayout } from "./layout";

/**
 * Has a guidance note been edited? A note's text (squashed) is compared with the text its
 * template put there, found by the note's tag. Text an author types inside a guidance box takes
 * the box's red italic, so it goes when the guidance goes: a note whose text differs from the
 * template's is shown (or reported) in full before anything is removed. Used by the Submit tab's
 * preview and by the stripper's report (`imr clean`).
 */

export interface TemplateNoteTexts {
  /** Squashed text of each guidance note and guidance cell, by tag. */
  byTag: Map<string, string>;
  /** Squashed texts of the guidance cells (the Word reader gives no tag for a cell). */
  cells: Set<string>;
}

const cache = new WeakMap<Pack, TemplateNoteTexts>();

/** The texts a pack's template puts in its guidance notes and cells. */
export function templateNoteTexts(pack: Pack): TemplateNoteTexts {
  const hit = cache.get(pack);
  if (hit) return hit;
  const byTag = new Map<string, string>();
  const cells = new Set<string>();
  for (const item of templateLayout(pack)) {
    if (item.kind === "guidance")
      byTag.set(item.tag, squash(item.paragraphs.map((p) => p.text).join(" ")));
    if (item.kind === "table")
      for (const row of item.rows)
        for (const c of row)
          if (c.kind === "guidance") {
            byTag.set(c.tag, squash(c.text));
            cells.add(squash(c.text));
          }
  }
  const out = { byTag, cells };
  cache.set(pack, out);
  return out;
}

/**
 * "same": the note holds its template's text; "edited": it differs (what was typed goes with it);
 * "unknown": the tag names a pack (or note) not among `packs`, so it cannot be compared.
 */
export type NoteComparison = "same" | "edited" | "unknown";

/** Compare a tagged note's text (any white space) with its template's text. */
export function compareNoteText(tag: string, text: string, packs: readonly Pack[]): NoteComparison {
  const parsed = parseGuidanceTag(tag);
  const pack = parsed && packs.find((p) => p.id === parsed.packId);
  const expected = pack ? templateNoteTexts(pack).byTag.get(tag) : undefined;
  if (expected === undefined) return "unknown";
  return expected === squash(text) ? "same" : "edited";
}

/** Compare an untagged guidance cell's text with every guidance cell of these packs' templates. */
export function compareCellText(text: string, packs: readonly Pack[]): "same" | "edited" {
  const t = squash(text);
  return packs.some((p) => templateNoteTexts(p).cells.has(t)) ? "same" : "edited";
}
