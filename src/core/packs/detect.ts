import { locateChronology } from "../chronology/locate";
import { authorText } from "../model/text";
import type { DocModel } from "../model/types";
import { mapSections } from "../sections/map";
import { BUILTIN_PACKS } from "./registry";
import type { Pack } from "./schema";

/**
 * Which pack a document was made from. The pack recorded in the document (DocModel.packId, from
 * the add-in's document part) wins when it is one of the packs given; otherwise each pack is
 * scored by the share of its section headings the document has (found the tolerant way the
 * checks find them, src/core/sections), the share of the document's own headings it explains,
 * and whether the document has a table with its chronology columns. The best pack is returned
 * when it matches well enough and clearly better than the next; otherwise undefined, and the
 * caller asks the author to choose.
 */

export interface PackDetection {
  pack: Pack;
  /** 0..1: 1 when the document records its pack. */
  confidence: number;
  /** Why, in words that follow "detected because": names no pack ("this pack's"). */
  reason: string;
  /** "recorded": the document says so; "headings": worked out from its headings. */
  by: "recorded" | "headings";
}

export interface PackScore {
  pack: Pack;
  score: number;
  /** Pack sections whose heading the document has. */
  found: number;
  /** 0..1: how well the best table's header row matches the pack's chronology columns. */
  chronology: number;
}

/** Below this score no pack is said to match. */
export const MIN_DETECTION_SCORE = 0.45;
/** The best pack must beat the next by this much, or the document is ambiguous. */
const MIN_MARGIN = 0.1;

/** How many of the document's paragraphs look like headings (a Heading style, body only). */
function headingCount(model: DocModel): number {
  let n = 0;
  for (const b of model.blocks)
    if (
      b.kind === "paragraph" &&
      b.headingLevel !== undefined &&
      b.part !== "header" &&
      b.part !== "footer" &&
      authorText(b).trim() !== ""
    )
      n++;
  return n;
}

/** Score one pack against a document (0..1). */
export function scorePack(model: DocModel, pack: Pack, headings = headingCount(model)): PackScore {
  const map = mapSections(model, pack);
  const matched = map.sections.filter((s) => s.headingIndex !== undefined);
  const found = matched.length;
  const styledFound = matched.filter((s) => {
    const b = model.blocks[s.headingIndex!];
    return b.kind === "paragraph" && b.headingLevel !== undefined;
  }).length;
  const recall = pack.sections.length === 0 ? 0 : found / pack.sections.length;
  // With no styled headings (an agency's template in bold Normal text) precision can't be told.
  const precision = headings === 0 ? recall : Math.min(1, styledFound / headings);
  const chronology = locateChronology(model, pack)?.score ?? 0;
  const score = found === 0 ? 0 : 0.6 * recall + 0.2 * precision + 0.2 * chronology;
  return { pack, score, found, chronology };
}

/**
 * Detect the pack of `model` among the built-in packs and `customPacks` (a custom pack with a
 * built-in's id takes its place). Undefined when nothing matches well enough.
 */
export function detectPack(
  model: DocModel,
  customPacks: readonly Pack[] = [],
): PackDetection | undefined {
  const customIds = new Set(customPacks.map((p) => p.id));
  return detectPackAmong(model, [
    ...customPacks,
    ...BUILTIN_PACKS.filter((p) => !customIds.has(p.id)),
  ]);
}

/**
 * Detect the pack of `model` among `packs` only (e.g. the packs an organisation offers): a pack
 * the document records that is not one of them is ignored, and the headings decide.
 */
export function detectPackAmong(
  model: DocModel,
  packs: readonly Pack[],
): PackDetection | undefined {
  if (model.packId) {
    const recorded = packs.find((p) => p.id === model.packId);
    if (recorded)
      return {
        pack: recorded,
        confidence: 1,
        by: "recorded",
        reason: "the document records that it was made from this pack's template",
      };
  }
  const headings = headingCount(model);
  const scores = packs
    .map((p) => scorePack(model, p, headings))
    .sort((a, b) => b.score - a.score || b.found - a.found);
  const [best, next] = scores;
  if (!best || best.score < MIN_DETECTION_SCORE || best.found < 2) return undefined;
  if (next && best.score - next.score < MIN_MARGIN && best.found <= next.found) return undefined;
  const parts = [`${best.found} of this pack's ${best.pack.sections.length} section headings`];
  if (best.chronology >= 0.5) parts.push("its chronology columns");
  return {
    pack: best.pack,
    confidence: Math.min(0.95, Math.round(best.score * 100) / 100),
    by: "headings",
    reason: `the document has ${parts.join(" and ")}`,
  };
}
