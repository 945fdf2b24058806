/**
 * The end-to-end harness page (top window): the fake Word document on the left, the task pane on
 * the right in a 350-pixel iframe, as Word shows it. The pane page (harness-pane.html) installs the
 * fake host in its own window before the pane's bundle runs (pane-host.ts); this page shows the
 * host's document, refreshed whenever it changes, and exposes the host as `window.imrHost`.
 */
import type { HarnessWindow } from "./types";

const HARNESS = window as unknown as HarnessWindow;
const doc = document.getElementById("document") as HTMLElement;
const pane = document.getElementById("pane") as HTMLIFrameElement;

let shownHtml = "";
let watching = false;

/** Show the host's document if it changed since last time. Returns true if it did. */
function refresh(): boolean {
  const host = HARNESS.imrHost;
  if (!host) return false;
  const html = host.renderHtml();
  if (html === shownHtml) return false;
  shownHtml = html;
  doc.innerHTML = html;
  return true;
}

HARNESS.imrRefresh = refresh;

pane.addEventListener("load", () => {
  const paneWindow = pane.contentWindow as unknown as HarnessWindow | null;
  const host = paneWindow?.imrHost;
  if (!host) {
    doc.textContent = paneWindow?.imrHostError ?? "The fake Word host did not start in the pane.";
    return;
  }
  HARNESS.imrHost = host;
  refresh();
  // Word shows changes as they happen; the harness looks for them a few times a second (once
  // started, the same timer serves the pane after a reload).
  if (!watching) window.setInterval(refresh, 100);
  watching = true;
  HARNESS.imrReady = true;
});

pane.src = `harness-pane.html${window.location.search}`;
