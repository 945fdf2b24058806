import "./config/strict-csp";
import { createRoot, type Root } from "react-dom/client";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createOfficeGateway } from "../word/office-gateway";
import { App } from "./App";
import { themeNameFor, type OfficeThemeHint, type ThemeName } from "./theme";

/**
 * The pane's entry point, and the only pane file that touches the Office global: it waits for
 * Office, creates the Word gateway and picks the theme. Everything else gets these as props.
 */

function officeTheme(): OfficeThemeHint | undefined {
  try {
    const t = Office.context?.officeTheme;
    return t
      ? { isDarkTheme: t.isDarkTheme, bodyBackgroundColor: t.bodyBackgroundColor }
      : undefined;
  } catch {
    return undefined;
  }
}

function systemPrefersDark(): boolean {
  return (
    typeof window.matchMedia === "function" &&
    window.matchMedia("(prefers-color-scheme: dark)").matches
  );
}

function currentThemeName(): ThemeName {
  return themeNameFor(officeTheme(), systemPrefersDark());
}

function showMessage(container: HTMLElement, text: string): void {
  container.innerHTML = "";
  const p = document.createElement("p");
  p.className = "imr-loading";
  p.setAttribute("role", "alert");
  p.textContent = text;
  container.appendChild(p);
}

const OUTSIDE_WORD =
  "IMR Assistant runs inside Word. Open a document in Word and select IMR Assistant on the Home tab.";
const NO_OFFICE_JS =
  "Word's add-in library (office.js) didn't load, so IMR Assistant can't start. If your network blocks " +
  "appsforoffice.microsoft.com, ask your IT team to allow it, or to deploy IMR Assistant built with " +
  "its own copy of office.js.";

function start(container: HTMLElement): void {
  const gateway = createOfficeGateway();
  const root: Root = createRoot(container);
  let shown: ThemeName | undefined;
  const render = () => {
    const name = currentThemeName();
    if (name === shown) return;
    shown = name;
    root.render(<App gateway={gateway} theme={name === "dark" ? webDarkTheme : webLightTheme} />);
  };
  render();
  // Word raises no theme-changed event in task panes (OfficeThemeChanged is Outlook only), so
  // look again whenever the pane comes back into view or focus, and follow the system setting.
  window.addEventListener("focus", render);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") render();
  });
  window.matchMedia?.("(prefers-color-scheme: dark)").addEventListener?.("change", render);
}

const container = document.getElementById("container");
if (container) {
  if (typeof Office === "undefined") {
    showMessage(container, NO_OFFICE_JS);
  } else {
    void Office.onReady((info) => {
      const word = Office.HostType?.Word ?? "Word";
      if ((info.host && info.host !== word) || (!info.host && typeof Word === "undefined")) {
        showMessage(container, OUTSIDE_WORD);
        return;
      }
      start(container);
    });
  }
}
