import type { Pack } from "../core/packs/schema";

/**
 * How the pane names a pack and its review type. DHRs are being renamed Domestic Abuse Related
 * Death Reviews (DARDRs); authors know both names, so the pane shows both.
 */

const REVIEW_TYPE_LABELS: Readonly<Record<Pack["reviewType"], string>> = {
  DHR: "DHR (also called DARDR)",
  DARDR: "DARDR (formerly DHR)",
  CSPR: "CSPR",
  SAR: "SAR",
  SCR: "SCR",
  SUSR: "SUSR",
};

export function reviewTypeLabel(type: Pack["reviewType"]): string {
  return REVIEW_TYPE_LABELS[type] ?? type;
}

/**
 * The option text in the template list: the pack's title, with its review type added when the
 * title doesn't name it. Kept short: a 350-pixel pane shows about 45 characters.
 */
export function packOptionLabel(pack: Pick<Pack, "title" | "reviewType">): string {
  return new RegExp(`\\b${pack.reviewType}\\b`).test(pack.title)
    ? pack.title
    : `${pack.title} (${pack.reviewType})`;
}

/** The text under the list: review type (both names where there are two), then the description. */
export function packHint(pack: Pick<Pack, "reviewType" | "description">): string {
  return `Review type: ${reviewTypeLabel(pack.reviewType)}. ${pack.description}`;
}

/** Headings the template inserts (one per section and sub-section). */
export function sectionCount(pack: Pick<Pack, "sections">): number {
  return pack.sections.length;
}
