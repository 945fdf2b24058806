import { z } from "zod";
import { compilePattern, PatternError } from "./pattern";
import { SOURCE_KEYS } from "./sources";

/**
 * One entry of the judgemental-language catalogue (phrases.ts), validated when the catalogue
 * loads and when an agency supplies extra phrases. Patterns use the mini-language in pattern.ts.
 */

export const PHRASE_FAMILIES = [
  "minimising",
  "victim-blaming",
  "disbelief",
  "non-attendance",
  "labels",
  "character",
  "staff-blame",
  "hindsight",
  "exploitation",
  "care-language",
  "terminology",
] as const;

const pattern = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .superRefine((p, ctx) => {
    try {
      compilePattern(p);
    } catch (e) {
      ctx.addIssue({ code: "custom", message: e instanceof PatternError ? e.message : String(e) });
    }
  });

const text = z.string().trim().min(1, "must not be empty");

export const PhraseEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens"),
    family: z.enum(PHRASE_FAMILIES),
    /** What to look for, in the mini-language (inflections written compactly). */
    phrases: z.array(pattern).min(1, "an entry needs at least one phrase"),
    /** Neutral alternatives, best first. */
    suggestions: z.array(text).default([]),
    /** Why the phrase is a problem, in one sentence an author reads. */
    note: text,
    /** Keys of the reference's source list (see sources.ts). */
    source: z.array(z.enum(SOURCE_KEYS)).min(1, "cite at least one source"),
    /** "warning" by default; "info" for rows marked [U] and for words that are often fine. */
    severity: z.enum(["warning", "info"]).default("warning"),
    /** Contexts where a match is fine ("admitted to hospital"): a match inside one is dropped. */
    exceptions: z.array(pattern).default([]),
    /** True only when suggestions[0] can replace any matched form directly. */
    fixable: z.boolean().default(false),
    /** Ignore matches where every word is capitalised: names of laws, services, orders. */
    skipTitleCase: z.boolean().default(false),
    /** Off unless an agency switches it on (contested usage). */
    enabled: z.boolean().default(true),
    /** The reference marks the alternative as unsourced ([U]): agencies can switch it off. */
    unsourced: z.boolean().default(false),
    /** Row of the reference's Table 1 this comes from, e.g. "T1-14". */
    ref: z.string().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.fixable && e.suggestions.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["suggestions"],
        message: "a fixable entry needs a suggestion",
      });
    }
  });

export const PhraseCatalogueSchema = z.array(PhraseEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.id))
      ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate phrase id "${e.id}"` });
    seen.add(e.id);
  });
});

export type PhraseEntryInput = z.input<typeof PhraseEntrySchema>;
export type PhraseEntry = z.output<typeof PhraseEntrySchema>;
export type PhraseFamily = (typeof PHRASE_FAMILIES)[number];
