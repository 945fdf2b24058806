import type { z } from "zod";
import type { CheckOptions } from "../checks/types";
import { BUILTIN_RULES } from "../checks/families";
import { PhraseEntrySchema, type PhraseEntryInput } from "../language/phrase-schema";
import { PHRASES } from "../language/phrases";
import type { Severity } from "../model/types";
import { BUILTIN_PACKS, parsePack } from "../packs/registry";
import type { Pack } from "../packs/schema";
import { parseWith, type InputProblem } from "../validation";
import { OrganisationConfigSchema, type OrganisationConfig } from "./schema";

/**
 * Turning an organisation file into what the add-in uses: the packs offered (in order, with the
 * organisation's protective marking), the pack the list starts on, and the check options.
 *
 * All or nothing: a file with any problem gives the built-in settings plus the list of problems
 * (each named by its path, for the administrator), so authors never work with half a
 * configuration. Never throws.
 */

export interface OrganisationSettings {
  /** "organisation" when a valid organisation file gave these settings. */
  source: "built-in" | "organisation";
  agencyName?: string;
  /** The packs offered in the template list, in order, each with the organisation's marking. */
  packs: readonly Pack[];
  /** Id of the pack the template list starts on (always one of `packs`). */
  defaultPackId: string;
  /** The organisation's protective marking, when it sets one (already applied to `packs`). */
  protectiveMarking?: string;
  /** What the check engine takes (runChecks(model, pack, checkOptions)). */
  checkOptions: CheckOptions;
}

export interface OrganisationLoad {
  settings: OrganisationSettings;
  /** Empty when the file was valid (or there was none). */
  problems: InputProblem[];
}

/** Settings when there is no organisation file: every built-in pack, the first one chosen. */
export function builtInSettings(): OrganisationSettings {
  return {
    source: "built-in",
    packs: BUILTIN_PACKS,
    defaultPackId: BUILTIN_PACKS[0].id,
    checkOptions: {},
  };
}

/** A copy of `pack` whose template carries `marking` (the pack itself is left as it was). */
export function withMarking(pack: Pack, marking: string | undefined): Pack {
  if (!marking || marking === pack.protectiveMarking.default) return pack;
  return { ...pack, protectiveMarking: { ...pack.protectiveMarking, default: marking } };
}

/** The organisation file's text (JSON) to settings; a file that isn't JSON is one problem. */
export function parseOrganisationJson(text: string): OrganisationLoad {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return failed([{ path: "(file)", message: `is not valid JSON: ${reason}` }]);
  }
  return resolveOrganisation(data);
}

/** Parsed organisation data to settings, or the built-in settings and the problems. */
export function resolveOrganisation(data: unknown): OrganisationLoad {
  const problems: InputProblem[] = [];
  const parsed = OrganisationConfigSchema.safeParse(data);
  if (!parsed.success) problems.push(...issuesToProblems(parsed.error.issues));

  const raw = isObject(data) ? data : {};
  const rawPacks = isObject(raw.packs) ? raw.packs : {};
  const custom = validateCustomPacks(rawPacks.custom, problems);
  const rawLanguage = isObject(raw.language) ? raw.language : {};
  const extraPhrases = validateExtraPhrases(rawLanguage.extraPhrases, problems);
  // Cross-references are checked even when other parts fail, so one reading lists every problem.
  // A custom pack that failed still counts by its id, so it isn't also reported as unknown.
  const customIds = Array.isArray(rawPacks.custom)
    ? rawPacks.custom.flatMap((c) => (isObject(c) && typeof c.id === "string" ? [c.id] : []))
    : [];
  checkCrossReferences(
    {
      offered: stringsIn(rawPacks.offered)?.map((x) => (x && PACK_ID.test(x) ? x : undefined)),
      default:
        typeof rawPacks.default === "string" && PACK_ID.test(rawPacks.default)
          ? rawPacks.default
          : undefined,
      rules: isObject(raw.ruleSeverities) ? Object.keys(raw.ruleSeverities) : [],
      disabledPhrases: stringsIn(rawLanguage.disabledPhrases),
    },
    [...BUILTIN_PACKS.map((p) => p.id), ...customIds],
    extraPhrases,
    problems,
  );

  for (const p of problems) p.message = plainMessage(p.message);
  problems.sort((a, b) => a.path.localeCompare(b.path)); // grouped by where they are in the file
  if (!parsed.success || problems.length > 0 || !custom) return failed(problems);
  const config = parsed.data;
  const available = [...BUILTIN_PACKS, ...custom];

  const offered = config.packs?.offered
    ? config.packs.offered.map((id) => available.find((p) => p.id === id) as Pack)
    : available;
  return {
    settings: {
      source: "organisation",
      agencyName: config.agencyName,
      packs: offered.map((p) => withMarking(p, config.protectiveMarking)),
      defaultPackId: config.packs?.default ?? offered[0].id,
      protectiveMarking: config.protectiveMarking,
      checkOptions: checkOptions(config, extraPhrases),
    },
    problems: [],
  };
}

