import type { Pack, QaSet } from "../packs/schema";
import { parseWith, type InputProblem } from "../validation";
import {
  CURRENT_QA_SCHEMA_VERSION,
  OLDEST_QA_SCHEMA_VERSION,
  QA_DATE_LABELS,
  QA_STATUS_LABELS,
  QaStateV1Schema,
  QaStateV2Schema,
  formatUkDate,
  isUkDate,
  type QaComment,
  type QaDateKey,
  type QaState,
  type QaStateV1,
  type QaStatus,
  type SignOff,
} from "./schema";

/**
 * Pure transitions of the QA state. Each returns a new state (the old one is never changed) or a
 * reason, in words a QA manager reads, why the change is not allowed.
 */

export type QaResult = { ok: true; state: QaState } | { ok: false; reason: string };

/** What reading a stored QA state gave. */
export type QaLoad =
  /** Read; `migratedFrom` says it was stored in an older version and has been brought up to date. */
  | { kind: "ok"; state: QaState; migratedFrom?: number }
  /** Written by a newer version of the add-in: do not show it as editable and never overwrite it. */
  | { kind: "newer"; version: number; message: string }
  | { kind: "invalid"; problems: InputProblem[] };

/** The message shown for a QA record from a newer version of the add-in. */
export function newerVersionMessage(version: number): string {
  return (
    `The quality assurance record in this document was saved by a newer version of IMR Assistant ` +
    `(record version ${version}; this version reads versions ${OLDEST_QA_SCHEMA_VERSION} to ${CURRENT_QA_SCHEMA_VERSION}). ` +
    `It has been left exactly as it is: update the add-in to read or change it.`
  );
}

/** Read a QA state of any known version from plain data (parsed JSON or XML), migrating old ones. */
export function loadQaState(data: unknown): QaLoad {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      kind: "invalid",
      problems: [{ path: "(top level)", message: "the QA record must be an object" }],
    };
  }
  const raw = (data as { schemaVersion?: unknown }).schemaVersion;
  const version = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return {
      kind: "invalid",
      problems: [{ path: "schemaVersion", message: "the QA record has no valid schema version" }],
    };
  }
  if (version > CURRENT_QA_SCHEMA_VERSION)
    return { kind: "newer", version, message: newerVersionMessage(version) };
  const withVersion = { ...(data as object), schemaVersion: version };
  if (version === 1) {
    const v1 = parseWith(QaStateV1Schema, withVersion);
    if (!v1.ok) return { kind: "invalid", problems: v1.problems };
    const migrated = parseWith(QaStateV2Schema, migrateV1(v1.value));
    if (!migrated.ok) return { kind: "invalid", problems: migrated.problems };
    return { kind: "ok", state: migrated.value, migratedFrom: 1 };
  }
  const v2 = parseWith(QaStateV2Schema, withVersion);
  return v2.ok ? { kind: "ok", state: v2.value } : { kind: "invalid", problems: v2.problems };
}

const V1_STATUS: Record<QaStateV1["status"], QaStatus> = {
  "in-progress": "draft",
  "in-review": "submitted-for-qa",
  complete: "approved",
};

/**
 * Version 1 -> 2. Answers become a map keyed by criterion, each with the v1 reviewer and update
 * time; the v1 submission date becomes the date of first submission; a v1 sign-off becomes the
 * sign-off (a missing role reads "Not recorded"). A v1 "complete" record without a sign-off
 * cannot be "approved" in v2, so it comes back as "submitted-for-qa". The history starts with
 * one entry: the status the record had, by the v1 reviewer at the v1 update time.
 */
export function migrateV1(v1: QaStateV1): QaState {
  const at = v1.updated;
  const answers: QaState["answers"] = {};
  for (const a of v1.answers)
    answers[a.criterionId] = { answer: a.answer, comment: a.comment, by: v1.reviewer, at };
  const signOff: SignOff | undefined = v1.signedOff
    ? {
        name: v1.signedOff.name,
        role: v1.signedOff.role.trim() || "Not recorded",
        date: v1.signedOff.date,
      }
    : undefined;
  let status = V1_STATUS[v1.status];
  if (status === "approved" && !signOff) status = "submitted-for-qa";
  const dates: QaState["dates"] = {};
  if (v1.submitted) dates.firstSubmission = v1.submitted;
  if (status === "approved" && signOff) dates.qaCompleted = signOff.date;
  return {
    schemaVersion: CURRENT_QA_SCHEMA_VERSION,
    packId: v1.packId,
    setId: v1.setId,
    status,
    answers,
    comments: [],
    dates,
    signOff,
    history: [{ status, by: v1.reviewer, at }],
  };
}

