import type { Finding, Severity } from "../model/types";
import type { Pack } from "../packs/schema";
import { SECTION_LABELS } from "./types";

/** Findings grouped for the task pane and the command line. */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  total: number;
}

export interface SectionSummary {
  section: string;
  counts: SeverityCounts;
  /** The section's findings, errors first, then in document order. */
  findings: Finding[];
}

export interface FindingsSummary {
  counts: SeverityCounts;
  /** Sections with findings: document-level labels first, then the pack's order, then the rest. */
  sections: SectionSummary[];
  /** Counts per rule id, most frequent first. */
  rules: { rule: string; count: number }[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, total: 0 };
}

function count(c: SeverityCounts, s: Severity): void {
  c[s]++;
  c.total++;
}

export function summariseFindings(findings: readonly Finding[], pack?: Pack): FindingsSummary {
  const counts = emptyCounts();
  const bySection = new Map<string, SectionSummary>();
  const byRule = new Map<string, number>();
  findings.forEach((f) => {
    count(counts, f.severity);
    const name = f.section ?? SECTION_LABELS.document;
    let s = bySection.get(name);
    if (!s) bySection.set(name, (s = { section: name, counts: emptyCounts(), findings: [] }));
    count(s.counts, f.severity);
    s.findings.push(f);
    byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  });
  const order = new Map<string, number>();
  [SECTION_LABELS.document, SECTION_LABELS.headerFooter, SECTION_LABELS.cover].forEach((l, i) =>
    order.set(l, i),
  );
  pack?.sections.forEach((s, i) => {
    if (!order.has(s.title)) order.set(s.title, 10 + i);
  });
  const sections = [...bySection.values()];
  const position = new Map(findings.map((f, i) => [f, i]));
  for (const s of sections)
    s.findings.sort(
      (a, b) => RANK[a.severity] - RANK[b.severity] || position.get(a)! - position.get(b)!,
    );
  const firstSeen = new Map(sections.map((s) => [s.section, position.get(s.findings[0]) ?? 0]));
  sections.sort(
    (a, b) =>
      (order.get(a.section) ?? 1000) - (order.get(b.section) ?? 1000) ||
      firstSeen.get(a.section)! - firstSeen.get(b.section)!,
  );
  const rules = [...byRule.entries()]
    .map(([rule, n]) => ({ rule, count: n }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
  return { counts, sections, rules };
}

/** "2 errors, 5 warnings, 1 note" (nothing: "No problems found"). */
export function describeCounts(c: SeverityCounts): string {
  if (c.total === 0) return "No problems found";
  const parts: string[] = [];
  if (c.error) parts.push(`${c.error} ${c.error === 1 ? "error" : "errors"}`);
  if (c.warning) parts.push(`${c.warning} ${c.warning === 1 ? "warning" : "warnings"}`);
  if (c.info) parts.push(`${c.info} ${c.info === 1 ? "note" : "notes"}`);
  return parts.join(", ");
}
