/* eslint-disable @typescript-eslint/no-explicit-any -- the fake Office globals are untyped here */
/**
 * `npm run bench`: measures (never asserts) the budgets in DESIGN.md on a generated 60,000-word
 * report with a 600-row chronology. `npm run --silent bench -- --json` prints one JSON object.
 *
 *   fullCheckMs, recheckMs        core check engine (median of several runs)
 *   readSyncs, readMs             Word adapter reading that report from the fake Word host
 *   readDocxMs                    reading a 60,000-word .docx in Node
 *   cleanMs                       stripping its guidance into a clean copy in Node (budget 1 s)
 *   chronologySortMs, chronologyRepairMs   600-row chronology
 *   peakMemoryMb                  peak resident memory of this process while benchmarking
 */
import { benchChecks, generateLargeReport } from "./checks-bench";
import { benchChronology } from "./chronology-bench";
import { benchClean, makeBenchDocument } from "./clean-bench";
import { builtinPack } from "../src/core/packs/registry";
import type { DocModel } from "../src/core/model/types";
import { readDocx } from "../src/docx";
import { createOfficeGateway } from "../src/word/office-gateway";
import { installFakeOffice, uninstallFakeOffice } from "../test/fakes/word-host";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (n: number) => Math.round(n * 100) / 100;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

/** The large report as the fake host's starting body: headings, paragraphs, tables. */
function hostBlocks(model: DocModel): unknown[] {
  return model.blocks
    .filter((b) => b.part === undefined || b.part === "body")
    .map((b) =>
      b.kind === "table"
        ? { table: b.rows.map((r) => [...r]) }
        : b.headingLevel
          ? { text: b.text, style: `Heading${b.headingLevel}` }
          : b.text,
    );
}

async function benchRead(runs = 5): Promise<{ readSyncs: number; readMs: number }> {
  const pack = builtinPack("dhr");
  if (!pack) throw new Error("The DHR pack is missing.");
  const host = installFakeOffice(globalThis as any, {
    blocks: hostBlocks(generateLargeReport(pack)) as any,
  });
  try {
    const gateway = createOfficeGateway();
    const syncs: number[] = [];
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      host.syncCount = 0;
      const t0 = performance.now();
      await gateway.readDocument();
      ms.push(performance.now() - t0);
      syncs.push(host.syncCount);
    }
    return { readSyncs: Math.max(...syncs), readMs: round(median(ms)) };
  } finally {
    uninstallFakeOffice(globalThis as any);
  }
}

async function benchReadDocx(runs = 5): Promise<{ readDocxMs: number }> {
  const { bytes } = await makeBenchDocument();
  const ms: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    await readDocx(bytes);
    if (i > 0) ms.push(performance.now() - t0);
  }
  return { readDocxMs: round(median(ms)) };
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const checks = benchChecks();
  const chronology = benchChronology();
  const clean = await benchClean();
  const read = await benchRead();
  const docx = await benchReadDocx();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const result = {
    fullCheckMs: round(checks.fullCheckMs),
    recheckMs: round(checks.recheckMs),
    readSyncs: read.readSyncs,
    readMs: read.readMs,
    readDocxMs: docx.readDocxMs,
    cleanMs: round(clean.cleanMs),
    chronologySortMs: round(chronology.chronologySortMs),
    chronologyRepairMs: round(chronology.chronologyRepairMs),
    peakMemoryMb: round(peakRss / (1024 * 1024)),
    words: checks.words,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const budgets: Record<string, string> = {
    fullCheckMs: "<= 250",
    recheckMs: "<= 10",
    readSyncs: "<= 2",
    cleanMs: "<= 1000",
  };
  process.stdout.write(`Benchmarks on a generated report of ${result.words} words (medians):\n`);
  for (const [key, value] of Object.entries(result)) {
    if (key === "words") continue;
    const budget = budgets[key] ? `  (budget ${budgets[key]})` : "";
    process.stdout.write(`  ${key.padEnd(20)} ${String(value).padStart(9)}${budget}\n`);
  }
}

main().catch((e: unknown) => {
  clearInterval(sampler);
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
