import type { Block, Finding, Location } from "../model/types";
import {
  AMBIGUOUS_FIRST_NAMES,
  CALENDAR_WORDS,
  FIRST_NAMES,
  NAME_CUE_WORDS,
  PLACE_WORDS,
  PSEUDONYM_WORDS,
  TITLE_WORDS,
  WEAK_TITLE_WORDS,
} from "../language/first-names";
import { ACRONYMS } from "../language/acronyms";
import { addressSpans, locate, textUnits, type TextUnit } from "./text-units";
import type { CheckContext, RuleFamily } from "./types";

/**
 * anonymisation.full-name: people's names left in the report.
 *  - a title and a surname: "Mrs Smith", "Dr Patel", "PC Jones", "Detective Sergeant Brown";
 *  - a common first name and a surname: "Joe Bloggs";
 *  - a common first name alone, when the report also uses pseudonym codes ("Adult A", "Child 1",
 *    "GP1"): a real name probably slipped through;
 *  - any name in options.registerNames (the people register): an error.
 * Never: organisations, places, laws or documents (a capitalised run holding a cue word such as
 * Police, Hospital, Act, Aid, Street: "Royal Oldham Hospital", "Women's Aid", "Clare's Law");
 * months and days; pseudonyms and roles ("Adult A", "Social Worker 2"); initials ("JB", "Dr S");
 * a first name that is also an ordinary word ("Will", "Grace") at the start of a sentence; names
 * cited as research ("Professor Munro (2011)"); the author's and QA manager's own names in the
 * cells and lines labelled for them ("Author of IMR", "Signed:"); a key to initials (a table
 * headed "Initials" or "Actual name"), which pairs codes with real names for the panel only.
 * One finding per name per section, at its first occurrence there, with the count.
 */
export const FULL_NAME = "anonymisation.full-name";

