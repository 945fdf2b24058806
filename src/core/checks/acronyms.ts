import type { Block, Finding, Location } from "../model/types";
import { parseWith } from "../validation";
import { ACRONYMS, DEFAULT_NO_EXPANSION } from "../language/acronyms";
import { AcronymEntrySchema, type AcronymEntry } from "../language/acronym-schema";
import { compilePattern } from "../language/pattern";
import { normaliseHeading } from "../sections/normalise";
import { FIRST_NAMES, TITLE_WORDS } from "../language/first-names";
import type { Pack } from "../packs/schema";
import { compilePhrases, type CompiledPhrases } from "./judgemental";
import { addressSpans, inHeaderOrFooter, locate, overlapsAny, textUnits } from "./text-units";
import { SECTION_LABELS, type CheckContext, type CheckOptions, type RuleFamily } from "./types";

/**
 * language.acronym-undefined: an acronym not spelt out at its first use, used before it is spelt
 * out, or spelt out two different ways. One finding per acronym, at its first use.
 * structure.glossary-missing: acronyms are used and no glossary lists them.
 *
 * What counts as an acronym: a word of two or more capitals (with "&": "A&E"), its plural
 * ("IDVAs"), or a dictionary entry written as the dictionary writes it ("DoLS", "S47").
 * What does not:
 *  - two-letter capitals not in the dictionary ("JB", "SW"): these are nearly always initials
 *    used to anonymise a person, as the template asks; likewise anything listed in a "Key to
 *    initials" table;
 *  - words with digits not in the dictionary ("GP1", "PC2", "M11"): pseudonym codes, postcodes;
 *  - Roman numerals made of I, V and X ("II", "IV", "XII");
 *  - a surname in capitals after a first name or a title ("Joe BLOGGS", "Mrs SMITH"), and a
 *    rank before a surname ("PC Smith"): the name rule reports them;
 *  - common English words written in capitals for emphasis ("NOT", "MUST", "NOTE");
 *  - the protective marking (current and obsolete words);
 *  - text in headings and in lines written wholly in capitals (titles such as "INDIVIDUAL
 *    MANAGEMENT REVIEW REPORT"); page headers and footers;
 *  - acronyms that need no expansion: UK, NHS, GP, plus IMR and the review's own name (the
 *    template's title spells them out), plus options.acronymsWithoutExpansion;
 *  - acronyms the judgemental-language catalogue already flags ("DNA", "LAC", "NEET", "BAME"):
 *    one finding is enough.
 * Spelt out: "Multi-Agency Risk Assessment Conference (MARAC)" (the words before the bracket
 * whose initials cover the letters) or "MARAC (Multi-Agency Risk Assessment Conference)".
 * An acronym listed in a glossary but not spelt out in the text is reported as info.
 */
export const ACRONYM_UNDEFINED = "language.acronym-undefined";
export const GLOSSARY_MISSING = "structure.glossary-missing";

const STOP_WORDS = new Set(
  (
    "NOT NO ALL ANY AND OR THE OF TO IN ON AT BY FOR IF IS IT BE AS AN HAS HAD HAVE NEVER NONE NOTE PLEASE " +
    "IMPORTANT BRIEF STRICTLY CONFIDENTIAL OFFICIAL SENSITIVE RESTRICTED SECRET PROTECT DRAFT FINAL YES MUST " +
    "ONLY WILL SHOULD WAS WERE ARE DO DID DOES SHE HE HER HIS HIM THEY THEM WE OUR YOU YOUR WITH FROM THIS " +
    "THAT WHAT WHEN WHERE WHY HOW WHO REPORT REVIEW NAME DATE SIGNED SIGNATURE ROLE AGENCY INDIVIDUAL " +
    "MANAGEMENT DOMESTIC HOMICIDE FOLLOWING APPENDIX SECTION PART TEMPLATE FORM QUALITY ASSURANCE CRITERIA " +
    "COMMENTS PARTIALLY OK URGENT WARNING CAUTION STOP HELP END NEW OLD TOTAL NIL NONE TRUE FALSE AM PM " +
    "MARKED PROTECTIVELY DISTRIBUTED REPRODUCED WITHOUT PERMISSION CHAIR PANEL CONTENTS GLOSSARY SUMMARY " +
    "ACTION PLAN RECOMMENDATIONS CHRONOLOGY INTRODUCTION METHODOLOGY ANALYSIS"
  ).split(" "),
);

