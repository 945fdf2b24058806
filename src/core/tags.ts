/**
 * Content-control tags and document markers the add-in writes, so that later features (checks,
 * clean copy, QA) find what it inserted reliably. These strings are a file format: never change
 * one once released; add new ones instead. Documented in README.md ("Tags in the document").
 */

/** Every tag the add-in writes starts with this. */
export const TAG_PREFIX = "imr:";

/** A guidance note: `imr:guidance:<packId>:<noteId>`. Red italic; removed before submission. */
export function guidanceTag(packId: string, noteId: string): string {
  return `${TAG_PREFIX}guidance:${packId}:${noteId}`;
}

export function isGuidanceTag(tag: string | undefined | null): boolean {
  return !!tag && tag.startsWith(`${TAG_PREFIX}guidance:`);
}

/** Parse a guidance tag back into its pack and note ids. */
export function parseGuidanceTag(tag: string): { packId: string; noteId: string } | undefined {
  const m = /^imr:guidance:([a-z0-9-]+):([a-z0-9-]+)$/.exec(tag);
  return m ? { packId: m[1], noteId: m[2] } : undefined;
}

/** The title Word shows on a guidance content control. */
export const GUIDANCE_TITLE = "Guidance note";

/** Guidance colour: pure red, as the seed templates use. */
export const GUIDANCE_COLOUR = "FF0000";

/** Custom XML namespace recording which pack a document was made from. */
export const DOCUMENT_NAMESPACE = "urn:imr-assistant:document:v1";
