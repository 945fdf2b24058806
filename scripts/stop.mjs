#!/usr/bin/env node
/**
 * npm stop: stops the dev server that `npm start` started (the process id in its pid file), and
 * nothing else.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PID_FILE = join(ROOT, "node_modules", ".cache", "imr-assistant", "dev-server.pid");

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const pid = existsSync(PID_FILE) ? Number(readFileSync(PID_FILE, "utf8").trim()) : NaN;
if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) {
  console.log("No dev server started by `npm start` is running.");
  rmSync(PID_FILE, { force: true });
  process.exit(0);
}

try {
  if (process.platform === "win32") {
    // The server's own process tree only (/T), by its id.
    execFileSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
  } else {
    process.kill(pid, "SIGTERM");
  }
  console.log(`Stopped the dev server (process ${pid}).`);
} catch (err) {
  console.error(`Could not stop process ${pid}: ${err && err.message ? err.message : err}`);
  process.exitCode = 1;
}
rmSync(PID_FILE, { force: true });
