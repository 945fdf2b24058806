import type { Block, Finding, TableBlock } from "../model/types";
import { authorCells, authorText } from "../model/text";
import type { Pack, TableSpec } from "../packs/schema";
import { normaliseHeading } from "../sections/normalise";
import { locate, paragraphUnits } from "./text-units";
import type { CheckContext, RuleFamily } from "./types";

/**
 * recommendations.smart: recommendations that are not SMART.
 * In the action-plan table (found by a header row matching the pack's action-plan columns), each
 * row the author filled in is checked for: a lead officer; a valid date (dd/mm/yyyy, or a month
 * and year such as "March 2026"); actions that use more than weak verbs ("remind", "consider",
 * "raise awareness", "review" alone, "ensure staff are aware"); and evidence of outcome (the
 * Evidence and Outcome columns). The template's example row (guidance cells) and empty rows are
 * skipped. In a "Recommendations" section, numbered or bulleted recommendations written as prose
 * are checked for weak verbs only (their owner and date usually live in the action plan).
 */
export const SMART = "recommendations.smart";

const WEAK_VERB = /^(?:remind|consider|review|reinforc|highlight|encourag|re-?circulat)/;
const WEAK_PHRASE =
  /^(?:to\s+)?(?:raise|raising)\s+awareness|^awareness[- ]raising|^(?:to\s+)?ensure\s+(?:that\s+)?(?:all\s+)?(?:relevant\s+)?staff\s+(?:are|were|is|be)\s+(?:made\s+)?(?:aware|reminded)/;
const STRONG_VERB =
  /^(?:introduc|implement|develop|deliver|audit|establish|creat|produc|amend|revis|updat|publish|appoint|requir|embed|monitor|measur|chang|add|issu|writ|design|commission|set|train|rewrit|replac|agree|adopt|launch|install|provid|extend|integrat|mandat|incorporat|test|evaluat|redesign|restructur|recruit|fund|complet|build|roll|dip-?sampl|check|track|stop|end|remov|merg|replac|offer|hold|run|make|giv|allocat|assign|employ)/;
const NO_VALUE =
  /^(?:tbc|tba|to be (?:confirmed|agreed|decided|determined)|n\/?a|none|unknown|-+|\?+|x+)$/i;
const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_YEAR = new RegExp(`\\b(?:${MONTHS})\\.?,?\\s+(?:19|20)\\d\\d\\b`, "i");
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g;
const MONTH_NUMERIC = /(?<![\d/])(0?[1-9]|1[0-2])\/(?:19|20)\d\d\b/;
const RECOMMENDATION_LINE =
  /^\s*(?:recommendation\s*\d*\s*[:.)–-]|\d+(?:\.\d+)*[.)]\s|[-•*▪◦]\s|\(\w\)\s)/i;

/** True when the text holds a real dd/mm/yyyy date or a month and year. */
export function hasValidDate(text: string): boolean {
  if (MONTH_YEAR.test(text) || MONTH_NUMERIC.test(text)) return true;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1) continue;
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d <= days) return true;
  }
  return false;
}

/** The verbs that lead a clause: its first word, and the word after "will", "should" or "must". */
function leadVerbs(clause: string): string[] {
  const words = clause
    .toLowerCase()
    .replace(/^\s*(?:recommendation\s*\d*\s*[:.)–-]?\s*)?/, "")
    .replace(/^[\s\d.()•*▪◦–-]+/, "")
    .replace(/^to\s+/, "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return [];
  const out = [words[0]];
  if (words[1] === "and" && words[2]) out.push(words[2]);
  const k = words.findIndex((w) => /^(?:will|should|must|shall)$/.test(w));
  if (k >= 0 && k < 8) {
    let v = k + 1;
    if (words[v] === "be") v++;
    if (words[v]) out.push(words[v]);
    if (words[v + 1] === "and" && words[v + 2]) out.push(words[v + 2]);
  }
  return out;
}

