import { parseWith, type InputProblem } from "../validation";
import {
  CURRENT_SETTINGS_SCHEMA_VERSION,
  DocumentSettingsSchema,
  ReviewPeriodSchema,
  type DocumentSettings,
  type ReviewPeriod,
} from "./schema";

/** What reading stored settings gave. */
export type SettingsLoad =
  | { kind: "ok"; settings: DocumentSettings }
  /** Written by a newer version of the add-in: use defaults for the session, never overwrite it. */
  | { kind: "newer"; version: number; message: string }
  | { kind: "invalid"; problems: InputProblem[] };

export function newerSettingsMessage(version: number): string {
  return (
    `The settings in this document were saved by a newer version of IMR Assistant ` +
    `(version ${version}; this version reads version ${CURRENT_SETTINGS_SCHEMA_VERSION}). ` +
    `They have been left exactly as they are: update the add-in to use them.`
  );
}

/** Read settings from plain data (parsed XML). Never throws. */
export function loadSettings(data: unknown): SettingsLoad {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return {
      kind: "invalid",
      problems: [{ path: "(top level)", message: "the settings must be an object" }],
    };
  const raw = (data as { schemaVersion?: unknown }).schemaVersion;
  const version = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
    return {
      kind: "invalid",
      problems: [{ path: "schemaVersion", message: "the settings have no valid schema version" }],
    };
  if (version > CURRENT_SETTINGS_SCHEMA_VERSION)
    return { kind: "newer", version, message: newerSettingsMessage(version) };
  const parsed = parseWith(DocumentSettingsSchema, { ...(data as object), schemaVersion: version });
  return parsed.ok
    ? { kind: "ok", settings: parsed.value }
    : { kind: "invalid", problems: parsed.problems };
}

/** The settings with `key` ignored (unchanged if it already was). */
export function ignoreFinding(settings: DocumentSettings, key: string): DocumentSettings {
  if (settings.ignoredFindings.includes(key)) return settings;
  return { ...settings, ignoredFindings: [...settings.ignoredFindings, key] };
}

/** The settings with `keys` no longer ignored. */
export function unignoreFindings(
  settings: DocumentSettings,
  keys: readonly string[],
): DocumentSettings {
  const gone = new Set(keys);
  return { ...settings, ignoredFindings: settings.ignoredFindings.filter((k) => !gone.has(k)) };
}

/** The settings with this review period (undefined clears it), or the problems with it. */
export function withReviewPeriod(
  settings: DocumentSettings,
  period: ReviewPeriod | undefined,
): { ok: true; settings: DocumentSettings } | { ok: false; problems: InputProblem[] } {
  if (period === undefined) {
    const { reviewPeriod: _gone, ...rest } = settings;
    return { ok: true, settings: rest };
  }
  const parsed = parseWith(ReviewPeriodSchema, period);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return { ok: true, settings: { ...settings, reviewPeriod: parsed.value } };
}

/** The settings with this pack chosen for checking (undefined: detect it again). */
export function withPackId(
  settings: DocumentSettings,
  packId: string | undefined,
): DocumentSettings {
  if (packId === undefined) {
    const { packId: _gone, ...rest } = settings;
    return rest;
  }
  return { ...settings, packId };
}
