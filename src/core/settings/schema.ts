import { z } from "zod";
import { isUkDate, ukDateToDays } from "../qa/schema";

/**
 * Document settings: what the author chose for this document, kept inside it (a custom XML part,
 * src/docx/custom-xml/settings-xml.ts), so they travel with the file and never touch
 * localStorage. Versioned: version 1 is current; a record from a newer version is refused with a
 * clear message and left exactly as it is.
 */

export const CURRENT_SETTINGS_SCHEMA_VERSION = 1 as const;

/** Namespace of the settings part. A file format: never change it (documented in README.md). */
export const SETTINGS_NAMESPACE = "urn:imr-assistant:settings";

const ukDate = z
  .string()
  .refine(isUkDate, { message: "must be a date written dd/mm/yyyy, e.g. 05/03/2024" });

export const ReviewPeriodSchema = z
  .object({ start: ukDate, end: ukDate })
  .strict()
  .refine((p) => (ukDateToDays(p.start) ?? 0) <= (ukDateToDays(p.end) ?? 0), {
    message: "the review period must not end before it starts",
    path: ["end"],
  });

export type ReviewPeriod = z.output<typeof ReviewPeriodSchema>;

export const DocumentSettingsSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SETTINGS_SCHEMA_VERSION),
    /** findingKey() values of findings the author chose to ignore. */
    ignoredFindings: z.array(z.string().min(1, "must not be empty")),
    /** The review period from the terms of reference (set by the chronology feature). */
    reviewPeriod: ReviewPeriodSchema.optional(),
    /** The pack the author chose for checking, when detection could not tell. */
    packId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, "must be a pack id such as dhr, cspr or sar")
      .optional(),
  })
  .strict();

export type DocumentSettings = z.output<typeof DocumentSettingsSchema>;

/** Settings of a document that has none stored. */
export function defaultSettings(): DocumentSettings {
  return { schemaVersion: CURRENT_SETTINGS_SCHEMA_VERSION, ignoredFindings: [] };
}
