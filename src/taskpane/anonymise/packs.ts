import type { DocModel } from "../../core/model/types";
import { detectPack } from "../../core/packs/detect";
import { BUILTIN_PACKS, builtinPack } from "../../core/packs/registry";
import type { Pack } from "../../core/packs/schema";

/** The pack a read of the document is checked against, and whether the document said so. */
export interface ResolvedPack {
  pack: Pack;
  /** Why this pack, when the document showed it; undefined when it is the author's choice. */
  reason?: string;
}

/** The detected pack (recorded in the document, or from its headings), else the author's choice. */
export function resolvePack(model: DocModel, chosenId: string): ResolvedPack {
  const detected = detectPack(model);
  if (detected) return { pack: detected.pack, reason: detected.reason };
  return { pack: builtinPack(chosenId) ?? BUILTIN_PACKS[0] };
}
