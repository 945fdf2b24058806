import { locateChronology } from "../core/chronology/locate";
import type { OrganisationSettings } from "../core/config";
import type { DocModel } from "../core/model/types";
import { detectPackAmong, type PackDetection } from "../core/packs/detect";
import { BUILTIN_PACKS } from "../core/packs/registry";
import type { Pack } from "../core/packs/schema";

/**
 * Which template pack a report is worked on with: one resolver for every panel. The packs are
 * the organisation's (src/core/config: the packs it offers, custom ones included, with its
 * protective marking, and its default), never the built-in list directly.
 *
 * The author's choice wins when it is one of the offered packs; then the pack the document
 * records or its headings point to, among the offered packs; then (if asked) the offered pack
 * whose chronology columns a table in the document matches best (a document holding only a
 * chronology has no headings to go by); then (if asked) the organisation's default pack;
 * otherwise the author is asked.
 */

/** What the resolver needs from the organisation's settings. */
export type PackOffer = Pick<OrganisationSettings, "packs" | "defaultPackId">;

export type FoundPack =
  | { pack: Pack; how: "chosen"; reason: string }
  | { pack: Pack; how: "detected"; reason: string; detection: PackDetection }
  | { pack: Pack; how: "chronology"; reason: string }
  | { pack: Pack; how: "default"; reason: string };

export type ResolvedPack = FoundPack | { pack: undefined; how: "unknown"; reason: string };

export interface ResolveOptions {
  /** Fall back to the pack whose chronology columns a table matches. */
  byChronology?: boolean;
  /** Fall back to the organisation's default pack rather than asking. */
  orDefault?: boolean;
}

export const UNKNOWN_PACK_REASON = "The template could not be told from the document: choose it.";

/** The offered pack with this id. */
export function offeredPack(offer: PackOffer, id: string | undefined): Pack | undefined {
  return id === undefined ? undefined : offer.packs.find((p) => p.id === id);
}

/** The organisation's default pack. */
export function defaultPack(offer: PackOffer): Pack {
  return offeredPack(offer, offer.defaultPackId) ?? offer.packs[0];
}

/**
 * Every pack the pane may meet in a document: the offered ones, then built-in packs the
 * organisation doesn't offer. For what is already in a document (a QA record's pack, a guidance
 * note's template), never for choosing or detecting.
 */
export function knownPacks(offer: PackOffer): readonly Pack[] {
  const offered = new Set(offer.packs.map((p) => p.id));
  return [...offer.packs, ...BUILTIN_PACKS.filter((p) => !offered.has(p.id))];
}

/** The pack a record in the document names (offered first): see knownPacks. */
export function knownPack(offer: PackOffer, id: string): Pack | undefined {
  return knownPacks(offer).find((p) => p.id === id);
}

export function resolveReportPack(
  model: DocModel,
  offer: PackOffer,
  chosenId: string | undefined,
  options: ResolveOptions & { orDefault: true },
): FoundPack;
export function resolveReportPack(
  model: DocModel,
  offer: PackOffer,
  chosenId: string | undefined,
  options?: ResolveOptions,
): ResolvedPack;
export function resolveReportPack(
  model: DocModel,
  offer: PackOffer,
  chosenId: string | undefined,
  options: ResolveOptions = {},
): ResolvedPack {
  const chosen = offeredPack(offer, chosenId);
  if (chosen) return { pack: chosen, how: "chosen", reason: "chosen for this document" };
  const detection = detectPackAmong(model, offer.packs);
  if (detection)
    return {
      pack: detection.pack,
      how: "detected",
      reason: `detected: ${detection.reason}`,
      detection,
    };
  if (options.byChronology) {
    let best: { pack: Pack; score: number } | undefined;
    for (const pack of offer.packs) {
      const found = locateChronology(model, pack);
      if (found && (!best || found.score > best.score)) best = { pack, score: found.score };
    }
    if (best)
      return {
        pack: best.pack,
        how: "chronology",
        reason: "detected from the chronology table's column headings",
      };
  }
  if (options.orDefault)
    return { pack: defaultPack(offer), how: "default", reason: "the default template" };
  return { pack: undefined, how: "unknown", reason: UNKNOWN_PACK_REASON };
}
