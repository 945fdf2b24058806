import { z } from "zod";

/**
 * The organisation file (config/organisation.json, hosted beside the task pane): how an agency or
 * partnership configures IMR Assistant for all its authors without changing code. Validated here;
 * turned into the pack list and check options by resolve.ts. See DEPLOYMENT.md for the fields.
 *
 * Custom packs and extra phrases are checked entry by entry with their own schemas (so each
 * problem names the entry's own field), which is why they are `unknown` here.
 */

export const CURRENT_ORGANISATION_SCHEMA_VERSION = 1 as const;

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'must be a pack id: lower-case letters, digits and hyphens, e.g. "dhr"',
  );
const text = z.string().trim().min(1, "must not be empty");

/** What a rule can be set to: a severity, or "off". */
export const RuleSettingSchema = z.enum(["error", "warning", "info", "off"], {
  error: 'must be "error", "warning", "info" or "off"',
});

export const OrganisationConfigSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_ORGANISATION_SCHEMA_VERSION, {
      error: `must be ${CURRENT_ORGANISATION_SCHEMA_VERSION} (this version of IMR Assistant reads version ${CURRENT_ORGANISATION_SCHEMA_VERSION})`,
    }),
    /** Shown to authors ("Settings from Anytown Safeguarding Partnership"). */
    agencyName: text.optional(),
    packs: z
      .object({
        /** Pack ids offered in the template list, in this order (built-in or custom). */
        offered: z.array(id).min(1, "offer at least one pack").optional(),
        /** The pack the list starts on. */
        default: id.optional(),
        /** The organisation's own packs, in the same format as the built-in ones. */
        custom: z.array(z.unknown()).optional(),
      })
      .strict()
      .optional(),
    /** The protective marking every template carries (e.g. "OFFICIAL-SENSITIVE"). */
    protectiveMarking: text.optional(),
    language: z
      .object({
        /** Judgemental phrases to add, in the catalogue's format (src/core/language/phrase-schema.ts). */
        extraPhrases: z.array(z.unknown()).optional(),
        /** Catalogue entries switched off, by id or by one of their phrases as written. */
        disabledPhrases: z.array(text).optional(),
      })
      .strict()
      .optional(),
    /** Acronyms that need no expansion (added to UK, NHS, GP, IMR and the review's name). */
    acronymsWithoutExpansion: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*$/, "must be an acronym such as MARAC"),
      )
      .optional(),
    /** A rule's severity, or "off", by rule id: { "language.long-sentence": "off" }. */
    ruleSeverities: z.record(z.string(), RuleSettingSchema).optional(),
  })
  .strict();

export type OrganisationConfig = z.output<typeof OrganisationConfigSchema>;
export type RuleSetting = z.output<typeof RuleSettingSchema>;
