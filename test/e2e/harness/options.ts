/**
 * Harness options travel in the page URL as `?host=<JSON>`: the options object passed to
 * installFakeOffice (requirement sets, initial paragraphs, ...), so scenarios can ask for any
 * starting state the fake host supports without changing the harness.
 */
export const HOST_OPTIONS_PARAM = "host";

export function hostOptionsFromSearch(search: string): Record<string, unknown> | undefined {
  const raw = new URLSearchParams(search).get(HOST_OPTIONS_PARAM);
  if (!raw) return undefined;
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`The "${HOST_OPTIONS_PARAM}" URL parameter must be a JSON object.`);
  }
  return parsed as Record<string, unknown>;
}

/** Office's theme as the pane sees it (Office.context.officeTheme), for theme scenarios. */
export const THEME_PARAM = "theme";
export type HarnessTheme = "light" | "dark";

export const OFFICE_THEMES: Record<HarnessTheme, Record<string, unknown>> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
    isDarkTheme: false,
    themeId: "White",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
    themeId: "Black",
  },
};

export function themeFromSearch(search: string): HarnessTheme | undefined {
  const t = new URLSearchParams(search).get(THEME_PARAM);
  return t === "light" || t === "dark" ? t : undefined;
}

export interface HarnessOptions {
  /** Options for installFakeOffice. */
  host?: Record<string, unknown>;
  /** Set Office.context.officeTheme to Office's light ("White") or dark ("Black") theme. */
  theme?: HarnessTheme;
}

export function harnessQuery(options: HarnessOptions = {}): string {
  const params = new URLSearchParams();
  if (options.host) params.set(HOST_OPTIONS_PARAM, JSON.stringify(options.host));
  if (options.theme) params.set(THEME_PARAM, options.theme);
  const q = params.toString();
  return q ? `?${q}` : "";
}
