import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Finds a Chromium-family browser for playwright-core (which cannot download its own here):
 * CHROME_PATH, then an installed Edge/Chrome/Chromium, then a Chromium shipped in an npm package.
 */

const LINUX = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/opt/microsoft/msedge/msedge",
  "/usr/bin/microsoft-edge",
  "/snap/bin/chromium",
];
const MAC = [
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  join(homedir(), "Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
];
function windowsPaths(): string[] {
  const roots = [
    process.env["PROGRAMFILES"],
    process.env["PROGRAMFILES(X86)"],
    process.env["LOCALAPPDATA"],
  ].filter((r): r is string => Boolean(r));
  return roots.flatMap((r) => [
    join(r, "Microsoft", "Edge", "Application", "msedge.exe"),
    join(r, "Google", "Chrome", "Application", "chrome.exe"),
    join(r, "Chromium", "Application", "chrome.exe"),
  ]);
}

export function installedBrowserPaths(platform = process.platform): string[] {
  if (platform === "darwin") return MAC;
  if (platform === "win32") return windowsPaths();
  return LINUX;
}

export const HOW_TO_INSTALL = [
  "No Chromium-family browser was found for the end-to-end tests. Either:",
  "  - install one: Debian/Ubuntu `apt-get install chromium`, Fedora `dnf install chromium`,",
  "    macOS/Windows: install Google Chrome or Microsoft Edge; or",
  "  - point CHROME_PATH at a Chrome, Edge or Chromium executable: CHROME_PATH=/path/to/chrome npm run test:e2e; or",
  "  - on Linux, add a Chromium shipped as an npm package: npm install --no-save @sparticuz/chromium",
].join("\n");

/** Where the browser is and where it was found, or undefined. */
export async function findBrowser(): Promise<{ path: string; source: string } | undefined> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH is set to "${fromEnv}", which does not exist.`);
    return { path: fromEnv, source: "CHROME_PATH" };
  }
  for (const p of installedBrowserPaths()) {
    if (existsSync(p)) return { path: p, source: "installed" };
  }
  if (process.platform === "linux") {
    try {
      const require = createRequire(join(process.cwd(), "package.json"));
      // Optional: only present if someone installed it.
      const mod = require("@sparticuz/chromium") as {
        default?: { executablePath(): Promise<string> };
        executablePath?: () => Promise<string>;
      };
      const chromium = mod.default ?? mod;
      if (chromium.executablePath)
        return { path: await chromium.executablePath(), source: "@sparticuz/chromium" };
    } catch {
      // not installed
    }
  }
  return undefined;
}

/** Chromium flags: quiet (no background network) and, as root on Linux, without the sandbox. */
export function browserArgs(): string[] {
  const args = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
  ];
  const root =
    process.platform === "linux" && typeof process.getuid === "function" && process.getuid() === 0;
  if (root) args.unshift("--no-sandbox", "--disable-gpu");
  return args;
}