/**
 * True when the text asks for nothing stronger than a reminder, a consideration, awareness or a
 * review: the verbs that lead its clauses include a weak one and no strong one. "Review and amend
 * the policy" is fine; "Remind staff to record concerns" is not.
 */
export function onlyWeakVerbs(text: string): boolean {
  let weak = false;
  for (const clause of text.split(/[.;\n]+|\s[•▪]\s/)) {
    if (
      WEAK_PHRASE.test(
        clause
          .trim()
          .toLowerCase()
          .replace(/^[\s\d.()•*▪◦–-]+/, ""),
      )
    )
      weak = true;
    for (const v of leadVerbs(clause)) {
      if (STRONG_VERB.test(v)) return false;
      if (WEAK_VERB.test(v)) weak = true;
    }
  }
  return weak;
}

interface Columns {
  number?: number;
  recommendation?: number;
  actions: number[];
  lead?: number;
  date?: number;
  evidence?: number;
  outcome?: number;
}

interface PlanTable {
  headerRow: number;
  columns: Columns;
  headers: string[];
}

function headerKeys(spec: TableSpec | undefined): Set<string> {
  const names = spec
    ? spec.columns.flatMap((c) => [c.header, ...c.aliases])
    : [
        "Recommendation",
        "Action",
        "Actions",
        "Key Actions",
        "Lead Officer",
        "Lead",
        "Target Date",
        "Date",
        "Evidence",
        "Outcome",
        "Key Outcomes",
      ];
  return new Set(names.map(normaliseHeading));
}

function assignColumns(headers: string[], spec: TableSpec | undefined): Columns {
  const cols: Columns = { actions: [] };
  const n = headers.map(normaliseHeading);
  const dateKinds = new Set(
    (spec?.columns ?? [])
      .filter((c) => c.kind === "date")
      .flatMap((c) => [c.header, ...c.aliases].map(normaliseHeading)),
  );
  n.forEach((h, i) => {
    if (
      cols.number === undefined &&
      /^(?:no|number|ref|ref no|rec no|recommendation no|recommendation number)$/.test(h)
    )
      cols.number = i;
    else if (
      cols.recommendation === undefined &&
      /\brecommendations?\b/.test(h) &&
      !/\bno\b|\bnumber\b/.test(h)
    )
      cols.recommendation = i;
    else if (cols.lead === undefined && /\b(?:lead|owner|responsib\w*|accountable)\b/.test(h))
      cols.lead = i;
    else if (
      cols.evidence === undefined &&
      /\b(?:evidence|measures?|measurable|monitor\w*)\b/.test(h)
    )
      cols.evidence = i;
    else if (cols.outcome === undefined && /\boutcomes?\b/.test(h) && !/\bdate\b/.test(h))
      cols.outcome = i;
    else if (
      cols.date === undefined &&
      (dateKinds.has(h) ||
        /\b(?:target|deadline|timescales?|by when)\b/.test(h) ||
        (/\bdates?\b/.test(h) && !/\bcomplet/.test(h)))
    )
      cols.date = i;
    else if (/\bactions?\b/.test(h)) cols.actions.push(i);
  });
  return cols;
}

function findPlanTable(
  t: TableBlock,
  keys: Set<string>,
  spec: TableSpec | undefined,
): PlanTable | undefined {
  for (let r = 0; r < Math.min(3, t.rows.length); r++) {
    const headers = t.rows[r];
    const hits = headers.filter((h) => keys.has(normaliseHeading(h))).length;
    if (hits >= Math.max(2, Math.ceil(Math.min(headers.length, keys.size) * 0.6))) {
      const columns = assignColumns(headers, spec);
      if (columns.recommendation !== undefined || columns.actions.length > 0)
        return { headerRow: r, columns, headers };
    }
  }
  return undefined;
}

