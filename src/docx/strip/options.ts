import type { Pack } from "../../core/packs/schema";
import { DEFAULT_GUIDANCE_REDS } from "../read/colours";

/**
 * What counts as guidance, and the switches callers can turn.
 *
 * Guidance "red" is an exact list of font colours (six-digit hex, upper case), because an author
 * may well use a red of their own for emphasis and we must not delete it:
 *
 * | colour | where it comes from |
 * | --- | --- |
 * | FF0000 | Word's standard colour "Red"; HTML/CSS `red`; the colour the seed templates use |
 * | C00000 | Word's standard colour "Dark Red" |
 * | E60000, EE0000, DD0000 | near-pure reds older templates and converters write for "red" |
 * | CC0000 | Google Docs' "dark red 1" (templates that went through Google Docs) |
 * | C9211E | LibreOffice's standard palette "Dark Red 2" |
 * | FF3333 | a light pure red some agency templates use for notes |
 *
 * The list lives in src/docx/read/colours.ts and is shared with the reader (the `guidance.remaining` check), so what the
 * check flags is what `imr clean` removes. A theme colour (w:themeColor) counts when it resolves,
 * through the document's theme with its tint or shade, to one of these. Other clearly red colours
 * (strong red channel, weak green and blue) are reported as ambiguous, never removed.
 */
export { DEFAULT_GUIDANCE_REDS };

export interface StripOptions {
  /** Font colours that count as guidance red (hex, "#" optional). Default DEFAULT_GUIDANCE_REDS. */
  reds?: readonly string[];
  /**
   * Treat red italic runs outside guidance content controls as guidance (documents made from an
   * agency's own Word template). Default true. When false only tagged controls are guidance.
   */
  redItalic?: boolean;
  /** Report (never remove) red-but-not-italic and italic-but-not-red text. Default true. */
  reportAmbiguous?: boolean;
  /**
   * The packs whose templates the document's guidance notes came from (e.g. the one named by its
   * document part: `documentPackId` in src/docx/privacy, then `builtinPack`). When given, the
   * report lists the tagged notes whose text differs from the template's (`editedNotes`), in full:
   * text an author typed inside a guidance box takes its red italic and goes with it.
   */
  packs?: readonly Pack[];
}

export interface ResolvedOptions {
  isListedRed: (hex: string | undefined) => boolean;
  redItalic: boolean;
  reportAmbiguous: boolean;
}

export function resolveOptions(options: StripOptions = {}): ResolvedOptions {
  const set = new Set(
    (options.reds ?? DEFAULT_GUIDANCE_REDS).map((c) => c.replace(/^#/, "").toUpperCase()),
  );
  return {
    isListedRed: (hex) => hex !== undefined && set.has(hex),
    redItalic: options.redItalic ?? true,
    reportAmbiguous: options.reportAmbiguous ?? true,
  };
}

/** A colour a reader would call red although it is not on the list (reported, not removed). */
export function looksRed(hex: string | undefined): boolean {
  if (!hex || !/^[0-9A-F]{6}$/.test(hex)) return false;
  const r = parseInt(hex.slice(0, 2), 16);
  const g = parseInt(hex.slice(2, 4), 16);
  const b = parseInt(hex.slice(4, 6), 16);
  return r >= 0x99 && g <= 0x66 && b <= 0x66 && r - Math.max(g, b) >= 0x60;
}
