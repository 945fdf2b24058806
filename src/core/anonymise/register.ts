import { z } from "zod";
import { parseWith, type InputProblem, type Parsed } from "../validation";

/**
 * The people register: every real name in the report, the code that replaces it, and the
 * person's role. It is the one list anonymising works from, so a name missed here is a name left
 * in the published report. Besides the variants the author lists, each name gives derived
 * variants for free (first name, surname, title + surname, initial + surname).
 */

export const PERSON_ROLES = [
  "victim",
  "perpetrator",
  "relevant person",
  "child",
  "family member",
  "friend",
  "professional",
  "other",
] as const;
export const PersonRoleSchema = z.enum(PERSON_ROLES);
export type PersonRole = z.output<typeof PersonRoleSchema>;

const text = z.string().trim().min(1, "must not be empty");

export const PersonSchema = z
  .object({
    /** The name as the report mostly writes it, e.g. "Joanne Bloggs" or "Doctor Smith". */
    name: text,
    /** Other ways the report writes this person ("Jo", "Ms Bloggs", a maiden name). */
    variants: z.array(text).default([]),
    /** What replaces the name: initials ("JB"), a pseudonym ("Adult A") or a role ("GP1"). */
    code: text,
    role: PersonRoleSchema,
    /** The professional's role or the relationship, e.g. "GP", "Mother of Child 1". */
    roleDetail: z.string().trim().optional(),
    /** Leave out the derived variants (first name alone, surname alone, ...) for this person. */
    noDerived: z.boolean().optional(),
  })
  .strict();

export const RegisterSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    people: z.array(PersonSchema).default([]),
  })
  .strict();

export type Person = z.output<typeof PersonSchema>;
export type PersonInput = z.input<typeof PersonSchema>;
export type Register = z.output<typeof RegisterSchema>;
export type RegisterInput = z.input<typeof RegisterSchema>;

export function parseRegister(data: unknown): Parsed<Register> {
  return parseWith(RegisterSchema, data);
}

/**
 * Titles recognised in front of a surname, each with the spellings that mean the same title.
 * "Doctor Smith" also gives "Dr Smith" and "Dr. Smith".
 */
export const TITLE_GROUPS: readonly (readonly string[])[] = [
  ["Mr", "Mr."],
  ["Mrs", "Mrs."],
  ["Ms", "Ms."],
  ["Miss"],
  ["Mx", "Mx."],
  ["Dr", "Dr.", "Doctor"],
  ["Prof", "Prof.", "Professor"],
  ["PC"],
  ["DC"],
  ["DS"],
  ["DI"],
  ["DCI"],
  ["PS"],
  ["Sgt", "Sergeant"],
  ["Inspector"],
  ["Nurse"],
  ["Sister"],
  ["Rev", "Rev.", "Reverend"],
];

const TITLE_INDEX = new Map<string, readonly string[]>();
for (const g of TITLE_GROUPS) for (const t of g) TITLE_INDEX.set(t.toLowerCase(), g);

/** Every title spelling, once. */
export const TITLES: readonly string[] = TITLE_GROUPS.flat();

/** The title group a word belongs to, if it is a title. */
export function titleGroup(word: string): readonly string[] | undefined {
  return TITLE_INDEX.get(word.toLowerCase());
}

/** The words of a name, split on white space. */
export function nameWords(name: string): string[] {
  return name.trim().split(/\s+/).filter(Boolean);
}

/** A name split into its title (if any) and the rest. */
export function splitName(name: string): { title?: string; given: string[]; surname?: string } {
  const words = nameWords(name);
  let title: string | undefined;
  if (words.length > 1 && titleGroup(words[0])) title = words.shift();
  if (words.length === 0) return { title, given: [] };
  if (words.length === 1)
    return title ? { title, given: [], surname: words[0] } : { given: [words[0]] };
  return { title, given: words.slice(0, -1), surname: words[words.length - 1] };
}

export type VariantSource = "name" | "listed" | "derived";

export interface Variant {
  text: string;
  source: VariantSource;
}

/**
 * Every way the register expects this person's name to be written: the name, the listed
 * variants, and (unless `noDerived`) the derived ones: first name; surname; first + surname when
 * there are middle names; initial + surname ("J Bloggs", "J. Bloggs"); each title + surname
 * ("Mr Bloggs", "Ms Bloggs", "Dr Bloggs", "PC Bloggs", ...) and title + full name ("Mr Joe
 * Bloggs", replaced whole so the code does not follow a title); when the name has a title, the
 * same title's other spellings ("Doctor Smith" -> "Dr Smith", "Dr. Smith"). Possessives
 * ("Sarah's", "Sarah’s", "James'") need no variant: the matcher accepts them after any name.
 */
export function variantsOf(person: Person): Variant[] {
  const out = new Map<string, Variant>();
  const add = (t: string, source: VariantSource) => {
    const text = t.replace(/\s+/g, " ").trim();
    const key = text.toLowerCase();
    if (text && !out.has(key)) out.set(key, { text, source });
  };
  add(person.name, "name");
  for (const v of person.variants) add(v, "listed");
  if (person.noDerived) return [...out.values()];
  const { title, given, surname } = splitName(person.name);
  if (title && surname) {
    for (const t of titleGroup(title) ?? [title])
      add(`${t} ${[...given, surname].join(" ")}`, "derived");
    for (const t of titleGroup(title) ?? [title]) add(`${t} ${surname}`, "derived");
  }
  if (given.length > 0) {
    const first = given[0];
    add(first, "derived");
    if (surname) {
      if (given.length > 1) add(`${first} ${surname}`, "derived");
      if (/^\p{L}/u.test(first)) {
        add(`${first[0]} ${surname}`, "derived");
        add(`${first[0]}. ${surname}`, "derived");
      }
    }
  }
  if (surname) {
    add(surname, "derived");
    for (const t of TITLES) {
      add(`${t} ${surname}`, "derived");
      if (!title && given.length > 0) {
        add(`${t} ${[...given, surname].join(" ")}`, "derived");
        if (given.length > 1) add(`${t} ${given[0]} ${surname}`, "derived");
      }
    }
  }
  return [...out.values()];
}