const FIRST_NAME_SET = new Set(FIRST_NAMES);
const ROMAN = /^(?=[IVX]{2,}$)X{0,3}(IX|IV|V?I{0,3})$/;
const TOKEN = /(?<![\p{L}\p{N}&])[A-Z][\p{L}\p{N}&]*(?![\p{L}\p{N}&])/gu;
const ALL_CAPS = /^[A-Z][A-Z&]*[A-Z]$/;
const GLOSSARY_TITLE =
  /^(?:glossary|abbreviations|acronyms|glossary of (?:terms|abbreviations|acronyms)|(?:list of |key to )?(?:abbreviations|acronyms)(?: used)?|abbreviations and (?:acronyms|anonymisation|anonymization|terms)|acronyms and abbreviations|terms and abbreviations)$/;
const INITIALS_TITLE = /\binitials\b/i;

interface Occurrence {
  /** The acronym's base form ("IDVA" for "IDVAs"). */
  acr: string;
  /** As written. */
  written: string;
  location: Location;
  /** True where the text is inside a paragraph (a one-click fix can reach it). */
  inParagraph: boolean;
  /** Set where this occurrence spells the acronym out. */
  definition?: { expansion?: string };
}

interface BlockFacts {
  occurrences: Occurrence[];
  /** Glossary-style entries: a table row "ACR | expansion", or a line "ACR – expansion". */
  entries: string[];
  /** True for a table whose header names abbreviations/acronyms. */
  glossaryTable: boolean;
  /** Tokens listed in a key to initials. */
  initials: string[];
  /** This block is a heading or short line naming a glossary. */
  glossaryHeading: boolean;
  /** This block is a heading (ends a glossary region). */
  heading: boolean;
}

interface Dictionary {
  entries: Map<string, AcronymEntry>;
  exempt: Set<string>;
}

function dictionary(pack: Pack, options: CheckOptions, phrases: CompiledPhrases): Dictionary {
  const entries = new Map<string, AcronymEntry>();
  for (const e of ACRONYMS) entries.set(e.acronym, e);
  for (const input of options.extraAcronyms ?? []) {
    const parsed = parseWith(AcronymEntrySchema, input);
    if (parsed.ok) entries.set(parsed.value.acronym, parsed.value);
  }
  const dict = entries;
  const exempt = new Set<string>([
    ...DEFAULT_NO_EXPANSION,
    "IMR",
    pack.reviewType,
    ...(options.acronymsWithoutExpansion ?? []),
  ]);
  if (pack.reviewType === "DHR" || pack.reviewType === "DARDR") {
    exempt.add("DHR");
    exempt.add("DARDR");
  }
  // The template's own wording (cover labels such as "DOB:", column headers, titles) is not the author's.
  const templateTexts = [
    pack.cover.title,
    ...pack.cover.fields.flatMap((f) => [f.label, f.hint ?? ""]),
    ...pack.sections.flatMap((s) => [s.title, ...s.aliases]),
    ...[pack.chronology, pack.actionPlan, pack.professionals, pack.keyToInitials].flatMap((t) =>
      t ? [t.title, ...t.headerFields, ...t.columns.flatMap((c) => [c.header, ...c.aliases])] : [],
    ),
  ];
  for (const t of templateTexts)
    for (const m of t.matchAll(TOKEN)) if (!dict.has(m[0])) exempt.add(m[0]);
  const markingWords = [pack.protectiveMarking.default, ...pack.protectiveMarking.obsolete].flatMap(
    (m) => m.toUpperCase().split(/[^A-Z]+/),
  );
  for (const w of markingWords) if (w) exempt.add(w);
  // Single-word phrases of the judgemental catalogue that look like acronyms (DNA, LAC, NEET...).
  for (const e of phrases.entries) {
    for (const p of e.phrases) {
      for (const f of compilePattern(p))
        if (f.words.length === 1 && /^[a-z]{2,6}$/.test(f.words[0]))
          exempt.add(f.words[0].toUpperCase());
    }
  }
  return { entries, exempt };
}

/** Uppercase letters of an acronym: what its expansion's initials must cover. */
function letters(acr: string): string {
  return acr.replace(/[^A-Z]/g, "");
}

