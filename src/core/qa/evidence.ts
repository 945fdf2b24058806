import { findOccurrences } from "../anonymise/match";
import type { Register } from "../anonymise/register";
import { locateChronology } from "../chronology/locate";
import { readRows } from "../chronology/rows";
import { isParagraph, type Block, type DocModel, type Finding } from "../model/types";
import type { Pack, QaCriterion } from "../packs/schema";
import { authorTextOf, dataRows, locateSection, locateTable } from "./locate";
import { QA_DATE_LABELS, ukDateToDays, type QaDates } from "./schema";

/**
 * Evidence for the QA form: plain-language facts, from the checks and from the document, shown
 * beside each criterion they bear on (a criterion names its evidence keys in the pack). The
 * evidence informs the QA manager's answer; it never answers for them.
 */

export type EvidenceKey =
  | "chronology"
  | "recommendations"
  | "sections"
  | "language"
  | "acronyms"
  | "anonymisation"
  | "diversity"
  | "terms-of-reference"
  | "timescale";

export const EVIDENCE_KEYS: readonly EvidenceKey[] = [
  "chronology",
  "recommendations",
  "sections",
  "language",
  "acronyms",
  "anonymisation",
  "diversity",
  "terms-of-reference",
  "timescale",
];

export interface EvidenceItem {
  /** ok: supports a Yes; concern: something the QA manager should look at; info: a neutral fact. */
  kind: "ok" | "concern" | "info";
  text: string;
}

export interface EvidenceOptions {
  /** The period the terms of reference set, dd/mm/yyyy (as given to the chronology checks). */
  reviewPeriod?: { start: string; end: string };
  /** The dates recorded in the QA state (for "timescale"). */
  dates?: QaDates;
  /** The people register, to count register names still in the text (for "anonymisation"). */
  register?: Register;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function ofRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Up to `max` distinct texts, quoted, with "and N more". */
function examples(texts: readonly string[], max = 3): string {
  const distinct = [...new Set(texts.map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean))];
  const shown = distinct.slice(0, max).map((t) => `“${t.length > 60 ? `${t.slice(0, 59)}…` : t}”`);
  const more = distinct.length > max ? ` and ${distinct.length - max} more` : "";
  return shown.join(", ") + more;
}

function chronologyEvidence(
  model: DocModel,
  pack: Pack,
  findings: readonly Finding[],
  options: EvidenceOptions,
): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const table = locateChronology(model, pack);
  let entries = 0;
  if (!table) {
    out.push({
      kind: "concern",
      text: "No chronology table with the template's columns was found in the report.",
    });
  } else {
    entries = readRows(table).filter((r) => r.kind === "entry").length;
    out.push(
      entries > 0
        ? { kind: "info", text: `The chronology has ${plural(entries, "entry", "entries")}.` }
        : { kind: "concern", text: "The chronology table has no entries." },
    );
  }
  const period = options.reviewPeriod;
  const outside = ofRule(findings, "chronology.out-of-period");
  if (period) out.push({ kind: "info", text: `Review period: ${period.start} to ${period.end}.` });
  if (outside.length > 0) {
    out.push({
      kind: "concern",
      text: `${plural(outside.length, "entry falls", "entries fall")} outside the review period.`,
    });
  } else if (period && entries > 0) {
    out.push({ kind: "ok", text: "Every dated entry falls within the review period." });
  } else if (!period) {
    out.push({
      kind: "info",
      text: "No review period was given, so the entries' dates were not checked against it.",
    });
  }
  const dates = ofRule(findings, "chronology.date-format");
  if (dates.length > 0) {
    out.push({
      kind: "concern",
      text: `${plural(dates.length, "date is", "dates are")} not written in the agreed format (e.g. ${examples(
        dates.map((f) => f.text),
        2,
      )}).`,
    });
  } else if (entries > 0) {
    out.push({ kind: "ok", text: "Every date is written in the agreed format." });
  }
  const order = ofRule(findings, "chronology.order");
  if (order.length > 0)
    out.push({
      kind: "concern",
      text: `${plural(order.length, "entry is", "entries are")} out of date order.`,
    });
  const empty = ofRule(findings, "chronology.empty-cell");
  if (empty.length > 0)
    out.push({
      kind: "concern",
      text: `${plural(empty.length, "required cell is", "required cells are")} empty.`,
    });
  return out;
}

function sectionOf(pack: Pack, test: RegExp): Pack["sections"][number] | undefined {
  return pack.sections.find((s) => test.test(s.id) || test.test(s.title));
}

