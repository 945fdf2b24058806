/**
 * First script of harness-pane.html: installs the fake Word host (window.Office, window.Word) in
 * the pane's own window, before the pane's bundle runs, with the options from the URL.
 */
import { installFakeOffice } from "../../fakes/word-host";
import { REOPEN_STORAGE_KEY } from "../../fakes/word-host/reopen";
import { hostOptionsFromSearch, OFFICE_THEMES, themeFromSearch } from "./options";
import type { HarnessWindow } from "./types";

// The pane runs under its Content-Security-Policy (pane.html): report every violation as an
// error, so a scenario fails on it (Chromium does not always log one).
document.addEventListener("securitypolicyviolation", (e) =>
  console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline code"}`),
);

const win = window as unknown as HarnessWindow;
try {
  // A saved document to reopen (reopen.ts) wins over keeping the one the pane had.
  const reopening = !!window.sessionStorage.getItem(REOPEN_STORAGE_KEY);
  win.imrHost = installFakeOffice(window, hostOptionsFromSearch(window.location.search) as never);
  // After ScenarioContext.reloadPane() the document stays, as it does when Word reloads an add-in:
  // the new host takes over the document (text, custom XML parts, comments) of the one before.
  const previous = window.parent !== window ? (window.parent as unknown as HarnessWindow) : null;
  if (previous?.imrHost && !reopening) win.imrHost.doc = previous.imrHost.doc;
  const theme = themeFromSearch(window.location.search);
  if (theme)
    (
      window as unknown as { Office: { context: Record<string, unknown> } }
    ).Office.context.officeTheme = OFFICE_THEMES[theme];
} catch (err) {
  win.imrHostError = `The fake Word host could not start: ${err instanceof Error ? err.message : String(err)}`;
}