/** The QA set a state is for, or undefined when the pack no longer has it. */
export function qaSetOf(pack: Pack, setId: string): QaSet | undefined {
  return pack.qa.sets.find((s) => s.id === setId);
}

/** A fresh state for the pack's QA set (its default set unless `setId` names another). */
export function emptyState(pack: Pack, setId?: string): QaState {
  const id = setId ?? pack.qa.defaultSet;
  if (!qaSetOf(pack, id)) {
    throw new Error(
      `The pack "${pack.id}" has no QA set "${id}" (it has: ${pack.qa.sets.map((s) => s.id).join(", ")})`,
    );
  }
  return {
    schemaVersion: CURRENT_QA_SCHEMA_VERSION,
    packId: pack.id,
    setId: id,
    status: "draft",
    answers: {},
    comments: [],
    dates: {},
    history: [],
  };
}

function iso(now: Date): string {
  return now.toISOString();
}

function fail(reason: string): QaResult {
  return { ok: false, reason };
}

/** Criteria of the set not yet answered, in the set's order. */
export function unansweredCriteria(state: QaState, set: QaSet): QaSet["criteria"] {
  return set.criteria.filter((c) => !state.answers[c.id]);
}

/** Answers stored for criteria the set no longer has (the pack changed since they were given). */
export function orphanAnswers(state: QaState, set: QaSet): string[] {
  const ids = new Set(set.criteria.map((c) => c.id));
  return Object.keys(state.answers).filter((id) => !ids.has(id));
}

/** Record (or change) the answer to one criterion. */
export function answer(
  state: QaState,
  set: QaSet,
  criterionId: string,
  value: string,
  comment: string,
  by: string,
  now: Date,
): QaResult {
  if (set.id !== state.setId)
    return fail(`This record is for the QA set "${state.setId}", not "${set.id}".`);
  const criterion = set.criteria.find((c) => c.id === criterionId);
  if (!criterion) return fail(`The QA form has no criterion "${criterionId}".`);
  const chosen = set.answers.find((a) => a.toLowerCase() === value.trim().toLowerCase());
  if (!chosen)
    return fail(
      `"${value}" is not one of the answers this form allows (${set.answers.join(", ")}).`,
    );
  if (state.status === "approved") {
    return fail("The report has been approved: return it for revision before changing an answer.");
  }
  return {
    ok: true,
    state: {
      ...state,
      answers: { ...state.answers, [criterionId]: { answer: chosen, comment, by, at: iso(now) } },
    },
  };
}

/** Remove the answer to one criterion. */
export function clearAnswer(state: QaState, criterionId: string): QaResult {
  if (state.status === "approved")
    return fail("The report has been approved: return it for revision before changing an answer.");
  if (!state.answers[criterionId]) return { ok: true, state };
  const answers = { ...state.answers };
  delete answers[criterionId];
  return { ok: true, state: { ...state, answers } };
}

/** The status changes a QA record allows. */
export const ALLOWED_TRANSITIONS: Record<QaStatus, readonly QaStatus[]> = {
  draft: ["submitted-for-qa"],
  /** The QA manager returns or approves it; the author may withdraw it to draft. */
  "submitted-for-qa": ["returned-for-revision", "approved", "draft"],
  "returned-for-revision": ["submitted-for-qa"],
  /** The review panel may return an approved IMR for revision (seed 002, Appendix 3). */
  approved: ["returned-for-revision"],
};

/**
 * Move the record to a new status. Approving needs a sign-off and an answer to every criterion;
 * it records the sign-off date as the date QA was completed (unless one is already recorded).
 * Returning an approved report for revision clears the sign-off, so it must be signed again.
 */
