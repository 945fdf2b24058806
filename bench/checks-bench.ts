/**
 * Check-engine benchmark: a generated 60,000-word report (realistic paragraphs under every
 * section of the DHR pack, with some judgemental phrases, acronyms and names, and a 600-row
 * chronology). Reports medians of several runs:
 * - fullCheckMs: runChecks on the whole report (fresh state each run)
 * - recheckMs: recheck() after one paragraph changes
 * Budgets (DESIGN.md): full check <= 250 ms; recheck <= 10 ms.
 */
import { check, recheck, runChecks, type CheckResult } from "../src/core/checks/engine";
import type { Block, DocModel, ParagraphBlock } from "../src/core/model/types";
import type { Pack } from "../src/core/packs/schema";
import { builtinPack } from "../src/core/packs/registry";

const RUNS = 9;
const WARM_UPS = 2;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Sentences an IMR holds: mostly neutral, some with problems the checks should find. */
const SENTENCES = [
  "Officers attended the address within twenty minutes of the call and spoke to Adult A in a separate room.",
  "The risk assessment was completed at the scene and graded as medium risk.",
  "The records show that the referral was sent to the Multi-Agency Safeguarding Hub (MASH) on the same day.",
  "The MASH shared the referral with the health visitor and with children's social care.",
  "Adult A told the officer that Adult B had taken her phone and her bank card.",
  "The supervisor reviewed the case the next morning and agreed the safety plan.",
  "There is no record that the earlier report of strangulation was considered when the risk was graded.",
  "The practitioner followed the policy in force at the time, which did not require a home visit.",
  "The service offered three appointments by telephone and did not offer an appointment in person.",
  "Adult A failed to engage with the support offered by the outreach service.",
  "The relationship was described in the notes as volatile, and both parties were spoken to together.",
  "Mrs Smith, a neighbour, called the police after hearing shouting from the flat.",
  "The GP referred Adult A to the community mental health team in May 2020.",
  "The IDVA made contact within two working days, which met the standard set by the service.",
  "It was clear from the records that Adult B had been arrested twice for breaching bail conditions.",
  "The MARAC discussed the case in July 2020 and agreed actions for housing, health and the police.",
  "The alleged offence was not charged because Adult A did not want to make a statement at that time.",
  "Adult A was admitted to hospital with a broken wrist, and the ward staff made a safeguarding referral.",
  "She said that he had “snapped” when she asked him to leave.",
  "The author notes that practice at the time was consistent with the guidance issued in 2018.",
  "Training on coercive control had been delivered to response officers in the previous year.",
  "The CAMHS worker recorded that Child 1 appeared anxious and withdrawn at school.",
];

function paragraph(random: () => number, words: number): string {
  let text = "";
  let n = 0;
  while (n < words) {
    const s = SENTENCES[Math.floor(random() * SENTENCES.length)];
    text += (text ? " " : "") + s;
    n += s.split(/\s+/).length;
  }
  return text;
}

/**
 * A report of about `words` words under the pack's sections, with a chronology of
 * `chronologyRows` rows (its words count towards the total) and the marking in the header.
 */
export function generateLargeReport(pack: Pack, words = 60000, chronologyRows = 600): DocModel {
  const random = lcg(7);
  const blocks: Block[] = [];
  let id = 0;
  const next = () => `g${++id}`;
  blocks.push({
    kind: "paragraph",
    id: next(),
    text: pack.protectiveMarking.default,
    part: "header",
  });
  blocks.push({ kind: "paragraph", id: next(), text: pack.cover.title });
  blocks.push({
    kind: "table",
    id: next(),
    rows: pack.cover.fields.map((f) => [f.label, "Adult A"]),
  });

  const rows: string[][] = [pack.chronology.columns.map((c) => c.header)];
  let chronologyWords = 0;
  for (let r = 0; r < chronologyRows; r++) {
    const d = new Date(Date.UTC(2018, 0, 1) + r * 86400000);
    const date = `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
    const row = pack.chronology.columns.map((c) =>
      c.kind === "date"
        ? date
        : c.kind === "time"
          ? "10:30"
          : paragraph(random, 12).split(/(?<=\.)\s/)[0],
    );
    chronologyWords += row.join(" ").split(/\s+/).length;
    rows.push(row);
  }
  const proseWords = Math.max(0, words - chronologyWords);
  const perSection = Math.ceil(proseWords / pack.sections.length);
  for (const section of pack.sections) {
    blocks.push({
      kind: "paragraph",
      id: next(),
      text: section.title,
      headingLevel: section.level,
    });
    if (section.table === "chronology") blocks.push({ kind: "table", id: next(), rows });
    let written = 0;
    while (written < perSection) {
      const size = 60 + Math.floor(random() * 90);
      blocks.push({ kind: "paragraph", id: next(), text: paragraph(random, size) });
      written += size;
    }
  }
  return { blocks, packId: pack.id };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function words(model: DocModel): number {
  let n = 0;
  for (const b of model.blocks) {
    const text = b.kind === "paragraph" ? b.text : b.rows.map((r) => r.join(" ")).join(" ");
    n += text.split(/\s+/).filter(Boolean).length;
  }
  return n;
}

export function benchChecks(): {
  fullCheckMs: number;
  recheckMs: number;
  words: number;
  findings: number;
} {
  const pack = builtinPack("dhr");
  if (!pack) throw new Error("The DHR pack is missing");
  const model = generateLargeReport(pack);
  const full: number[] = [];
  let findings = 0;
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const t0 = performance.now();
    findings = runChecks(model, pack).length;
    const t1 = performance.now();
    if (i >= WARM_UPS) full.push(t1 - t0);
  }

  let result: CheckResult = check(model, pack);
  let current = model;
  const paragraphs = current.blocks.filter(
    (b): b is ParagraphBlock =>
      b.kind === "paragraph" && b.headingLevel === undefined && b.part === undefined,
  );
  const re: number[] = [];
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const target = paragraphs[(i * 37) % paragraphs.length];
    const edited: ParagraphBlock = {
      ...target,
      text: `${target.text} The officer failed to engage with the MARAC coordinator (edit ${i}).`,
    };
    current = { ...current, blocks: current.blocks.map((b) => (b.id === target.id ? edited : b)) };
    const t0 = performance.now();
    result = recheck(result, current, [target.id]);
    const t1 = performance.now();
    if (i >= WARM_UPS) re.push(t1 - t0);
  }
  return { fullCheckMs: median(full), recheckMs: median(re), words: words(model), findings };
}

const invokedDirectly = typeof require !== "undefined" && require.main === module;
if (invokedDirectly) {
  const r = benchChecks();
  console.log(
    `checks: ${r.words} words, ${r.findings} findings; full check ${r.fullCheckMs.toFixed(1)} ms (budget 250), recheck ${r.recheckMs.toFixed(2)} ms (budget 10)`,
  );
}