function recommendationsEvidence(
  model: DocModel,
  pack: Pack,
  findings: readonly Finding[],
): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  let count: number | undefined;
  let where = "";
  if (pack.actionPlan) {
    const located = locateTable(model, pack.actionPlan);
    if (located) {
      const col = pack.actionPlan.columns.find(
        (c) => /recommendation/i.test(c.id) || /recommendation/i.test(c.header),
      );
      const idx = col ? located.columns[col.id] : undefined;
      count = dataRows(located).filter((r) =>
        idx === undefined ? true : (r.cells[idx] ?? "").trim() !== "",
      ).length;
      where = "in the action plan";
    }
  }
  if (count === undefined) {
    const section = sectionOf(pack, /recommendation/i);
    const located = section ? locateSection(model, section) : undefined;
    if (located) {
      count = authorTextOf(located.blocks).length;
      where = `under “${section!.title}”`;
    }
  }
  if (count === undefined)
    out.push({ kind: "concern", text: "No recommendations section or action plan was found." });
  else if (count === 0)
    out.push({ kind: "concern", text: `No recommendations are written ${where}.` });
  else
    out.push({
      kind: "info",
      text: `${plural(count, "recommendation is", "recommendations are")} written ${where}.`,
    });
  const smart = ofRule(findings, "recommendations.smart");
  if (smart.length > 0) {
    out.push({
      kind: "concern",
      text: `${plural(smart.length, "recommendation may not be", "recommendations may not be")} SMART (specific, measurable, achievable, realistic, timely): ${examples(
        smart.map((f) => f.text),
        2,
      )}.`,
    });
  } else if (count) {
    out.push({
      kind: "ok",
      text: "The checks found no recommendation that falls short of the SMART criteria.",
    });
  }
  return out;
}

function sectionsEvidence(findings: readonly Finding[]): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const missing = ofRule(findings, "structure.missing-section");
  const empty = ofRule(findings, "structure.empty-section");
  const placeholders = ofRule(findings, "structure.placeholder");
  const guidance = ofRule(findings, "guidance.remaining");
  if (missing.length > 0)
    out.push({
      kind: "concern",
      text: `Missing ${missing.length === 1 ? "section" : "sections"}: ${examples(
        missing.map((f) => f.text),
        6,
      )}.`,
    });
  if (empty.length > 0)
    out.push({
      kind: "concern",
      text: `Left empty: ${examples(
        empty.map((f) => f.text),
        6,
      )}.`,
    });
  if (missing.length === 0 && empty.length === 0)
    out.push({ kind: "ok", text: "The checks found no missing or empty sections." });
  if (placeholders.length > 0)
    out.push({
      kind: "concern",
      text: `${plural(placeholders.length, "template prompt is", "template prompts are")} still in the text.`,
    });
  if (guidance.length > 0)
    out.push({
      kind: "info",
      text: `${plural(guidance.length, "guidance note remains", "guidance notes remain")} (removed in the clean copy).`,
    });
  return out;
}

function languageEvidence(findings: readonly Finding[]): EvidenceItem[] {
  const judgemental = ofRule(findings, "language.judgemental");
  const out: EvidenceItem[] = [
    judgemental.length > 0
      ? {
          kind: "concern",
          text: `${plural(judgemental.length, "phrase may read", "phrases may read")} as judgemental or victim-blaming: ${examples(judgemental.map((f) => f.text))}.`,
        }
      : { kind: "ok", text: "The checks found no judgemental or victim-blaming phrases." },
  ];
  const long = ofRule(findings, "language.long-sentence");
  if (long.length > 0)
    out.push({
      kind: "info",
      text: `${plural(long.length, "sentence is", "sentences are")} long enough to be hard to follow.`,
    });
  return out;
}

function acronymEvidence(findings: readonly Finding[]): EvidenceItem[] {
  const undefinedOnes = ofRule(findings, "language.acronym-undefined");
  if (undefinedOnes.length === 0)
    return [{ kind: "ok", text: "Every acronym the checks found is defined or in the glossary." }];
  const distinct = [...new Set(undefinedOnes.map((f) => f.text.trim()))];
  return [
    {
      kind: "concern",
      text: `${plural(distinct.length, "acronym is", "acronyms are")} not defined: ${examples(distinct, 8)}.`,
    },
  ];
}