const FIRST = new Set(FIRST_NAMES);
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const CAPS_SURNAME = /^\p{Lu}{3,}(?:[-'’]\p{Lu}{2,})*$/u;
const KNOWN_ACRONYMS = new Set(ACRONYMS.map((a) => a.acronym.toUpperCase()));
const SURNAME = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*$/u;
const PSEUDONYM_CODE =
  /\b(?:Adult|Child|Victim|Person|Subject|Perpetrator|Mother|Father|Sibling|Partner|Baby|Young Person|Male|Female|Friend|Neighbour|Relative|Witness)\s+(?:[A-Z]|\d{1,2})(?![\p{L}\p{N}])|\b(?:GP|SW|HV|PC|DC|DS|IDVA|Officer|Nurse|Doctor|Social Worker|Health Visitor|Practitioner|Professional|Clinician)\s?\d{1,2}(?!\p{N})/u;
const LABEL =
  /\b(?:author|report writer|writer|quality assured|approved|signed|signature|completed by|prepared by|contact details|person completing|counter-?signatory|sign[- ]?off|reviewer|chair|name and designation|designation)\b/i;
const CITATION =
  /^\s*(?:\(\s*(?:19|20)\d\d|,\s*(?:19|20)\d\d|['’]s\s+(?:review|report|inquiry|research|study|findings))/i;
/**
 * Public names that are not people to anonymise: charities named after people, and the children
 * and women whose cases named inquiries and laws, cited in analysis.
 */
const NAMED_ORGANISATIONS = new Set([
  "Victoria Climbié",
  "Victoria Climbie",
  "Peter Connelly",
  "Daniel Pelka",
  "Star Hobson",
  "Clare Wood",
  "Sarah Payne",
  "Holly Wells",
  "Jessica Chapman",
  "Marie Curie",
  "Sue Ryder",
  "Anna Freud",
  "Florence Nightingale",
  "Joseph Rowntree",
  "Helen Bamber",
  "Lucy Faithfull",
  "Mary Seacole",
]);
const KEY_TABLE = /\binitials\b|\bactual names?\b|\breal names?\b/i;
const CONNECTOR = new Set(["of", "and", "for", "the", "&", "de", "la", "le", "du", "st"]);

interface Word {
  raw: string;
  /** Without a possessive "'s". */
  name: string;
  start: number;
  /** End of `name`. */
  end: number;
  cap: boolean;
  sentenceStart: boolean;
}

type Kind = "register" | "title" | "full" | "first";

interface Candidate {
  kind: Kind;
  text: string;
  location: Location;
  suggestion?: string;
}

interface NameFacts {
  candidates: Candidate[];
  usesPseudonyms: boolean;
  /** The first pseudonym code seen ("Adult A"), for the message. */
  example?: string;
  /** First names written next to the word "pseudonym": chosen pseudonyms, not real names. */
  chosenPseudonyms: string[];
}

function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0].replace(/[-'’]+$/, "");
    const name = raw.replace(/['’]s$/, "");
    let k = m.index - 1;
    while (k >= 0 && /\s/.test(text[k])) k--;
    const prev = k >= 0 ? text[k] : "";
    out.push({
      raw,
      name,
      start: m.index,
      end: m.index + name.length,
      cap: /^\p{Lu}/u.test(name),
      sentenceStart: prev === "" || /[.!?:;•"“‘(\[–—-]/.test(prev),
    });
  }
  return out;
}

/** Words i and i+1 are one phrase: a single space between (or ". " after an abbreviated title). */
function joined(text: string, a: Word, b: Word, allowDot = false): boolean {
  const gap = text.slice(a.start + a.raw.length, b.start);
  return gap === " " || gap === "\u00a0" || (allowDot && (gap === ". " || gap === "."));
}

function isSurname(w: Word | undefined): boolean {
  if (!w || !w.cap) return false;
  // Police records write surnames in capitals: "Joe BLOGGS", "Mrs SMITH".
  if (CAPS_SURNAME.test(w.name)) return !KNOWN_ACRONYMS.has(w.name);
  if (!SURNAME.test(w.name)) return false;
  return (
    !PSEUDONYM_WORDS.has(w.name) &&
    !CALENDAR_WORDS.has(w.name) &&
    !NAME_CUE_WORDS.has(w.name) &&
    !TITLE_WORDS.has(w.name)
  );
}

/** True when the capitalised run starting at word i (with "of", "and"...) holds an organisation or place cue. */
function cueAhead(text: string, ws: Word[], i: number): boolean {
  for (let j = i, steps = 0; j < ws.length && steps < 5; j++, steps++) {
    const w = ws[j];
    if (j > i && !joined(text, ws[j - 1], w)) return false;
    if (NAME_CUE_WORDS.has(w.name) || NAME_CUE_WORDS.has(w.raw)) return true;
    if (!w.cap && !CONNECTOR.has(w.name.toLowerCase())) return false;
  }
  return false;
}

function partOfLongerName(text: string, ws: Word[], i: number): boolean {
  if (i === 0 || ws[i].sentenceStart) return false;
  const prev = ws[i - 1];
  return prev.cap && joined(text, prev, ws[i]) && !TITLE_WORDS.has(prev.name);
}

function skipUnit(unit: TextUnit): boolean {
  if (LABEL.test(unit.text.slice(0, 40)) && /^[^:]{0,40}:/.test(unit.text)) return true;
  if (
    /^\s*(?:prepared|written|completed|authored|signed|approved|quality assured) by\b/i.test(
      unit.text,
    )
  )
    return true;
  const block = unit.block;
  if (unit.cell && block.kind === "table") {
    // A key to initials pairs codes with real names: the panel keeps it apart from the report.
    if ((block.rows[0] ?? []).some((h) => KEY_TABLE.test(h))) return true;
    const row = block.rows[unit.cell.row] ?? [];
    const left = unit.cell.column > 0 ? (row[unit.cell.column - 1] ?? "") : "";
    if (left.length <= 60 && LABEL.test(left)) return true;
    const head = block.rows[0]?.[unit.cell.column] ?? "";
    if (
      unit.cell.row > 0 &&
      head.length <= 60 &&
      /\b(?:author|report writer|signed|signature|name responsible)\b/i.test(head)
    )
      return true;
  }
  return false;
}

function registerPattern(names: readonly string[]): RegExp | undefined {
  const clean = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (clean.length === 0) return undefined;
  const alts = clean.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

const CAPITALISED = /\p{Lu}[\p{L}'’]*/gu;

/** Fast test: does the text hold a capitalised title word or first name at all? */
function mayHoldName(text: string): boolean {
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const w = m[0].replace(/['’]s?$/, "");
    if (TITLE_WORDS.has(w) || FIRST.has(w)) return true;
  }
  return false;
}

function scanUnit(unit: TextUnit, register: RegExp | undefined, facts: NameFacts): void {
  const text = unit.text;
  const code = PSEUDONYM_CODE.exec(text);
  if (code) {
    facts.usesPseudonyms = true;
    facts.example ??= code[0];
  }
  if (skipUnit(unit)) return;
  const taken: { start: number; end: number }[] = addressSpans(text);
  const overlaps = (s: number, e: number) => taken.some((t) => t.start < e && s < t.end);
  const add = (kind: Kind, start: number, end: number, suggestion?: string) => {
    if (overlaps(start, end)) return;
    taken.push({ start, end });
    facts.candidates.push({
      kind,
      text: text.slice(start, end),
      location: locate(unit, start, end),
      ...(suggestion ? { suggestion } : {}),
    });
  };
  if (register) {
    register.lastIndex = 0;
    for (let m = register.exec(text); m; m = register.exec(text))
      add("register", m.index, m.index + m[0].length);
  }
  if (!mayHoldName(text)) return;
  const ws = words(text);
  const pseudonymMention = /\bpseudonym/i.test(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!w.cap) continue;
    // Title + surname ("Mrs Smith", "Detective Sergeant Brown", "Dr. Patel", "Mr Joe Bloggs").
    if (TITLE_WORDS.has(w.name) && w.name === w.raw) {
      let j = i;
      while (
        j + 1 < ws.length &&
        TITLE_WORDS.has(ws[j + 1].name) &&
        joined(text, ws[j], ws[j + 1], true)
      )
        j++;
      const s = ws[j + 1];
      if (s && joined(text, ws[j], s, true) && isSurname(s)) {
        let last = j + 1;
        const t = ws[last + 1];
        if (t && joined(text, s, t) && isSurname(t) && FIRST.has(s.name) && s.raw === s.name)
          last++;
        const weak = ws.slice(i, j + 1).every((x) => WEAK_TITLE_WORDS.has(x.name));
        const runContinues =
          last + 1 < ws.length && ws[last + 1].cap && joined(text, ws[last], ws[last + 1]);
        const after = text.slice(ws[last].end);
        if (
          !cueAhead(
            text,
            ws,
            last + 1 < ws.length && joined(text, ws[last], ws[last + 1]) ? last + 1 : ws.length,
          ) &&
          !(weak && runContinues) &&
          !CITATION.test(after)
        ) {
          const titleText = text.slice(w.start, ws[j].start + ws[j].raw.length);
          add("title", w.start, ws[last].end, `${titleText} ${ws[last].name[0]}`);
        }
        i = last;
        continue;
      }
      continue;
    }
    if (!FIRST.has(w.name)) continue;
    const ambiguous = AMBIGUOUS_FIRST_NAMES.has(w.name);
    if (ambiguous && w.sentenceStart) continue;
    if (partOfLongerName(text, ws, i)) continue;
    const s = ws[i + 1];
    if (w.raw === w.name && s && joined(text, w, s) && s.cap) {
      // "Joe Bloggs" — unless the run is an organisation or place ("Victoria Road", "Mary Seacole House").
      if (
        isSurname(s) &&
        !PLACE_WORDS.has(s.name) &&
        !NAMED_ORGANISATIONS.has(`${w.name} ${s.name}`) &&
        !cueAhead(text, ws, i + 1) &&
        !CITATION.test(text.slice(s.end))
      ) {
        add("full", w.start, s.end, `${w.name[0]}${s.name[0]}`);
      }
      i++;
      continue;
    }
    if (ambiguous || cueAhead(text, ws, i)) continue;
    if (pseudonymMention) facts.chosenPseudonyms.push(w.name);
    add("first", w.start, w.end);
  }
}

function nameFacts(block: Block, register: RegExp | undefined): NameFacts {
  const facts: NameFacts = { candidates: [], usesPseudonyms: false, chosenPseudonyms: [] };
  for (const unit of textUnits(block)) scanUnit(unit, register, facts);
  return facts;
}

function message(c: Candidate, count: number, example: string | undefined): string {
  const times = count > 1 ? ` It appears ${count} times in this section.` : "";
  switch (c.kind) {
    case "register":
      return `“${c.text}” is a real name from the people register: replace it with the person's pseudonym before the report is shared.${times}`;
    case "first":
      return `“${c.text}” looks like a real first name, while the report uses pseudonyms${example ? ` such as “${example}”` : ""}: check that it is not a real name left in.${times}`;
    default:
      return `“${c.text}” looks like a real name: anonymise it (e.g. “${c.suggestion}”, or the pseudonym agreed for this person).${times}`;
  }
}

export const nameFamily: RuleFamily = {
  id: "names",
  rules: [FULL_NAME],
  run(ctx: CheckContext): Finding[] {
    const register = ctx.shared("register-names", () =>
      registerPattern(ctx.options.registerNames ?? []),
    );
    const blocks = ctx.model.blocks;
    const all = blocks.map((b) => ctx.memo("name-facts", b, (blk) => nameFacts(blk, register)));
    const usesPseudonyms = all.some((f) => f.usesPseudonyms);
    const example = all.find((f) => f.example)?.example;
    const chosen = new Set(all.flatMap((f) => f.chosenPseudonyms));
    const firsts = new Map<string, { c: Candidate; count: number }>();
    all.forEach((facts, i) => {
      const section = ctx.sections.blockSection[i] ?? -1;
      const part = blocks[i].part ?? "body";
      for (const c of facts.candidates) {
        if (c.kind === "first" && (!usesPseudonyms || chosen.has(c.text))) continue;
        const key = `${c.text}|${section}|${part}`;
        const seen = firsts.get(key);
        if (seen) seen.count++;
        else firsts.set(key, { c, count: 1 });
      }
    });
    const out: Finding[] = [];
    for (const { c, count } of firsts.values()) {
      out.push({
        rule: FULL_NAME,
        severity: c.kind === "register" ? "error" : "warning",
        message: message(c, count, example),
        text: c.text,
        location: c.location,
        ...(c.suggestion ? { suggestions: [c.suggestion] } : {}),
        fixable: false,
      });
    }
    return out;
  },
};
