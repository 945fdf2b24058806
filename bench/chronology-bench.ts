/**
 * Chronology benchmark: a generated 600-row DHR chronology, shuffled, with dates and times in
 * mixed forms and the columns renamed and reordered. Reports medians of several runs:
 * - chronologySortMs: sortRows (read, order, plan) on the whole table
 * - chronologyRepairMs: normaliseDates + normaliseTimes + repairHeader, one after another
 * - chronologyCheckMs: chronologyFindings on the same document
 */
import {
  normaliseDates,
  normaliseTimes,
  repairHeader,
  sortRows,
} from "../src/core/chronology/repair";
import { chronologyFindings } from "../src/core/chronology/rules";
import type { DocModel } from "../src/core/model/types";
import { builtinPack } from "../src/core/packs/registry";

const ROWS = 600;
const RUNS = 15;
const WARM_UPS = 3;

/** A small deterministic pseudo-random generator, so every run measures the same table. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function chronologyBenchDocument(rows = ROWS): DocModel {
  const random = lcg(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const body: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const year = 2010 + Math.floor(random() * 3);
    const hour = Math.floor(random() * 24);
    const dd = String(day).padStart(2, "0");
    const mm = String(month).padStart(2, "0");
    const date = pick([
      `${dd}/${mm}/${year}`,
      `${dd}/${mm}/${year}`,
      `${day}/${month}/${String(year).slice(2)}`,
      `${year}-${mm}-${dd}`,
      "Spring 2011",
    ]);
    const time = pick([
      `${String(hour).padStart(2, "0")}:00`,
      `${hour}00`.padStart(4, "0"),
      "",
      "morning",
    ]);
    // Columns as an agency's own template might have them: Time first, renamed, an extra column.
    body.push([
      time,
      date,
      "Case record",
      `Professional ${i % 17}`,
      "Victim",
      `Entry ${i}: contact recorded, actions taken and decisions made.`,
      "",
      "x",
    ]);
  }
  const header = [
    "Time",
    "Date of contact",
    "Source of Information",
    "Name of professional",
    "Contact with",
    "Event description",
    "Comments",
    "Notes",
  ];
  return {
    blocks: [
      { kind: "paragraph", id: "h", text: "Comprehensive Agency Chronology", headingLevel: 1 },
      { kind: "table", id: "chron", rows: [header, ...body] },
    ],
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function time(f: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UPS; i++) f();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    f();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 100) / 100;
}

export function benchChronology(): {
  chronologySortMs: number;
  chronologyRepairMs: number;
  chronologyCheckMs: number;
} {
  const pack = builtinPack("dhr");
  if (!pack) throw new Error("The built-in DHR pack is missing.");
  const model = chronologyBenchDocument();
  const ok = (r: { ok: boolean }) => {
    if (!r.ok) throw new Error("A chronology repair refused the benchmark table.");
  };
  return {
    chronologySortMs: time(() => ok(sortRows(model, pack))),
    chronologyRepairMs: time(() => {
      ok(normaliseDates(model, pack));
      ok(normaliseTimes(model, pack));
      ok(repairHeader(model, pack));
    }),
    chronologyCheckMs: time(() => void chronologyFindings(model, pack)),
  };
}