function anonymisationEvidence(
  model: DocModel,
  findings: readonly Finding[],
  options: EvidenceOptions,
): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  const names = ofRule(findings, "anonymisation.full-name");
  const distinct = [...new Set(names.map((f) => f.text.trim()))];
  out.push(
    distinct.length > 0
      ? {
          kind: "concern",
          text: `${plural(distinct.length, "name that looks like a real person's is", "names that look like real people's are")} still in the text: ${examples(distinct, 5)}.`,
        }
      : { kind: "ok", text: "The checks found no full names left in the text." },
  );
  if (options.register) {
    const left = findOccurrences(model, options.register);
    const people = new Set(left.flatMap((o) => o.candidates)).size;
    out.push(
      left.length > 0
        ? {
            kind: "concern",
            text: `${plural(left.length, "name", "names")} from the people register (${plural(people, "person", "people")}) ${left.length === 1 ? "is" : "are"} still in the text.`,
          }
        : {
            kind: "ok",
            text: `No name from the people register (${plural(options.register.people.length, "person", "people")}) is left in the text.`,
          },
    );
  }
  return out;
}

/** Protected characteristics (Equality Act 2010) and related identity needs, with the words that show each is addressed. */
export const DIVERSITY_TERMS: readonly { label: string; pattern: RegExp; protected: boolean }[] = [
  {
    label: "age",
    pattern: /\b(age|aged|ages|years? old|elderly|older (?:person|people|adult)s?|younger)\b/i,
    protected: true,
  },
  {
    label: "disability",
    pattern:
      /\b(disab\w*|impairment\w*|learning difficult\w*|deaf\w*|blind\w*|wheelchair|neurodiver\w*|autis\w*)\b/i,
    protected: true,
  },
  {
    label: "gender reassignment",
    pattern:
      /\b(gender reassignment|transgender|trans (?:woman|man|person|people)|gender identity|non-binary)\b/i,
    protected: true,
  },
  {
    label: "marriage and civil partnership",
    pattern: /\b(marri\w*|civil partner\w*|spouse|husband|wife)\b/i,
    protected: true,
  },
  {
    label: "pregnancy and maternity",
    pattern:
      /\b(pregnan\w*|maternity|antenatal|ante-natal|postnatal|post-natal|gave birth|new-?born)\b/i,
    protected: true,
  },
  { label: "race", pattern: /\b(race|racial\w*|racis\w*)\b/i, protected: true },
  {
    label: "religion or belief",
    pattern: /\b(religio\w*|faith|beliefs?|church|mosque|synagogue|temple|gurdwara)\b/i,
    protected: true,
  },
  { label: "sex", pattern: /\b(sex|gender|male|female)\b/i, protected: true },
  {
    label: "sexual orientation",
    pattern:
      /\b(sexual orientation|sexuality|gay|lesbian|bisexual|heterosexual|homosexual|same-sex|LGBT\w*)\b/i,
    protected: true,
  },
  { label: "ethnicity", pattern: /\b(ethnic\w*)\b/i, protected: false },
  { label: "culture", pattern: /\b(cultur\w*)\b/i, protected: false },
  {
    label: "language",
    pattern:
      /\b(first language|(?:spoke|speaks|speak) (?:little |no )?english|english as an? (?:second|additional) language|language (?:barriers?|needs?|support))\b/i,
    protected: false,
  },
  {
    label: "interpreter",
    pattern: /\b(interpreters?|translat(?:or|ors|ion|ed))\b/i,
    protected: false,
  },
];

function diversityEvidence(model: DocModel, pack: Pack): EvidenceItem[] {
  const sections = pack.sections.filter((s) => /analysis/i.test(s.id) || /analysis/i.test(s.title));
  let blocks: Block[] = [];
  const found: string[] = [];
  for (const s of sections) {
    const located = locateSection(model, s);
    if (located) {
      blocks = blocks.concat(located.blocks);
      found.push(s.title);
    }
  }
  let scope: string;
  if (found.length > 0) scope = `The analysis (“${found.join("”, “")}”)`;
  else {
    blocks = model.blocks.filter(
      (b) => (b.part ?? "body") === "body" && !(isParagraph(b) && b.headingLevel !== undefined),
    );
    scope = "The report (no analysis section was found, so the whole report was read)";
  }
  const text = authorTextOf(blocks).join("\n");
  const mentioned = DIVERSITY_TERMS.filter((t) => t.pattern.test(text));
  const missing = DIVERSITY_TERMS.filter((t) => t.protected && !mentioned.includes(t));
  const out: EvidenceItem[] = [];
  if (mentioned.length === 0) {
    out.push({
      kind: "concern",
      text: `${scope} does not mention any protected characteristic (Equality Act 2010) or ethnicity, culture, language or the use of an interpreter.`,
    });
    return out;
  }
  out.push({
    kind: "info",
    text: `${scope} mentions: ${mentioned.map((t) => t.label).join(", ")}.`,
  });
  if (missing.length > 0) {
    out.push({
      kind: "concern",
      text: `Protected characteristics (Equality Act 2010) not mentioned: ${missing.map((t) => t.label).join(", ")}. Check whether each was considered, or say why it does not apply.`,
    });
  } else {
    out.push({
      kind: "ok",
      text: "Every protected characteristic in the Equality Act 2010 is mentioned.",
    });
  }
  return out;
}

