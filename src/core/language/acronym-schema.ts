import { z } from "zod";
import { SOURCE_KEYS } from "./sources";

/** One acronym of the built-in dictionary (acronyms.ts), validated when it loads. */
export const AcronymEntrySchema = z
  .object({
    /** As it is written: capitals, digits and "&", with lower-case letters where usual ("DoLS"). */
    acronym: z
      .string()
      .regex(
        /^[A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*$/,
        "must be letters, digits or & with at least one capital",
      ),
    /** The expansion written at first use: "Multi-Agency Risk Assessment Conference". */
    expansion: z.string().trim().min(1),
    /** The expansion's plural where adding "s" is wrong or the acronym is usually plural. */
    plural: z.string().trim().min(1).optional(),
    /** Other meanings the same letters have; an acronym with alternatives is never fixed in one click. */
    alternatives: z.array(z.string().trim().min(1)).default([]),
    /** A short gloss shown with the suggestion ("police", "Children Act 1989"). */
    note: z.string().trim().min(1).optional(),
    source: z.array(z.enum(SOURCE_KEYS)).min(1, "cite at least one source"),
  })
  .strict();

export const AcronymDictionarySchema = z.array(AcronymEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.acronym))
      ctx.addIssue({
        code: "custom",
        path: [i, "acronym"],
        message: `duplicate acronym "${e.acronym}"`,
      });
    seen.add(e.acronym);
  });
});

export type AcronymEntryInput = z.input<typeof AcronymEntrySchema>;
export type AcronymEntry = z.output<typeof AcronymEntrySchema>;