/** Initials of words ("Multi-Agency" gives M, A); "&" and "and"-like words contribute their letter too. */
function initials(words: string[]): string {
  let out = "";
  for (const w of words)
    for (const part of w.split(/[-‐‑/]/)) if (/^\p{L}/u.test(part)) out += part[0].toUpperCase();
  return out;
}

/** True when `need` is a subsequence of `have` starting at have[0]. */
function covers(have: string, need: string): boolean {
  if (!need || !have || have[0] !== need[0]) return false;
  let j = 0;
  for (let i = 0; i < have.length && j < need.length; i++) if (have[i] === need[j]) j++;
  return j === need.length;
}

/** The shortest run of words ending the text whose initials spell the acronym. */
function expansionBefore(textBefore: string, acr: string): string | undefined {
  const clause = textBefore.split(/[.;:!?()[\]]/).pop() ?? "";
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-16);
  const need = letters(acr);
  for (let k = 1; k <= words.length; k++) {
    const run = words.slice(-k);
    if (covers(initials(run), need)) return run.join(" ");
  }
  return undefined;
}

function expansionInside(inner: string, acr: string): string | undefined {
  const words = inner.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 && letters(acr).length > 1) return undefined;
  return covers(initials(words), letters(acr)) ? inner.trim() : undefined;
}

function classify(token: string, dict: Dictionary): { acr: string } | undefined {
  let t = token;
  while (t.endsWith("&")) t = t.slice(0, -1);
  if (t.length < 2) return undefined;
  if (dict.entries.has(t)) return { acr: t };
  if (t.endsWith("s") && dict.entries.has(t.slice(0, -1))) return { acr: t.slice(0, -1) };
  if (/\p{N}/u.test(t)) return undefined;
  const base = ALL_CAPS.test(t)
    ? t
    : t.endsWith("s") && ALL_CAPS.test(t.slice(0, -1))
      ? t.slice(0, -1)
      : undefined;
  if (!base) return undefined;
  if (!base.includes("&") && base.length === 2) return undefined; // initials
  if (STOP_WORDS.has(base) || ROMAN.test(base)) return undefined;
  return { acr: base };
}

function isShoutedLine(text: string): boolean {
  const t = text.trim();
  return /\s/.test(t) && !/\p{Ll}/u.test(t) && /\p{Lu}/u.test(t);
}

function blockFacts(block: Block, dict: Dictionary): BlockFacts {
  const facts: BlockFacts = {
    occurrences: [],
    entries: [],
    glossaryTable: false,
    initials: [],
    glossaryHeading: false,
    heading: false,
  };
  if (inHeaderOrFooter(block)) return facts;
  if (block.kind === "paragraph") {
    const t = block.text.trim();
    if (block.headingLevel !== undefined) facts.heading = true;
    if (t.length <= 80 && t.split(/\s+/).length <= 7) {
      const k = normaliseHeading(t);
      if (GLOSSARY_TITLE.test(k)) facts.glossaryHeading = true;
    }
    if (block.headingLevel !== undefined) return facts;
  } else {
    const header = block.rows[0] ?? [];
    if (header.some((c) => /\b(abbreviations?|acronyms?)\b/i.test(c))) facts.glossaryTable = true;
    const initialsTable = header.some((c) => INITIALS_TITLE.test(c));
    for (let r = 0; r < block.rows.length; r++) {
      const row = block.rows[r];
      const first = (row[0] ?? "").trim();
      if (/^[\p{L}\p{N}&]+$/u.test(first) && row.length >= 2 && (row[1] ?? "").trim() !== "") {
        const c = classify(first, dict);
        if (c) facts.entries.push(c.acr);
        // A key to initials lists people ("JB | Joe Bloggs"); a combined "abbreviations and
        // initials" table lists both: what the dictionary knows is an abbreviation.
        if (initialsTable && /^\p{Lu}/u.test(first) && !(c && dict.entries.has(c.acr)))
          facts.initials.push(first);
      }
    }
  }
  for (const unit of textUnits(block)) {
    const text = unit.text;
    if (isShoutedLine(text)) continue;
    if (block.kind === "paragraph") {
      const entry = /^\s*([A-Z][\p{L}\p{N}&]*)\s*(?:[-–—:=]|\t)\s*\S/u.exec(text);
      if (entry) {
        const c = classify(entry[1], dict);
        if (c) facts.entries.push(c.acr);
      }
    }
    const addresses = addressSpans(text);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const c = classify(m[0], dict);
      if (!c || (addresses.length > 0 && overlapsAny(addresses, m.index, m.index + m[0].length)))
        continue;
      // A surname in capitals after a first name or title ("Joe BLOGGS") is a name, not an acronym.
      const before = /(\p{Lu}[\p{L}'’-]*)\.? $/u.exec(
        text.slice(Math.max(0, m.index - 30), m.index),
      );
      if (
        before &&
        !dict.entries.has(c.acr) &&
        (TITLE_WORDS.has(before[1]) || FIRST_NAME_SET.has(before[1]))
      )
        continue;
      const written = m[0].replace(/&+$/, "");
      const start = m.index;
      const end = start + written.length;
      // A rank before a surname ("PC Smith") is part of a name: the name rule reports it.
      if (TITLE_WORDS.has(written) && /^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) continue;
      const occ: Occurrence = {
        acr: c.acr,
        written,
        location: locate(unit, start, end),
        inParagraph: !unit.cell,
      };
      if (text[start - 1] === "(" && text[end] === ")") {
        const before = text.slice(0, start - 1);
        if (/\p{L}/u.test(before)) occ.definition = { expansion: expansionBefore(before, c.acr) };
      } else {
        const after = /^\s*\(([^()]{3,160})\)/.exec(text.slice(end));
        if (after) {
          const expansion = expansionInside(after[1], c.acr);
          if (expansion) occ.definition = { expansion };
        }
      }
      facts.occurrences.push(occ);
    }
  }
  return facts;
}

