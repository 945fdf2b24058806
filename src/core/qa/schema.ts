import { z } from "zod";

/**
 * The QA state a QA manager builds up inside the document: answers to the pack's QA criteria,
 * comments on the text, the dates the cover table and the checklist ask for, the sign-off and
 * the status history. It travels inside the .docx as a custom XML part (src/docx/custom-xml).
 *
 * The shape is versioned. Version 2 is current; version 1 is the older, simpler shape (answers
 * as a list, no history, statuses "in-progress" | "in-review" | "complete") that ./state.ts
 * migrates, so a document from an older version still opens. A document whose state has a
 * higher version than this code knows is refused with a clear message and left as it is.
 */

export const CURRENT_QA_SCHEMA_VERSION = 2 as const;
/** The oldest version this code can read (and migrate). */
export const OLDEST_QA_SCHEMA_VERSION = 1 as const;

/** A calendar date as the seed templates write it: dd/mm/yyyy, and a real date. */
export function isUkDate(text: string): boolean {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= days[mo - 1];
}

/** A Date as dd/mm/yyyy (UTC, so the same instant gives the same date everywhere). */
export function formatUkDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** dd/mm/yyyy as days since 1970-01-01 (for comparing and subtracting dates). */
export function ukDateToDays(text: string): number | undefined {
  if (!isUkDate(text)) return undefined;
  const [d, m, y] = text.split("/").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

const ukDate = z
  .string()
  .refine(isUkDate, { message: "must be a date written dd/mm/yyyy, e.g. 05/03/2024" });
const isoTime = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
    {
      message: "must be a date and time in ISO 8601 form, e.g. 2024-03-05T14:30:00Z",
    },
  );
const nonEmpty = z.string().trim().min(1, "must not be empty");

export const QA_STATUSES = [
  "draft",
  "submitted-for-qa",
  "returned-for-revision",
  "approved",
] as const;
export const QaStatusSchema = z.enum(QA_STATUSES);
export type QaStatus = z.output<typeof QaStatusSchema>;

/** Words a person reads for each status. */
export const QA_STATUS_LABELS: Record<QaStatus, string> = {
  draft: "Draft",
  "submitted-for-qa": "Submitted for quality assurance",
  "returned-for-revision": "Returned for revision",
  approved: "Quality assured and approved",
};

export const QaAnswerSchema = z
  .object({
    /** One of the QA set's answers ("Yes", "No", "Partially"). */
    answer: nonEmpty,
    comment: z.string().default(""),
    by: z.string().default(""),
    at: isoTime,
  })
  .strict();

export const QaCommentSchema = z
  .object({
    id: nonEmpty,
    /** The criterion the comment bears on, if any. */
    criterionId: z.string().optional(),
    text: nonEmpty,
    by: z.string().default(""),
    at: isoTime,
    /** The first words of the text the comment was made on, so it can be found again. */
    anchorText: z.string().default(""),
  })
  .strict();

/** The dates the cover table and the QA checklists ask for, each dd/mm/yyyy. */
export const QA_DATE_KEYS = [
  "imrRequested",
  "imrCompleted",
  "firstSubmission",
  "revision",
  "finalSubmission",
  "qaCompleted",
] as const;
export type QaDateKey = (typeof QA_DATE_KEYS)[number];

export const QA_DATE_LABELS: Record<QaDateKey, string> = {
  imrRequested: "Date the IMR was requested",
  imrCompleted: "Date the IMR was completed",
  firstSubmission: "Date of first submission",
  revision: "Date of revision",
  finalSubmission: "Date of final submission",
  qaCompleted: "Date quality assured and signed off",
};

export const QaDatesSchema = z
  .object({
    imrRequested: ukDate.optional(),
    imrCompleted: ukDate.optional(),
    firstSubmission: ukDate.optional(),
    revision: ukDate.optional(),
    finalSubmission: ukDate.optional(),
    qaCompleted: ukDate.optional(),
  })
  .strict();

export const SignOffSchema = z.object({ name: nonEmpty, role: nonEmpty, date: ukDate }).strict();

export const HistoryEntrySchema = z
  .object({ status: QaStatusSchema, by: z.string().default(""), at: isoTime })
  .strict();

export const QaStateV2Schema = z
  .object({
    schemaVersion: z.literal(2),
    packId: nonEmpty,
    setId: nonEmpty,
    status: QaStatusSchema,
    answers: z.record(z.string(), QaAnswerSchema).default({}),
    comments: z.array(QaCommentSchema).default([]),
    dates: QaDatesSchema.default({}),
    signOff: SignOffSchema.optional(),
    history: z.array(HistoryEntrySchema).default([]),
  })
  .strict()
  .superRefine((state, ctx) => {
    const ids = new Set<string>();
    state.comments.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({
          code: "custom",
          path: ["comments", i, "id"],
          message: `duplicate comment id "${c.id}"`,
        });
      ids.add(c.id);
    });
    if (state.status === "approved" && !state.signOff) {
      ctx.addIssue({
        code: "custom",
        path: ["signOff"],
        message: "an approved report needs a sign-off (name, role and date)",
      });
    }
  });

export type QaState = z.output<typeof QaStateV2Schema>;
export type QaStateInput = z.input<typeof QaStateV2Schema>;
export type QaAnswer = z.output<typeof QaAnswerSchema>;
export type QaComment = z.output<typeof QaCommentSchema>;
export type QaDates = z.output<typeof QaDatesSchema>;
export type SignOff = z.output<typeof SignOffSchema>;
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

/**
 * Version 1: the older, simpler shape. Answers are a list without who or when; one reviewer and
 * one "updated" time for the whole record; no comments, dates other than the submission, or
 * history.
 */
export const QaStateV1Schema = z
  .object({
    schemaVersion: z.literal(1),
    packId: nonEmpty,
    setId: nonEmpty,
    status: z.enum(["in-progress", "in-review", "complete"]),
    reviewer: z.string().default(""),
    updated: isoTime,
    answers: z
      .array(
        z
          .object({ criterionId: nonEmpty, answer: nonEmpty, comment: z.string().default("") })
          .strict(),
      )
      .default([]),
    submitted: ukDate.optional(),
    signedOff: z
      .object({ name: nonEmpty, role: z.string().default(""), date: ukDate })
      .strict()
      .optional(),
  })
  .strict();

export type QaStateV1 = z.output<typeof QaStateV1Schema>;
export type QaStateV1Input = z.input<typeof QaStateV1Schema>;
