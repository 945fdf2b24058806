/**
 * Which Fluent theme the pane uses, from what Office says about its own theme. Pure: index.tsx
 * reads Office.context.officeTheme and passes the values in.
 */

export type ThemeName = "light" | "dark";

/** The parts of Office.OfficeTheme the choice depends on (either may be missing on older Word). */
export interface OfficeThemeHint {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance (0 black .. 1 white) of a "#rrggbb" colour, or undefined if it isn't one. */
export function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeNameFor(
  hint: OfficeThemeHint | undefined,
  systemPrefersDark = false,
): ThemeName {
  if (typeof hint?.isDarkTheme === "boolean") return hint.isDarkTheme ? "dark" : "light";
  const l = hint?.bodyBackgroundColor ? luminance(hint.bodyBackgroundColor) : undefined;
  if (l !== undefined) return l < 0.2 ? "dark" : "light";
  return systemPrefersDark ? "dark" : "light";
}
