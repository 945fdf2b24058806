/**
 * First script of harness-pane.html: installs the fake Word host (window.Office, window.Word) in
 * the pane's own window, before the pane's bundle runs, with the options from the URL.
 */
import { installFakeOffice } from "../../fakes/word-host";
import { hostOptionsFromSearch, OFFICE_THEMES, themeFromSearch } from "./options";
import type { HarnessWindow } from "./types";

const win = window as unknown as HarnessWindow;
try {
  win.imrHost = installFakeOffice(window, hostOptionsFromSearch(window.location.search) as never);
  const theme = themeFromSearch(window.location.search);
  if (theme)
    (
      window as unknown as { Office: { context: Record<string, unknown> } }
    ).Office.context.officeTheme = OFFICE_THEMES[theme];
} catch (err) {
  win.imrHostError = `The fake Word host could not start: ${err instanceof Error ? err.message : String(err)}`;
}
