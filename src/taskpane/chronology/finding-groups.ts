import { CHRONOLOGY_RULES } from "../../core/chronology/rules";
import type { Finding, Location } from "../../core/model/types";

/** How the panel heads each chronology rule's findings. */
export const RULE_LABELS: Readonly<Record<(typeof CHRONOLOGY_RULES)[number], string>> = {
  "chronology.columns": "Column headings",
  "chronology.date-format": "Dates not in the form dd/mm/yyyy",
  "chronology.time-format": "Times not in the form hh:mm",
  "chronology.order": "Entries out of date order",
  "chronology.out-of-period": "Outside the review period",
  "chronology.empty-cell": "Empty cells",
};

/** The repair that can fix a rule's findings, where there is one. */
export const RULE_REPAIRS: Readonly<Partial<Record<string, string>>> = {
  "chronology.columns": "Repair the column headings",
  "chronology.date-format": "Normalise dates",
  "chronology.time-format": "Normalise times",
  "chronology.order": "Sort by date and time",
};

export interface FindingGroup {
  rule: string;
  label: string;
  findings: Finding[];
}

/** Findings grouped by rule, in the rules' order; rules with no findings are left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const order = [
    ...CHRONOLOGY_RULES,
    ...[...byRule.keys()].filter((r) => !CHRONOLOGY_RULES.includes(r as never)),
  ];
  return order
    .filter((rule) => byRule.has(rule))
    .map((rule) => ({
      rule,
      label: RULE_LABELS[rule as keyof typeof RULE_LABELS] ?? rule,
      findings: byRule.get(rule)!,
    }));
}

/** A table-cell location: a finding "Go to" can select. */
export function cellLocation(
  location: Location | undefined,
): (Location & { row: number; column: number }) | undefined {
  return location && "row" in location ? location : undefined;
}
