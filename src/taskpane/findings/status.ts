import { findingKey } from "../../core/checks/engine";
import { describeCounts, type SeverityCounts } from "../../core/checks/summary";
import type { Finding, Severity } from "../../core/model/types";
import type { Pack } from "../../core/packs/schema";

/** Words for the findings list, kept apart from the components so they can be tested. */

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "Error",
  warning: "Warning",
  info: "Note",
};

/** "just now", "1 minute ago", "5 minutes ago", "2 hours ago". */
export function checkedAgo(checkedAt: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - checkedAt) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} ${minutes === 1 ? "minute" : "minutes"} ago`;
  const hours = Math.floor(minutes / 60);
  return `${hours} ${hours === 1 ? "hour" : "hours"} ago`;
}

/** The counts half of the status line: "3 errors, 5 warnings" or "no problems found". */
export function countsText(counts: SeverityCounts): string {
  return counts.total === 0 ? "no problems found" : describeCounts(counts);
}

/** What a check covers, for the empty state ("Checked: …"). */
export function whatWasChecked(pack: Pack): string {
  const parts = [
    `the ${pack.sections.length} sections of the ${pack.title} template (none missing or empty, no prompts left in)`,
    "the protective marking",
    "judgemental language",
    "acronyms spelt out at first use",
    "real names",
    "sentence length",
    "recommendations",
    "the chronology's columns, dates and order",
  ];
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * Stable React keys for findings: the ignore key plus where each is (and a count where two are
 * the same), so an item keeps its place, and the author's keyboard focus, when the list is
 * redrawn after a re-check or another item goes.
 */
export function findingIds(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const loc = f.location;
    const where = !loc
      ? "doc"
      : "start" in loc
        ? `${loc.blockId}:${loc.start}`
        : "row" in loc
          ? `${loc.blockId}:${loc.row}.${loc.column}`
          : loc.blockId;
    const base = `${findingKey(f)}@${where}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  });
}

/** Short names of the rules, for the line above each finding. */
const RULE_NAMES: Readonly<Record<string, string>> = {
  "structure.missing-section": "Missing section",
  "structure.empty-section": "Empty section",
  "structure.placeholder": "Template prompt left in",
  "structure.glossary-missing": "Glossary",
  "marking.missing": "Protective marking",
  "guidance.remaining": "Guidance left in",
  "language.judgemental": "Judgemental language",
  "language.acronym-undefined": "Acronym not spelt out",
  "language.long-sentence": "Long sentence",
  "anonymisation.full-name": "Real name",
  "recommendations.smart": "Recommendation not SMART",
  "chronology.columns": "Chronology columns",
  "chronology.date-format": "Chronology date",
  "chronology.time-format": "Chronology time",
  "chronology.order": "Chronology order",
  "chronology.out-of-period": "Outside the review period",
  "chronology.empty-cell": "Chronology gap",
};

export function ruleName(rule: string): string {
  return RULE_NAMES[rule] ?? rule;
}

/**
 * The suggestions a Fix may put in the text: the first (always a replacement for a fixable
 * finding) and any others that read as a phrase rather than advice (short, no closing full stop, no
 * "X" standing for words the author must supply).
 */
export function replacementChoices(f: Finding): string[] {
  if (!f.fixable) return [];
  return (f.suggestions ?? []).filter(
    (s, i) =>
      i === 0 ||
      (!/[.;:!?]$/.test(s.trim()) && !/\bX\b/.test(s) && s.trim().split(/\s+/).length <= 8),
  );
}

/** The text a finding is about, shortened to fit the pane. */
export function shortText(text: string, max = 120): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}
