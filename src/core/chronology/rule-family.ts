/**
 * The chronology rules as a check-engine rule family (see ../checks/engine.ts).
 *
 * Document-scoped: the order and column rules look at the whole table, and the review period
 * comes from another table. It stays cheap on recheck through ctx.memo: locating the chronology
 * and reading labelled fields are cached per table, and the findings per chronology table (and
 * review period), so an edit elsewhere costs a walk over cached facts.
 * The engine fills in each finding's section from the pack's sections.
 */
import type { CheckContext, RuleFamily } from "../checks/types";
import type { Finding, TableBlock } from "../model/types";
import { isTable } from "../model/types";
import { dateOf, formatDate } from "./dates";
import { bestLabelled, labelledValueIn, REVIEW_PERIOD_LABELS, reviewPeriodFrom } from "./details";
import { locateInTable, type ChronologyTable } from "./locate";
import { CHRONOLOGY_RULES, checkChronologyTable, type ChronologyOptions } from "./rules";

function locate(ctx: CheckContext): ChronologyTable | undefined {
  let best: ChronologyTable | undefined;
  for (const block of ctx.model.blocks) {
    if (!isTable(block) || (block.part !== undefined && block.part !== "body")) continue;
    const found = ctx.memo("chronology.locate", block, (b) =>
      locateInTable(b as TableBlock, ctx.pack.chronology),
    );
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

function period(ctx: CheckContext, options: ChronologyOptions) {
  const given = options.reviewPeriod ?? ctx.options.reviewPeriod;
  if (given) {
    const start = dateOf(given.start);
    const end = dateOf(given.end);
    return start && end && start.key <= end.key ? { start, end } : undefined;
  }
  const values = ctx.model.blocks
    .filter(isTable)
    .map((t) =>
      ctx.memo("chronology.review-period-field", t, (b) =>
        labelledValueIn(b as TableBlock, REVIEW_PERIOD_LABELS),
      ),
    );
  return reviewPeriodFrom(bestLabelled(values));
}

/** The chronology family; `options.reviewPeriod` overrides the period the document states. */
export function chronologyFamily(options: ChronologyOptions = {}): RuleFamily {
  return {
    id: "chronology",
    rules: CHRONOLOGY_RULES,
    blockScoped: false,
    run(ctx: CheckContext): Finding[] {
      const table = locate(ctx);
      if (!table) return [];
      const p = period(ctx, options);
      const key = `chronology.findings:${p ? `${formatDate(p.start)}-${formatDate(p.end)}` : "-"}`;
      const findings = ctx.memo(key, table.block, () => checkChronologyTable(table, p));
      return findings.filter((f) => ctx.isEnabled(f.rule));
    },
  };
}

/** The chronology family with the review period taken from the document. */
export const CHRONOLOGY_FAMILY: RuleFamily = chronologyFamily();

/** The chronology rules with their default severities, in the form of BUILTIN_RULES (checks/families.ts). */
export const CHRONOLOGY_RULE_DESCRIPTIONS: readonly {
  rule: string;
  severity: string;
  description: string;
}[] = [
  {
    rule: "chronology.columns",
    severity: "error",
    description:
      "A chronology heading renamed, missing, extra or out of the template's order, or a table with merged cells.",
  },
  {
    rule: "chronology.date-format",
    severity: "error (info for a date marked uncertain with ?)",
    description: "A date not in the form dd/mm/yyyy.",
  },
  {
    rule: "chronology.time-format",
    severity: "warning",
    description: "A time not in the form hh:mm (24-hour clock).",
  },
  {
    rule: "chronology.order",
    severity: "warning",
    description: "An entry out of date and time order.",
  },
  {
    rule: "chronology.out-of-period",
    severity: "warning",
    description: "An entry dated outside the review period.",
  },
  {
    rule: "chronology.empty-cell",
    severity: "error",
    description: "An entry with no date, or an empty required cell.",
  },
];