export function setStatus(
  state: QaState,
  set: QaSet,
  status: QaStatus,
  by: string,
  now: Date,
): QaResult {
  if (status === state.status) return fail(`The report is already "${QA_STATUS_LABELS[status]}".`);
  if (!ALLOWED_TRANSITIONS[state.status].includes(status)) {
    const allowed = ALLOWED_TRANSITIONS[state.status]
      .map((s) => `"${QA_STATUS_LABELS[s]}"`)
      .join(" or ");
    return fail(
      `A report that is "${QA_STATUS_LABELS[state.status]}" can only be moved to ${allowed}.`,
    );
  }
  let next: QaState = {
    ...state,
    status,
    history: [...state.history, { status, by, at: iso(now) }],
  };
  if (status === "approved") {
    if (set.id !== state.setId)
      return fail(`This record is for the QA set "${state.setId}", not "${set.id}".`);
    const missing = unansweredCriteria(state, set);
    if (missing.length > 0) {
      const list = missing
        .slice(0, 3)
        .map((c) => `"${c.text}"`)
        .join("; ");
      const more = missing.length > 3 ? ` and ${missing.length - 3} more` : "";
      return fail(
        `Every criterion needs an answer before the report can be approved: ${missing.length} not answered (${list}${more}).`,
      );
    }
    if (!state.signOff)
      return fail(
        "The report needs to be signed off (name, role and date) before it can be approved.",
      );
    if (!next.dates.qaCompleted)
      next = { ...next, dates: { ...next.dates, qaCompleted: state.signOff.date } };
  }
  if (state.status === "approved" && status === "returned-for-revision") {
    next = { ...next, signOff: undefined };
    delete next.signOff;
  }
  return { ok: true, state: next };
}

/** Record who quality assured and approved the report, their role and the date (dd/mm/yyyy). */
export function signOff(
  state: QaState,
  details: { name: string; role: string; date: string },
): QaResult {
  const name = details.name.trim();
  const role = details.role.trim();
  const date = details.date.trim();
  if (!name) return fail("The sign-off needs the name of the person quality assuring the report.");
  if (!role) return fail("The sign-off needs the role of the person quality assuring the report.");
  if (!isUkDate(date))
    return fail(
      `The sign-off date must be written dd/mm/yyyy (e.g. 05/03/2024), not "${details.date}".`,
    );
  if (state.status === "approved")
    return fail(
      "The report has already been approved: return it for revision to sign it off again.",
    );
  return { ok: true, state: { ...state, signOff: { name, role, date } } };
}

/** Set one of the recorded dates (dd/mm/yyyy); an empty value clears it. */
export function setDate(state: QaState, key: QaDateKey, value: string): QaResult {
  if (!(key in QA_DATE_LABELS)) return fail(`There is no date called "${key}".`);
  const v = value.trim();
  const dates = { ...state.dates };
  if (v === "") {
    delete dates[key];
    return { ok: true, state: { ...state, dates } };
  }
  if (!isUkDate(v))
    return fail(
      `${QA_DATE_LABELS[key]} must be written dd/mm/yyyy (e.g. 05/03/2024), not "${value}".`,
    );
  dates[key] = v;
  return { ok: true, state: { ...state, dates } };
}

/** Today's date as the form writes it. */
export function today(now: Date): string {
  return formatUkDate(now);
}

/** The first words of a selection, to find a comment's place again (at most 8 words, 60 characters). */
export function anchorFrom(selection: string): string {
  const words = selection
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, 8)
    .join(" ");
  return words.length <= 60 ? words : `${words.slice(0, 59).trimEnd()}…`;
}

/** Add a comment on the text (and, optionally, on one criterion). Ids run c1, c2, ... */
export function addComment(
  state: QaState,
  comment: { text: string; by: string; criterionId?: string; selection?: string },
  now: Date,
  set?: QaSet,
): QaResult {
  const text = comment.text.trim();
  if (!text) return fail("A comment needs some text.");
  if (
    comment.criterionId !== undefined &&
    set &&
    !set.criteria.some((c) => c.id === comment.criterionId)
  ) {
    return fail(`The QA form has no criterion "${comment.criterionId}".`);
  }
  const highest = state.comments.reduce((n, c) => {
    const m = /^c(\d+)$/.exec(c.id);
    return m ? Math.max(n, Number(m[1])) : n;
  }, 0);
  const added: QaComment = {
    id: `c${highest + 1}`,
    text,
    by: comment.by,
    at: iso(now),
    anchorText: anchorFrom(comment.selection ?? ""),
  };
  if (comment.criterionId !== undefined) added.criterionId = comment.criterionId;
  return { ok: true, state: { ...state, comments: [...state.comments, added] } };
}

/** Remove a comment by id. */
export function removeComment(state: QaState, id: string): QaResult {
  if (!state.comments.some((c) => c.id === id)) return fail(`There is no comment "${id}".`);
  return { ok: true, state: { ...state, comments: state.comments.filter((c) => c.id !== id) } };
}