/**
 * For the command line: every pack the file makes available (built-in, then custom) with the
 * organisation's marking, whether or not the template list offers it, and the settings.
 */
export function availablePacks(data: unknown): OrganisationLoad & { packs: Pack[] } {
  const load = resolveOrganisation(data);
  if (load.problems.length > 0) return { ...load, packs: [] };
  const raw = isObject(data) && isObject(data.packs) ? data.packs.custom : undefined;
  const custom = validateCustomPacks(raw, []) ?? [];
  const marking = load.settings.protectiveMarking;
  return { ...load, packs: [...BUILTIN_PACKS, ...custom].map((p) => withMarking(p, marking)) };
}

/** The pack id format (the schema reports ids that don't have it, so they aren't looked up). */
const PACK_ID = /^[a-z0-9][a-z0-9-]*$/;

function failed(problems: InputProblem[]): OrganisationLoad {
  return { settings: builtInSettings(), problems };
}

/** zod's wording for a missing field, said plainly. */
function plainMessage(message: string): string {
  return /^Invalid input: expected \w+, received undefined$/.test(message)
    ? "is missing (it is required)"
    : message;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(top level)" : path.map(String).join(".");
}

/** zod issues as problems; an unknown field is named by its own path. */
function issuesToProblems(issues: readonly z.core.$ZodIssue[]): InputProblem[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: joinPath([...issue.path, key]),
          message: "is not a setting IMR Assistant knows (check the spelling)",
        }))
      : [{ path: joinPath(issue.path), message: issue.message }],
  );
}

/** Each custom pack against the pack schema; undefined when any is invalid. */
function validateCustomPacks(raw: unknown, problems: InputProblem[]): Pack[] | undefined {
  if (!Array.isArray(raw)) return [];
  const packs: Pack[] = [];
  let ok = true;
  const builtInIds = new Set(BUILTIN_PACKS.map((p) => p.id));
  const seen = new Set<string>();
  raw.forEach((input, i) => {
    const prefix = `packs.custom.${i}`;
    const r = parsePack(input);
    if (!r.ok) {
      ok = false;
      for (const p of r.problems)
        problems.push({
          path: p.path === "(top level)" ? prefix : `${prefix}.${p.path}`,
          message: p.message,
        });
      return;
    }
    const packId = r.value.id;
    if (builtInIds.has(packId)) {
      ok = false;
      problems.push({
        path: `${prefix}.id`,
        message: `"${packId}" is a built-in pack's id: give the organisation's pack its own id`,
      });
    } else if (seen.has(packId)) {
      ok = false;
      problems.push({
        path: `${prefix}.id`,
        message: `another custom pack has the id "${packId}"`,
      });
    }
    seen.add(packId);
    packs.push(r.value);
  });
  return ok ? packs : undefined;
}

