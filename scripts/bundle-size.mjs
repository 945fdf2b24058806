#!/usr/bin/env node
/**
 * Measures the task pane's initial JavaScript: the scripts taskpane.html loads before the pane
 * shows (lazily loaded panels are listed separately), gzipped. The budget is 300 KB gzipped.
 *
 *   node scripts/bundle-size.mjs              production build into a temporary folder, then measure
 *   node scripts/bundle-size.mjs --dist DIR   measure an existing build
 *   add --check to exit 1 when over budget
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BUDGET_BYTES = 300 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function measure(dist) {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  // Minified HTML may leave attribute values unquoted.
  const initial = [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src) && !src.startsWith("office-js/"));
  const sizeOf = (file) => {
    const data = readFileSync(join(dist, file));
    return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  };
  const initialSizes = initial.map(sizeOf);
  const lazy = readdirSync(dist)
    .filter(
      (f) =>
        f.endsWith(".js") && !initial.includes(f) && !/^(commands|harness|panehost)[.-]/.test(f),
    )
    .map(sizeOf);
  const total = initialSizes.reduce((s, x) => s + x.gzip, 0);
  return { initial: initialSizes, lazy, total };
}

function main() {
  const args = process.argv.slice(2);
  const distArg = args.indexOf("--dist");
  let dist = distArg >= 0 ? args[distArg + 1] : undefined;
  let temp;
  if (!dist) {
    temp = mkdtempSync(join(tmpdir(), "imr-size-"));
    dist = temp;
    const cli = require.resolve("webpack-cli/bin/cli.js");
    const r = spawnSync(
      process.execPath,
      [cli, "--mode", "production", "--env", `outDir=${dist}`, "--no-stats"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, IMR_ADDIN_URL: "" },
      },
    );
    if (r.status !== 0) {
      console.error(r.stdout, r.stderr);
      process.exit(1);
    }
  }
  try {
    const { initial, lazy, total } = measure(dist);
    console.log("Task pane initial JavaScript (loaded by taskpane.html):");
    for (const s of initial)
      console.log(
        `  ${s.file.padEnd(32)} ${kb(s.raw).padStart(10)}  gzipped ${kb(s.gzip).padStart(9)}`,
      );
    console.log(
      `  ${"total".padEnd(32)} ${"".padStart(10)}  gzipped ${kb(total).padStart(9)}  (budget ${kb(BUDGET_BYTES)})`,
    );
    if (lazy.length > 0) {
      console.log("Loaded later (panels, on demand):");
      for (const s of lazy)
        console.log(
          `  ${s.file.padEnd(32)} ${kb(s.raw).padStart(10)}  gzipped ${kb(s.gzip).padStart(9)}`,
        );
    }
    if (args.includes("--check") && total > BUDGET_BYTES) {
      console.error(`Over budget by ${kb(total - BUDGET_BYTES)}.`);
      process.exitCode = 1;
    }
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
