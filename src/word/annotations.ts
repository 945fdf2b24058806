import type { Finding, Severity } from "../core/model/types";
import { mapBlocks, parseBlockId } from "./block-map";
import type { Capabilities } from "./gateway";

/**
 * In-document underlines for findings (WordApi 1.7: Paragraph.insertAnnotations with critiques).
 * An enhancement over the findings list, never the only way to see a finding: Word shows them only
 * in Microsoft 365, does not save them in the file, and they are refreshed whenever the findings
 * change. Where the running Word lacks WordApi 1.7 this does nothing.
 *
 * The mapping (findings -> per-paragraph critique ranges) is pure and unit-tested. The Office.js
 * calls below follow the API reference but have not been run in real Word: the fake host does not
 * model annotations.
 */

export type CritiqueColour = "Red" | "Blue" | "Lavender";

/** One underline: a range of a paragraph's text. */
export interface CritiqueRange {
  start: number;
  length: number;
  colorScheme: CritiqueColour;
  /** The text the finding is about, to check it is still there before underlining. */
  text: string;
  /** At most three (Word shows no more). */
  suggestions: string[];
  rule: string;
}

export interface ParagraphCritiques {
  blockId: string;
  critiques: CritiqueRange[];
}

/** Errors red (as spelling), warnings blue (as grammar), notes lavender. */
export const CRITIQUE_COLOURS: Readonly<Record<Severity, CritiqueColour>> = {
  error: "Red",
  warning: "Blue",
  info: "Lavender",
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings as critiques, grouped by body paragraph. Only findings located by a character range in
 * a body paragraph can be underlined (not missing sections, table cells, headers or footers).
 * Word cannot show overlapping critiques in one paragraph: where two overlap, the more severe
 * (then the earlier) is kept. Paragraphs come in document order, critiques by start.
 */
export function critiquesFor(findings: readonly Finding[]): ParagraphCritiques[] {
  const byBlock = new Map<string, { finding: Finding; start: number; end: number }[]>();
  for (const f of findings) {
    const loc = f.location;
    if (!loc || !("start" in loc) || loc.end <= loc.start) continue;
    if (parseBlockId(loc.blockId)?.part !== "body") continue;
    const list = byBlock.get(loc.blockId) ?? [];
    list.push({ finding: f, start: loc.start, end: loc.end });
    byBlock.set(loc.blockId, list);
  }
  const out: ParagraphCritiques[] = [];
  for (const [blockId, list] of byBlock) {
    const kept: typeof list = [];
    const bySeverity = [...list].sort(
      (a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.start - b.start,
    );
    for (const c of bySeverity)
      if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    kept.sort((a, b) => a.start - b.start);
    out.push({
      blockId,
      critiques: kept.map(({ finding, start, end }) => ({
        start,
        length: end - start,
        colorScheme: CRITIQUE_COLOURS[finding.severity],
        text: finding.text,
        suggestions: (finding.suggestions ?? []).slice(0, 3),
        rule: finding.rule,
      })),
    });
  }
  return out.sort(
    (a, b) => (parseBlockId(a.blockId)?.index ?? 0) - (parseBlockId(b.blockId)?.index ?? 0),
  );
}

/** Ids of the annotations this pane inserted last time, so they can be replaced. */
let shown: string[] = [];

/**
 * Replace the add-in's underlines with ones for `findings`, in one batch: one sync to read the
 * paragraphs, one to delete the old underlines and insert the new. A critique whose text is no
 * longer at its place is skipped. If an old underline has gone with its text (Word then refuses
 * the whole batch), the paragraphs' annotations are read instead and only the add-in's removed.
 * Resolves to the number of underlines shown (0 without WordApi 1.7).
 */
export async function showAnnotations(
  findings: readonly Finding[],
  caps: Capabilities,
): Promise<number> {
  if (!caps.annotations) return 0;
  const wanted = critiquesFor(findings);
  const previous = shown;
  shown = [];
  try {
    return await replace(wanted, previous, "by-id");
  } catch (err) {
    if (previous.length === 0) throw err;
    return replace(wanted, previous, "scan");
  }
}

async function replace(
  wanted: readonly ParagraphCritiques[],
  previous: readonly string[],
  removal: "by-id" | "scan",
): Promise<number> {
  return Word.run(async (context) => {
    const document = context.document;
    const paragraphs = document.body.paragraphs.load("items/text,items/tableNestingLevel");
    const tables = document.body.tables.load("items/nestingLevel");
    await context.sync();
    const map = mapBlocks(
      paragraphs.items.map((p) => ({ tableNestingLevel: p.tableNestingLevel })),
      tables.items.filter((t) => t.nestingLevel === 1).length,
    );
    if (removal === "by-id") {
      for (const id of previous) document.getAnnotationById(id).delete();
    } else {
      const ours = new Set(previous);
      const collections = paragraphs.items.map((p) => p.getAnnotations().load("items/id"));
      await context.sync();
      for (const c of collections) for (const a of c.items) if (ours.has(a.id)) a.delete();
    }
    const results: OfficeExtension.ClientResult<string[]>[] = [];
    let count = 0;
    const blocks = new Map(map.ok ? map.blocks.map((b) => [b.id, b]) : []);
    for (const p of wanted) {
      const block = blocks.get(p.blockId);
      if (block?.kind !== "paragraph") continue;
      const paragraph = paragraphs.items[block.paragraphIndex];
      const critiques = p.critiques.filter(
        (c) => paragraph.text.slice(c.start, c.start + c.length) === c.text,
      );
      if (critiques.length === 0) continue;
      count += critiques.length;
      results.push(
        paragraph.insertAnnotations({
          critiques: critiques.map((c) => ({
            start: c.start,
            length: c.length,
            colorScheme: c.colorScheme,
          })),
        }),
      );
    }
    await context.sync();
    shown = results.flatMap((r) => r.value);
    return count;
  });
}
