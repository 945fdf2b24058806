#!/usr/bin/env node
/**
 * npm start: make sure the Office developer certificates exist and are trusted, start the dev
 * server (https://localhost:3000, webpack serve) and say how to load the add-in into Word.
 *
 *   npm start                      server in this terminal; Ctrl+C (or `npm stop`) stops it
 *   npm start -- --background      server in the background, output in dev-server.log; `npm stop`
 *
 * Microsoft's office-addin-debugging (which sideloads automatically) isn't bundled here: its
 * dependencies can't be installed from this project's registry. The instructions printed below do
 * the same by hand.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, openSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import https from "node:https";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const PID_FILE = join(ROOT, "node_modules", ".cache", "imr-assistant", "dev-server.pid");
const URL = "https://localhost:3000/taskpane.html";
const background = process.argv.includes("--background");

async function ensureCertificates() {
  try {
    const devCerts = require("office-addin-dev-certs");
    await devCerts.ensureCertificatesAreInstalled();
    console.log("Office developer certificates: ready.");
  } catch (err) {
    const reason = err && err.message ? err.message.split("\n")[0] : String(err);
    console.warn(
      [
        "Could not install the Office developer certificates automatically:",
        `  ${reason}`,
        "The server still starts, but Word only loads the add-in once it trusts the certificate.",
        "Run `npx office-addin-dev-certs install` (it may ask for an administrator password);",
        "on Linux, import ~/.office-addin-dev-certs/ca.crt into your browser's trusted authorities.",
        "",
      ].join("\n"),
    );
  }
}

function alreadyRunning() {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

function waitForServer(timeoutMs = 180_000) {
  const started = Date.now();
  return new Promise((resolve) => {
    const attempt = () => {
      const req = https.get(URL, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve(true);
        else retry();
      });
      req.on("error", retry);
      req.on("timeout", () => req.destroy());
    };
    const retry = () => {
      if (Date.now() - started > timeoutMs) resolve(false);
      else setTimeout(attempt, 1000);
    };
    attempt();
  });
}

/** The add-in's Id from manifest.xml (the registry value name Word's developer sideloading uses). */
function manifestId(manifest) {
  try {
    return (
      /<Id>\s*([0-9a-f-]{36})\s*<\/Id>/i.exec(readFileSync(manifest, "utf8"))?.[1] ?? "IMRAssistant"
    );
  } catch {
    return "IMRAssistant";
  }
}

export function sideloadInstructions(manifest = join(ROOT, "manifest.xml")) {
  const id = manifestId(manifest);
  return `
IMR Assistant is being served at https://localhost:3000/ (manifest: ${manifest})

Load it into Word (sideload) once:

  Word on the web
    Open a document at https://www.office.com, then Insert > Add-ins (on some tenants Home > Add-ins)
    > More Add-ins > My Add-ins > Upload My Add-in, and choose manifest.xml.

  Word on Windows
    Either register the manifest for your account and restart Word:
      reg add "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer" /v ${id} /t REG_SZ /d "${manifest}" /f
    or share the project folder, add its \\\\computer\\share path under File > Options > Trust Center >
    Trust Center Settings > Trusted Add-in Catalogs (tick "Show in Menu"), restart Word, then
    Insert > My Add-ins > Shared Folder > IMR Assistant.

  Word on Mac
    mkdir -p ~/Library/Containers/com.microsoft.Word/Data/Documents/wef
    cp "${manifest}" ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/
    Restart Word, then Insert > Add-ins > My Add-ins and choose IMR Assistant.

Then select IMR Assistant on the Home tab. (Microsoft's office-addin-debugging, which does this
automatically, isn't bundled with this project.) Stop the server with Ctrl+C or \`npm stop\`.
`;
}

async function main() {
  const running = alreadyRunning();
  if (running) {
    console.log(
      `The dev server is already running (process ${running}). Stop it with \`npm stop\`.`,
    );
    console.log(sideloadInstructions());
    return;
  }
  await ensureCertificates();

  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const args = [webpackCli, "serve", "--mode", "development"];
  let stdio = "inherit";
  if (background) {
    const log = openSync(join(ROOT, "dev-server.log"), "a");
    stdio = ["ignore", log, log];
  }
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio, detached: background });
  mkdirSync(dirname(PID_FILE), { recursive: true });
  writeFileSync(PID_FILE, String(child.pid));

  const ready = await waitForServer();
  if (!ready) {
    console.error("The dev server did not answer at https://localhost:3000 within 3 minutes.");
    console.error(
      background ? "See dev-server.log for the reason." : "See the output above for the reason.",
    );
  } else {
    console.log(sideloadInstructions());
  }

  if (background) {
    child.unref();
    console.log("Running in the background; output goes to dev-server.log.");
    return;
  }
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => {
    try {
      if (readFileSync(PID_FILE, "utf8").trim() === String(child.pid)) writeFileSync(PID_FILE, "");
    } catch {
      // already gone
    }
    process.exit(code ?? 0);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err && err.message ? err.message : err);
    process.exit(1);
  });
}