/** "Joe Bloggs" -> "JB"; "Doctor Smith" -> "Doctor S" (seed 002); "Dr Jane Smith" -> "Dr JS". */
export function initialsOf(name: string): string {
  const { title, given, surname } = splitName(name);
  const letters = [...given, ...(surname ? [surname] : [])]
    .flatMap((w) => w.split("-"))
    .map((w) => /\p{L}/u.exec(w)?.[0]?.toUpperCase() ?? "")
    .join("");
  return title ? `${title} ${letters}` : letters;
}

export type CodeStyle = "initials" | "pseudonym";

function takenSet(taken: Iterable<string>): Set<string> {
  return new Set([...taken].map((c) => c.trim().toLowerCase()));
}

/**
 * A code for a new person that no one in `taken` has. Initials: "JB", then "JB2", "JB3" for a
 * clash. Pseudonym by role: children "Child 1", "Child 2"...; professionals by their role
 * ("GP 1", "Social Worker 2", or "Professional 1"); everyone else "Adult A", "Adult B"...
 */
export function suggestCode(
  person: { name: string; role?: PersonRole; roleDetail?: string },
  taken: Iterable<string>,
  style: CodeStyle = "initials",
): string {
  const used = takenSet(taken);
  const free = (c: string) => !used.has(c.toLowerCase());
  if (style === "initials") {
    const base = initialsOf(person.name) || "X";
    if (free(base)) return base;
    for (let n = 2; ; n++) if (free(`${base}${n}`)) return `${base}${n}`;
  }
  if (person.role === "child") {
    for (let n = 1; ; n++) if (free(`Child ${n}`)) return `Child ${n}`;
  }
  if (person.role === "professional") {
    const label = person.roleDetail?.trim() || "Professional";
    for (let n = 1; ; n++) if (free(`${label} ${n}`)) return `${label} ${n}`;
  }
  for (let n = 0; ; n++) {
    const letters =
      n < 26
        ? String.fromCharCode(65 + n)
        : `${String.fromCharCode(65 + Math.floor(n / 26) - 1)}${String.fromCharCode(65 + (n % 26))}`;
    if (free(`Adult ${letters}`)) return `Adult ${letters}`;
  }
}

/** A problem with the register that would make anonymising unsafe or ambiguous. */
export interface RegisterProblem {
  kind: "duplicate-code" | "duplicate-name" | "code-contains-name" | "shared-variant";
  /** The people concerned, by index in `register.people`. */
  people: number[];
  message: string;
}

function wordsIn(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}'’-]+/u)
      .filter(Boolean),
  );
}

/**
 * Check the register: two people with the same code (they would read as one person), the same
 * name or listed variant given to two people (which code would replace it?), a code that
 * contains someone's name (anonymising would leave a name in), and derived variants two people
 * share ("Bloggs" for two Bloggses), which are never replaced automatically.
 */
export function registerProblems(register: Register): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const people = register.people;
  const byCode = new Map<string, number[]>();
  people.forEach((p, i) => {
    const k = p.code.trim().toLowerCase();
    byCode.set(k, [...(byCode.get(k) ?? []), i]);
  });
  for (const [, idx] of byCode) {
    if (idx.length > 1) {
      problems.push({
        kind: "duplicate-code",
        people: idx,
        message: `${idx.map((i) => people[i].name).join(" and ")} have the same code "${people[idx[0]].code}": give each person their own code.`,
      });
    }
  }
  const explicit = new Map<string, number[]>();
  const derived = new Map<string, number[]>();
  people.forEach((p, i) => {
    for (const v of variantsOf(p)) {
      const map = v.source === "derived" ? derived : explicit;
      const k = v.text.toLowerCase();
      const list = map.get(k) ?? [];
      if (!list.includes(i)) map.set(k, [...list, i]);
    }
  });
  for (const [k, idx] of explicit) {
    if (idx.length > 1) {
      problems.push({
        kind: "duplicate-name",
        people: idx,
        message: `"${k}" is listed for ${idx.map((i) => `${people[i].name} (${people[i].code})`).join(" and ")}: list it for one person only.`,
      });
    }
  }
  for (const [k, idx] of derived) {
    const owners = [...new Set([...idx, ...(explicit.get(k) ?? [])])];
    if (owners.length > 1 && !(explicit.get(k)?.length === 1)) {
      problems.push({
        kind: "shared-variant",
        people: owners,
        message: `"${k}" could mean ${owners.map((i) => `${people[i].name} (${people[i].code})`).join(" or ")}: it will be shown for you to decide each time. List it as a variant of one person to replace it automatically.`,
      });
    }
  }
  people.forEach((p, i) => {
    const codeWords = wordsIn(p.code);
    people.forEach((q, j) => {
      for (const w of nameWords(q.name).filter((w) => !titleGroup(w))) {
        if (w.length > 1 && codeWords.has(w.toLowerCase())) {
          problems.push({
            kind: "code-contains-name",
            people: [i, j],
            message: `The code "${p.code}" contains the name "${w}" (${q.name}): choose a code without a real name in it.`,
          });
          return;
        }
      }
    });
  });
  return problems;
}

/** Problems as an InputProblem list (for the same display as other bad input). */
export function registerInputProblems(register: Register): InputProblem[] {
  return registerProblems(register).map((p) => ({
    path: `people.${p.people[0]}`,
    message: p.message,
  }));
}
