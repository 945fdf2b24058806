import { authorCells } from "../model/text";
import { isTable, type DocModel, type Finding, type TableBlock } from "../model/types";
import type { Pack } from "../packs/schema";
import { findInText } from "./match";
import {
  suggestCode,
  titleGroup,
  type CodeStyle,
  type PersonRole,
  type Register,
} from "./register";

/**
 * Suggested register entries: names the checks found left in the text (anonymisation.full-name
 * findings) and names in the cover table's people fields. A person confirms each one before it
 * joins the register.
 */

export interface Suggestion {
  name: string;
  role: PersonRole;
  code: string;
  source: "finding" | "cover";
  /** How many findings (or cover cells) name this person. */
  count: number;
  /** The cover field it came from, for a cover suggestion. */
  field?: string;
}

/** Capitalised words that are not names, so "White British" or "Son Of" is not suggested. */
const NOT_NAME_WORDS = new Set(
  (
    "white black asian british irish english scottish welsh mixed other caribbean african indian pakistani " +
    "bangladeshi chinese arab gypsy traveller roma polish european eastern western male female man woman " +
    "boy girl partner ex son daughter mother father husband wife brother sister children child adult adults " +
    "victim perpetrator subject including including: aged age none unknown not known n/a date birth death " +
    "domestic homicide review safeguarding adults practice individual management report agency the and of " +
    "in with a an mr mrs ms miss dr doctor police service services council nhs trust hospital gp team " +
    "january february march april may june july august september october november december relationship " +
    "heterosexual gay lesbian bisexual christian muslim hindu sikh jewish buddhist disabled disability"
  ).split(/\s+/),
);

const NAME_RUN =
  /(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|PC|DC|DS|Nurse)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}/gu;

const HONORIFIC = /^(mr|mrs|ms|miss|mx)\.?$/i;

/**
 * Runs of two or more capitalised words that look like a person's name ("Joanne Bloggs"), or a
 * title and a surname ("Dr Smith"). Words that are not names ("White British", "Victim") split
 * a run; a possessive 's is dropped.
 */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/).map((w) => w.replace(/[’']s$/, ""));
    const title =
      words.length > 1 && titleGroup(words[0].replace(/\.$/, "")) ? words.shift() : undefined;
    const runs: string[][] = [[]];
    for (const w of words) {
      if (NOT_NAME_WORDS.has(w.toLowerCase())) runs.push([]);
      else runs[runs.length - 1].push(w);
    }
    runs.forEach((r, i) => {
      // "Mr James Ward" is suggested as "James Ward"; "Dr Smith" and "Dr Jane Smith" keep the title.
      if (i === 0 && title && r.length > 0)
        out.push(HONORIFIC.test(title) && r.length >= 2 ? r.join(" ") : [title, ...r].join(" "));
      else if (r.length >= 2) out.push(r.join(" "));
    });
  }
  return out;
}

function known(name: string, register: Register): boolean {
  const occ = findInText(name, register);
  return occ.some((o) => o.start === 0 && o.end >= name.replace(/[’']s$/, "").length);
}

function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function roleOfField(
  id: string,
  label: string,
  pack: Pick<Pack, "reviewType">,
): PersonRole | undefined {
  const t = `${id} ${label}`.toLowerCase();
  if (/perpetrator/.test(t)) return "perpetrator";
  if (/other|relevant person|family/.test(t)) return "relevant person";
  if (/in respect of|subject|full name|victim/.test(t))
    return pack.reviewType === "CSPR" || pack.reviewType === "SCR" ? "child" : "victim";
  return undefined;
}

/** The cover table: the body table most of whose first-column labels are the pack's cover labels. */
export function findCoverTable(model: DocModel, pack: Pick<Pack, "cover">): TableBlock | undefined {
  const labels = new Set(pack.cover.fields.map((f) => normaliseLabel(f.label)));
  let best: { t: TableBlock; n: number } | undefined;
  for (const b of model.blocks) {
    if (!isTable(b) || (b.part ?? "body") !== "body") continue;
    const n = b.rows.filter((r) => labels.has(normaliseLabel(r[0] ?? ""))).length;
    if (n > 0 && n * 2 >= Math.min(b.rows.length, labels.size) && (!best || n > best.n))
      best = { t: b, n };
  }
  return best?.t;
}

/**
 * Suggested entries from anonymisation.full-name findings and the cover table's people fields,
 * leaving out names the register already covers. Codes are suggested in `style` and differ from
 * every code in the register and from each other.
 */
export function suggestEntries(
  model: DocModel,
  pack: Pick<Pack, "cover" | "reviewType">,
  findings: readonly Finding[],
  register: Register,
  style: CodeStyle = "initials",
): Suggestion[] {
  const byName = new Map<string, Omit<Suggestion, "code">>();
  const add = (name: string, role: PersonRole, source: Suggestion["source"], field?: string) => {
    const clean = name
      .replace(/\s+/g, " ")
      .trim()
      .replace(/[’']s$/, "");
    if (!clean || known(clean, register)) return;
    const key = clean.toLowerCase();
    const prev = byName.get(key);
    if (prev) {
      prev.count++;
      if (prev.role === "other" && role !== "other") prev.role = role;
      return;
    }
    byName.set(key, { name: clean, role, source, count: 1, ...(field ? { field } : {}) });
  };
  const cover = findCoverTable(model, pack);
  if (cover) {
    const cells = authorCells(cover);
    cover.rows.forEach((row, r) => {
      const field = pack.cover.fields.find(
        (f) => normaliseLabel(f.label) === normaliseLabel(row[0] ?? ""),
      );
      if (!field) return;
      const role = roleOfField(field.id, field.label, pack);
      if (!role) return;
      for (const value of cells[r].slice(1))
        for (const n of namesIn(value)) add(n, role, "cover", field.label);
    });
  }
  for (const f of findings)
    if (f.rule === "anonymisation.full-name" && f.text.trim()) add(f.text, "other", "finding");
  const taken = register.people.map((p) => p.code);
  const out: Suggestion[] = [];
  for (const s of byName.values()) {
    const code = suggestCode(s, taken, style);
    taken.push(code);
    out.push({ ...s, code });
  }
  return out;
}