/** Each extra phrase against the catalogue's schema; the valid ones, as written. */
function validateExtraPhrases(raw: unknown, problems: InputProblem[]): PhraseEntryInput[] {
  if (!Array.isArray(raw)) return [];
  const catalogue = new Set(PHRASES.map((p) => p.id));
  const out: PhraseEntryInput[] = [];
  raw.forEach((input, i) => {
    const prefix = `language.extraPhrases.${i}`;
    const r = parseWith(PhraseEntrySchema, input);
    if (!r.ok) {
      for (const p of r.problems)
        problems.push({
          path: p.path === "(top level)" ? prefix : `${prefix}.${p.path}`,
          message: p.message,
        });
      return;
    }
    if (catalogue.has(r.value.id)) {
      problems.push({
        path: `${prefix}.id`,
        message: `the built-in catalogue already has an entry "${r.value.id}": choose another id`,
      });
      return;
    }
    out.push(input as PhraseEntryInput);
  });
  return out;
}

/** Where the values are strings (the schema reports the rest); undefined if not an array. */
function stringsIn(x: unknown): (string | undefined)[] | undefined {
  return Array.isArray(x) ? x.map((v) => (typeof v === "string" ? v : undefined)) : undefined;
}

interface References {
  offered?: (string | undefined)[];
  default?: string;
  rules: string[];
  disabledPhrases?: (string | undefined)[];
}

/** Ids that must name something: offered and default packs, rules, phrases to switch off. */
function checkCrossReferences(
  refs: References,
  ids: readonly string[],
  extraPhrases: readonly PhraseEntryInput[],
  problems: InputProblem[],
): void {
  const known = `available: ${ids.join(", ")}`;
  const seen = new Set<string>();
  refs.offered?.forEach((packId, i) => {
    if (packId === undefined) return;
    if (!ids.includes(packId))
      problems.push({
        path: `packs.offered.${i}`,
        message: `no built-in or custom pack has the id "${packId}" (${known})`,
      });
    else if (seen.has(packId))
      problems.push({ path: `packs.offered.${i}`, message: `"${packId}" is offered twice` });
    seen.add(packId);
  });
  const def = refs.default;
  if (def !== undefined) {
    if (!ids.includes(def))
      problems.push({
        path: "packs.default",
        message: `no built-in or custom pack has the id "${def}" (${known})`,
      });
    else if (refs.offered && !refs.offered.includes(def))
      problems.push({
        path: "packs.default",
        message: `"${def}" is not one of the offered packs (packs.offered)`,
      });
  }
  const rules = new Set(BUILTIN_RULES.map((r) => r.rule));
  for (const rule of refs.rules) {
    if (!rules.has(rule))
      problems.push({
        path: `ruleSeverities.${rule}`,
        message: `no check has this rule id (rule ids look like "language.long-sentence"; DEPLOYMENT.md lists them)`,
      });
  }
  const phraseNames = new Set(
    [...PHRASES, ...extraPhrases].flatMap((e) => [e.id, ...e.phrases].map(lower)),
  );
  refs.disabledPhrases?.forEach((name, i) => {
    if (name !== undefined && name.trim() !== "" && !phraseNames.has(lower(name)))
      problems.push({
        path: `language.disabledPhrases.${i}`,
        message: `no phrase entry has the id or phrase "${name}"`,
      });
  });
}

function lower(s: string): string {
  return s.trim().toLowerCase();
}

function checkOptions(
  config: OrganisationConfig,
  extraPhrases: readonly PhraseEntryInput[],
): CheckOptions {
  const options: CheckOptions = {};
  const severities = Object.entries(config.ruleSeverities ?? {});
  const disabled = severities.filter(([, s]) => s === "off").map(([rule]) => rule);
  const overrides = Object.fromEntries(
    severities.filter(([, s]) => s !== "off") as [string, Severity][],
  );
  if (disabled.length > 0) options.disabledRules = disabled;
  if (Object.keys(overrides).length > 0) options.severityOverrides = overrides;
  if (extraPhrases.length > 0) options.extraPhrases = extraPhrases;
  const off = config.language?.disabledPhrases;
  if (off && off.length > 0) options.disabledPhrases = off;
  const acronyms = config.acronymsWithoutExpansion;
  if (acronyms && acronyms.length > 0) options.acronymsWithoutExpansion = acronyms;
  return options;
}
