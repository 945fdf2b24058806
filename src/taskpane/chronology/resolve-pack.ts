import { locateChronology } from "../../core/chronology/locate";
import type { DocModel } from "../../core/model/types";
import { detectPack } from "../../core/packs/detect";
import { BUILTIN_PACKS, builtinPack } from "../../core/packs/registry";
import type { Pack } from "../../core/packs/schema";

/** The pack whose chronology columns the panel works to, and how it was found. */
export type ResolvedPack =
  | {
      pack: Pack;
      /** chosen: the author picked it; detected: from the document; chronology: from its table alone. */
      how: "chosen" | "detected" | "chronology";
      /** Why, in words that follow the pack's name. */
      reason: string;
    }
  | { pack: undefined; how: "unknown"; reason: string };

/**
 * The author's choice (kept in the document settings) wins; then the pack the document records
 * or its headings point to (core detectPack); then the built-in pack whose chronology columns a
 * table in the document matches best (a document holding only a chronology has no headings to
 * go by); otherwise the author is asked.
 */
export function resolvePack(model: DocModel, chosenId: string | undefined): ResolvedPack {
  const chosen = chosenId === undefined ? undefined : builtinPack(chosenId);
  if (chosen) return { pack: chosen, how: "chosen", reason: "chosen for this document" };
  const detected = detectPack(model);
  if (detected)
    return { pack: detected.pack, how: "detected", reason: `detected: ${detected.reason}` };
  let best: { pack: Pack; score: number } | undefined;
  for (const pack of BUILTIN_PACKS) {
    const found = locateChronology(model, pack);
    if (found && (!best || found.score > best.score)) best = { pack, score: found.score };
  }
  if (best)
    return {
      pack: best.pack,
      how: "chronology",
      reason: "detected from the chronology table's column headings",
    };
  return {
    pack: undefined,
    how: "unknown",
    reason: "The template could not be told from the document: choose it.",
  };
}