function tableFindings(t: TableBlock, plan: PlanTable): Finding[] {
  const out: Finding[] = [];
  const cells = authorCells(t);
  const { columns: c, headers } = plan;
  for (let r = plan.headerRow + 1; r < cells.length; r++) {
    const row = cells[r];
    const filled = row.some((cell, i) => i !== c.number && cell.trim() !== "");
    if (!filled) continue;
    const get = (i: number | undefined) => (i === undefined ? "" : (row[i] ?? "").trim());
    const missing: string[] = [];
    const lead = get(c.lead);
    if (c.lead !== undefined && (lead === "" || NO_VALUE.test(lead)))
      missing.push(`no ${headerName(headers, c.lead, "lead officer")}`);
    const dateText = c.date !== undefined ? get(c.date) : row.join(" ");
    if (!hasValidDate(dateText))
      missing.push("no valid target date (dd/mm/yyyy, or a month and year)");
    const actionText = [get(c.recommendation), ...c.actions.map(get)].join(" ");
    if (actionText.trim() !== "" && onlyWeakVerbs(actionText))
      missing.push(
        "only weak verbs such as “remind”, “consider” or “review”: say what will change",
      );
    const emptyOutcome = [c.evidence, c.outcome].filter(
      (i) => i !== undefined && get(i) === "",
    ) as number[];
    if (emptyOutcome.length > 0)
      missing.push(
        `no ${emptyOutcome.map((i) => headerName(headers, i, "evidence")).join(" or ")}`,
      );
    if (missing.length === 0) continue;
    const at =
      [c.recommendation, ...c.actions, c.number].find((i) => i !== undefined && get(i) !== "") ??
      row.findIndex((x) => x.trim() !== "");
    const number = get(c.number);
    const which = number ? `Recommendation ${number}` : "This action-plan row";
    out.push({
      rule: SMART,
      severity: "warning",
      message: `${which} is not SMART yet: it has ${joinAnd(missing)}.`,
      text: (t.rows[r][at] ?? "").trim() === "" ? "" : t.rows[r][at],
      location: { blockId: t.id, row: r, column: at },
    });
  }
  return out;
}

function headerName(headers: string[], i: number, fallback: string): string {
  const h = (headers[i] ?? "").trim().replace(/[:.]$/, "");
  return h ? h.toLowerCase() : fallback;
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join("; ")}; and ${parts[parts.length - 1]}`;
}

function isRecommendationSection(title: string, aliases: readonly string[]): boolean {
  return [title, ...aliases].some((t) => /\brecommendations?\b/i.test(t));
}

export const recommendationsFamily: RuleFamily = {
  id: "recommendations",
  rules: [SMART],
  run(ctx: CheckContext): Finding[] {
    const pack: Pack = ctx.pack;
    const keys = ctx.shared("action-plan-keys", () => headerKeys(pack.actionPlan));
    const blocks = ctx.model.blocks;
    const out: Finding[] = [];
    for (const b of blocks) {
      if (b.kind !== "table") continue;
      out.push(
        ...ctx.memo("smart-table", b, (blk: Block) => {
          const t = blk as TableBlock;
          const plan = findPlanTable(t, keys, pack.actionPlan);
          return plan ? tableFindings(t, plan) : [];
        }),
      );
    }
    for (const m of ctx.sections.sections) {
      if (
        m.headingIndex === undefined ||
        !isRecommendationSection(m.section.title, m.section.aliases)
      )
        continue;
      for (let i = m.bodyStart; i < m.bodyEnd; i++) {
        const b = blocks[i];
        if (b.kind !== "paragraph" || b.headingLevel !== undefined) continue;
        const text = authorText(b);
        const listed = RECOMMENDATION_LINE.test(text) || /list/i.test(b.style ?? "");
        if (!listed || text.trim().split(/\s+/).length < 4 || !onlyWeakVerbs(text)) continue;
        const unit = paragraphUnits(b)[0];
        if (!unit) continue;
        const trimmed = unit.text.trim();
        const start = unit.text.indexOf(trimmed);
        out.push({
          rule: SMART,
          severity: "warning",
          message:
            "This recommendation uses only weak verbs such as “remind”, “consider” or “review”: say what will change, who will lead it, by when, and how the change will be shown.",
          text: trimmed,
          location: locate(unit, start, start + trimmed.length),
        });
      }
    }
    return out;
  },
};