function normExpansion(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\bthe\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function suggestionsFor(
  dict: Dictionary,
  occ: Occurrence,
): { suggestions?: string[]; fixable: boolean } {
  const entry = dict.entries.get(occ.acr);
  if (!entry) return { fixable: false };
  const plural = occ.written !== occ.acr;
  const expansions = [entry.expansion, ...entry.alternatives].map((e, i) =>
    plural ? (i === 0 && entry.plural ? entry.plural : `${e}s`) : e,
  );
  const suggestions = expansions.map((e) => `${e} (${occ.written})`);
  return { suggestions, fixable: occ.inParagraph && entry.alternatives.length === 0 };
}

export const acronymFamily: RuleFamily = {
  id: "acronyms",
  rules: [ACRONYM_UNDEFINED, GLOSSARY_MISSING],
  run(ctx: CheckContext): Finding[] {
    const phrases = ctx.shared("phrases", () => compilePhrases(ctx.options));
    const dict = ctx.shared("acronyms", () => dictionary(ctx.pack, ctx.options, phrases));
    const blocks = ctx.model.blocks;
    const facts = blocks.map((b) => ctx.memo("acronym-facts", b, (blk) => blockFacts(blk, dict)));

    // Glossary regions: pack sections named like a glossary, and lines naming one, up to the next heading.
    const inGlossary = new Array<boolean>(blocks.length).fill(false);
    let glossaryBlockId: string | undefined;
    for (const m of ctx.sections.sections) {
      const names = [m.section.title, ...m.section.aliases].map(normaliseHeading);
      if (
        m.headingIndex !== undefined &&
        names.some((n) => GLOSSARY_TITLE.test(n) || /\bglossary\b|\babbreviations\b/.test(n))
      ) {
        glossaryBlockId ??= m.headingBlockId;
        for (let i = m.headingIndex; i < m.bodyEnd; i++) inGlossary[i] = true;
      }
    }
    for (let i = 0; i < blocks.length; i++) {
      if (!facts[i].glossaryHeading) continue;
      glossaryBlockId ??= blocks[i].id;
      inGlossary[i] = true;
      for (let j = i + 1; j < blocks.length && !facts[j].heading && !facts[j].glossaryHeading; j++)
        inGlossary[j] = true;
    }
    const glossary = new Set<string>();
    const initials = new Set<string>();
    let hasGlossary = glossaryBlockId !== undefined;
    facts.forEach((f, i) => {
      for (const x of f.initials) initials.add(x);
      if (f.glossaryTable) {
        hasGlossary = true;
        glossaryBlockId ??= blocks[i].id;
      }
      if (inGlossary[i] || f.glossaryTable) for (const e of f.entries) glossary.add(e);
    });

    interface State {
      first: Occurrence;
      firstDefinition?: Occurrence;
      expansions: { occ: Occurrence; expansion: string }[];
    }
    const seen = new Map<string, State>();
    facts.forEach((f, i) => {
      if (inGlossary[i] || f.glossaryTable) return;
      for (const occ of f.occurrences) {
        if (dict.exempt.has(occ.acr) || dict.exempt.has(occ.written) || initials.has(occ.acr))
          continue;
        let s = seen.get(occ.acr);
        if (!s) seen.set(occ.acr, (s = { first: occ, expansions: [] }));
        if (occ.definition) {
          s.firstDefinition ??= occ;
          if (occ.definition.expansion)
            s.expansions.push({ occ, expansion: occ.definition.expansion });
        }
      }
    });

    const out: Finding[] = [];
    if (ctx.isEnabled(ACRONYM_UNDEFINED)) {
      for (const [acr, s] of seen) {
        const { first } = s;
        const known = dict.entries.get(acr);
        const fix = suggestionsFor(dict, first);
        const base = {
          rule: ACRONYM_UNDEFINED,
          text: first.written,
          location: first.location,
          ...(fix.suggestions ? { suggestions: fix.suggestions } : {}),
        };
        if (first !== s.firstDefinition) {
          if (s.firstDefinition) {
            out.push({
              ...base,
              severity: "warning",
              message: `“${first.written}” is used before it is spelt out: spell it out here, at its first use, so every reader knows what it means.`,
              fixable: fix.fixable,
            });
          } else if (glossary.has(acr)) {
            out.push({
              ...base,
              severity: "info",
              message: `“${first.written}” is in the glossary but not spelt out at its first use: readers of the published report need the full term here too.`,
              fixable: fix.fixable,
            });
          } else {
            out.push({
              ...base,
              severity: "warning",
              message: known
                ? `“${first.written}” is not spelt out: write the full term at its first use, e.g. “${fix.suggestions?.[0]}”.`
                : `“${first.written}” is not spelt out: write the full term at its first use and add it to the glossary.`,
              fixable: fix.fixable,
            });
          }
        }
        const distinct = new Map<string, { occ: Occurrence; expansion: string }>();
        for (const e of s.expansions)
          if (!distinct.has(normExpansion(e.expansion)))
            distinct.set(normExpansion(e.expansion), e);
        if (distinct.size > 1) {
          const [a, b] = [...distinct.values()];
          out.push({
            rule: ACRONYM_UNDEFINED,
            severity: "warning",
            message: `“${acr}” is spelt out two different ways (“${a.expansion}” and “${b.expansion}”): use one meaning throughout.`,
            text: b.occ.written,
            location: b.occ.location,
            fixable: false,
          });
        }
      }
    }

    if (ctx.isEnabled(GLOSSARY_MISSING) && seen.size > 0) {
      const used = [...seen.keys()];
      if (!hasGlossary) {
        out.push({
          rule: GLOSSARY_MISSING,
          severity: "warning",
          message: `The report uses abbreviations (${list(used)}) but has no glossary: add one at the back listing each abbreviation and its meaning.`,
          text: "Glossary",
          section: SECTION_LABELS.document,
        });
      } else {
        const missing = used.filter((a) => !glossary.has(a));
        if (missing.length > 0 && glossary.size > 0) {
          out.push({
            rule: GLOSSARY_MISSING,
            severity: "warning",
            message: `The glossary does not list ${list(missing)}: add ${missing.length === 1 ? "it" : "them"} with ${missing.length === 1 ? "its meaning" : "their meanings"}.`,
            text: "Glossary",
            ...(glossaryBlockId
              ? { location: { blockId: glossaryBlockId } }
              : { section: SECTION_LABELS.document }),
          });
        }
      }
    }
    return out;
  },
};

function list(items: string[]): string {
  const shown = items.slice(0, 8);
  const more = items.length > shown.length ? ` and ${items.length - shown.length} more` : "";
  if (shown.length === 1) return shown[0];
  return `${shown.slice(0, -1).join(", ")}${more ? ", " + shown[shown.length - 1] + more : " and " + shown[shown.length - 1]}`;
}
