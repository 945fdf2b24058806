import { z } from "zod";

/**
 * A template pack: everything the add-in knows about one agency's IMR template, as data.
 * Built-in packs live in ./builtin; an agency can supply its own as JSON, validated here.
 */

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens, e.g. \"dhr\"");
const text = z.string().trim().min(1, "must not be empty");

/** One paragraph of a guidance note; `bullet` paragraphs are shown as a bulleted list. */
export const GuidanceParagraphSchema = z.union([
  text.transform((t) => ({ text: t, bullet: false })),
  z.object({ text, bullet: z.boolean().default(false) }).strict(),
]);

/** A guidance note: red italic, inside one tagged content control, removed before submission. */
export const GuidanceNoteSchema = z
  .object({
    id,
    paragraphs: z.array(GuidanceParagraphSchema).min(1, "a guidance note needs at least one paragraph"),
  })
  .strict();

/** Which of the pack's tables a section holds, after its guidance. */
export const SectionTableSchema = z.enum(["chronology", "actionPlan", "professionals", "keyToInitials"]);

export const SectionSchema = z
  .object({
    id,
    title: text,
    /** Word heading level: 1 for a main section, 2 for a sub-section. */
    level: z.number().int().min(1).max(3).default(1),
    /** Required sections that are missing or left empty are errors. */
    required: z.boolean().default(true),
    /** Other titles agencies' own templates use for this section (matched tolerantly). */
    aliases: z.array(text).default([]),
    guidance: z.array(GuidanceNoteSchema).default([]),
    /** Standard wording the template starts the section with, kept as the author's text. */
    startingText: z.array(text).default([]),
    /**
     * Prompts the author must replace with their own text (inserted as ordinary text in square
     * brackets, e.g. "[Insert the Terms of Reference here]"); left in, they are findings.
     */
    placeholders: z.array(text).default([]),
    /** Analysis questions the author should address (shown as part of the guidance). */
    questions: z.array(text).default([]),
    table: SectionTableSchema.optional(),
  })
  .strict();

export const ColumnKindSchema = z.enum(["date", "time", "text"]);

export const ColumnSchema = z
  .object({
    id,
    header: text,
    kind: ColumnKindSchema.default("text"),
    required: z.boolean().default(false),
    /** Headers other templates use for the same column. */
    aliases: z.array(text).default([]),
    /** Guidance shown in the example row under this column (red italic). */
    example: z.string().optional(),
  })
  .strict();

export const TableSpecSchema = z
  .object({
    title: text,
    columns: z.array(ColumnSchema).min(1, "a table needs at least one column"),
    /** Labelled fields shown above the table (e.g. "Name of Agency:"). */
    headerFields: z.array(text).default([]),
    guidance: z.array(GuidanceNoteSchema).default([]),
  })
  .strict();

export const CoverFieldSchema = z
  .object({
    id,
    label: text,
    /** Guidance text shown in the value cell (red italic) until the author fills it. */
    hint: z.string().optional(),
  })
  .strict();

export const QaCriterionSchema = z
  .object({
    id,
    text,
    /** Names of check-engine evidence providers that bear on this criterion. */
    evidence: z.array(id).default([]),
  })
  .strict();

export const QaSetSchema = z
  .object({
    id,
    title: text,
    source: text,
    /** The answers a reviewer chooses from. */
    answers: z.array(text).default(["Yes", "No", "Partially"]),
    criteria: z.array(QaCriterionSchema).min(1, "a QA set needs at least one criterion"),
  })
  .strict();

/** Accepts the old and new names of a review type; DARDR is the new name of a DHR. */
export const ReviewTypeSchema = z.enum(["DHR", "DARDR", "CSPR", "SAR", "SCR", "SUSR"]);

export const PackSchema = z
  .object({
    schemaVersion: z.literal(1),
    id,
    title: text,
    reviewType: ReviewTypeSchema,
    description: text,
    /** Where the template comes from, for the record. */
    source: text,
    protectiveMarking: z
      .object({
        default: text,
        /** Markings that are no longer used (e.g. "RESTRICTED"): a warning, not an error. */
        obsolete: z.array(text).default([]),
      })
      .strict(),
    /** Notes shown once at the top of the template, before the cover table. */
    preamble: z.array(GuidanceNoteSchema).default([]),
    cover: z
      .object({
        title: text,
        fields: z.array(CoverFieldSchema).min(1),
      })
      .strict(),
    sections: z.array(SectionSchema).min(1, "a pack needs at least one section"),
    chronology: TableSpecSchema,
    actionPlan: TableSpecSchema.optional(),
    professionals: TableSpecSchema.optional(),
    keyToInitials: TableSpecSchema.optional(),
    qa: z
      .object({
        defaultSet: id,
        sets: z.array(QaSetSchema).min(1),
      })
      .strict(),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.sections.forEach((s, i) => {
      if (seen.has(s.id)) {
        ctx.addIssue({ code: "custom", path: ["sections", i, "id"], message: `duplicate section id "${s.id}"` });
      }
      seen.add(s.id);
      if (s.table && !pack[s.table]) {
        ctx.addIssue({
          code: "custom",
          path: ["sections", i, "table"],
          message: `section holds the ${s.table} table but the pack does not define "${s.table}"`,
        });
      }
    });
    const noteIds = new Set<string>();
    const notes = [
      ...pack.preamble.map((n, j) => ({ n, path: ["preamble", j, "id"] })),
      ...pack.sections.flatMap((s, i) => s.guidance.map((n, j) => ({ n, path: ["sections", i, "guidance", j, "id"] }))),
    ];
    for (const { n, path } of notes) {
      if (noteIds.has(n.id)) ctx.addIssue({ code: "custom", path, message: `duplicate guidance note id "${n.id}"` });
      noteIds.add(n.id);
    }
    if (!pack.qa.sets.some((s) => s.id === pack.qa.defaultSet)) {
      ctx.addIssue({ code: "custom", path: ["qa", "defaultSet"], message: `no QA set has the id "${pack.qa.defaultSet}"` });
    }
    const dates = pack.chronology.columns.filter((c) => c.kind === "date");
    if (dates.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["chronology", "columns"], message: "the chronology needs exactly one date column" });
    }
  });

/** A pack as written (defaults may be left out). */
export type PackInput = z.input<typeof PackSchema>;
/** A validated pack, defaults filled in. */
export type Pack = z.output<typeof PackSchema>;
export type Section = z.output<typeof SectionSchema>;
export type GuidanceNote = z.output<typeof GuidanceNoteSchema>;
export type GuidanceParagraph = z.output<typeof GuidanceParagraphSchema>;
export type Column = z.output<typeof ColumnSchema>;
export type TableSpec = z.output<typeof TableSpecSchema>;
export type QaSet = z.output<typeof QaSetSchema>;
export type QaCriterion = z.output<typeof QaCriterionSchema>;
export type SectionTable = z.output<typeof SectionTableSchema>;
