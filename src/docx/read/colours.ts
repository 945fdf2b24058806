/**
 * Font colours that count as "guidance red" in documents made from an agency's own template
 * (no content controls): Word's standard Red (FF0000) and Dark Red (C00000), LibreOffice's
 * Dark Red 2 (C9211E), Google Docs' dark red (CC0000) and near-reds older palettes produce.
 * Pinks and oranges are deliberately left out.
 */
export const DEFAULT_GUIDANCE_REDS: readonly string[] = [
  "FF0000",
  "C00000",
  "E60000",
  "EE0000",
  "DD0000",
  "CC0000",
  "C9211E",
  "FF3333",
];

/** A lookup built once per read: upper-case six-digit hex in, true for a guidance red. */
export function redMatcher(
  reds: readonly string[] = DEFAULT_GUIDANCE_REDS,
): (colour: string | undefined) => boolean {
  const set = new Set(reds.map((c) => c.replace(/^#/, "").toUpperCase()));
  return (colour) => colour !== undefined && set.has(colour);
}