function termsOfReferenceEvidence(model: DocModel, pack: Pack): EvidenceItem[] {
  const section = sectionOf(pack, /terms.of.reference/i);
  if (!section) return [{ kind: "info", text: "This template has no Terms of Reference section." }];
  const located = locateSection(model, section);
  if (!located) return [{ kind: "concern", text: `The “${section.title}” section was not found.` }];
  const paragraphs = authorTextOf(located.blocks).filter(
    (t) => !section.placeholders.some((p) => t.includes(p)),
  );
  const words = paragraphs.join(" ").split(/\s+/).filter(Boolean).length;
  if (words === 0)
    return [
      {
        kind: "concern",
        text: `The “${section.title}” section has no content of the author's own.`,
      },
    ];
  return [
    {
      kind: "ok",
      text: `The “${section.title}” section has content (${plural(paragraphs.length, "paragraph", "paragraphs")}, ${plural(words, "word", "words")}).`,
    },
  ];
}

function timescaleEvidence(options: EvidenceOptions): EvidenceItem[] {
  const dates = options.dates ?? {};
  const out: EvidenceItem[] = [];
  const recorded = (Object.keys(QA_DATE_LABELS) as (keyof QaDates)[]).filter((k) => dates[k]);
  for (const k of recorded) out.push({ kind: "info", text: `${QA_DATE_LABELS[k]}: ${dates[k]}.` });
  const needed: (keyof QaDates)[] = ["imrRequested", "imrCompleted", "qaCompleted"];
  const missing = needed
    .filter((k) => !dates[k])
    .map((k) => QA_DATE_LABELS[k].replace(/^Date /, "date "));
  if (recorded.length === 0) {
    return [
      {
        kind: "concern",
        text: `No dates are recorded yet (the NCVPP checklist asks for the ${missing.join("; ")}).`,
      },
    ];
  }
  if (missing.length > 0)
    out.push({ kind: "concern", text: `Not recorded: ${missing.join("; ")}.` });
  const requested = dates.imrRequested ? ukDateToDays(dates.imrRequested) : undefined;
  const completed = dates.imrCompleted
    ? ukDateToDays(dates.imrCompleted)
    : dates.firstSubmission
      ? ukDateToDays(dates.firstSubmission)
      : undefined;
  if (requested !== undefined && completed !== undefined) {
    const days = completed - requested;
    if (days < 0)
      out.push({
        kind: "concern",
        text: "The IMR is recorded as completed before it was requested: check the dates.",
      });
    else
      out.push({
        kind: "info",
        text: `The IMR took ${plural(days, "day", "days")} from request to ${dates.imrCompleted ? "completion" : "first submission"} (about ${plural(Math.round(days / 7), "week", "weeks")}).`,
      });
  }
  const order: (keyof QaDates)[] = ["firstSubmission", "revision", "finalSubmission"];
  for (let i = 1; i < order.length; i++) {
    const a = dates[order[i - 1]];
    const b = dates[order[i]];
    if (a && b && (ukDateToDays(b) ?? 0) < (ukDateToDays(a) ?? 0)) {
      out.push({
        kind: "concern",
        text: `${QA_DATE_LABELS[order[i]]} (${b}) is before ${QA_DATE_LABELS[order[i - 1]].toLowerCase()} (${a}).`,
      });
    }
  }
  return out;
}

/**
 * Evidence for every key, from the document, the pack and the check engine's findings. A key's
 * items are in the order a QA manager reads them: facts, then concerns and what is fine.
 */
export function qaEvidence(
  model: DocModel,
  pack: Pack,
  findings: readonly Finding[],
  options: EvidenceOptions = {},
): Record<EvidenceKey, EvidenceItem[]> {
  return {
    chronology: chronologyEvidence(model, pack, findings, options),
    recommendations: recommendationsEvidence(model, pack, findings),
    sections: sectionsEvidence(findings),
    language: languageEvidence(findings),
    acronyms: acronymEvidence(findings),
    anonymisation: anonymisationEvidence(model, findings, options),
    diversity: diversityEvidence(model, pack),
    "terms-of-reference": termsOfReferenceEvidence(model, pack),
    timescale: timescaleEvidence(options),
  };
}

/** The evidence to show beside one criterion: its keys' items, key by key. */
export function evidenceFor(
  criterion: Pick<QaCriterion, "evidence">,
  evidence: Partial<Record<string, EvidenceItem[]>>,
): { key: string; items: EvidenceItem[] }[] {
  return criterion.evidence.map((key) => ({ key, items: evidence[key] ?? [] }));
}
