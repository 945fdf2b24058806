/**
 * The check engine: runs rule families over a DocModel and a pack, and re-checks cheaply after
 * an edit.
 *
 *   runChecks(model, pack, options?) -> CheckResult { findings, state }
 *   recheck(previous, model, changedBlockIds) -> CheckResult
 *   findingKey(finding) -> string     (what "ignore" remembers)
 *
 * PLUGGING IN A RULE FAMILY (e.g. the chronology rules)
 *   const chronologyFamily: RuleFamily = {
 *     id: "chronology",
 *     rules: ["chronology.date-format", "chronology.order"],   // optional; lets the engine skip you
 *     blockScoped: false,                                      // see below
 *     run(ctx) { ... return findings; },
 *   };
 *   runChecks(model, pack, { extraFamilies: [chronologyFamily] });
 *
 *   ctx gives: model (whole document), pack, options, sections (SectionMap: which section each
 *   block is in), blocks (what to check), isEnabled(ruleId), memo(key, block, compute) (a
 *   per-block cache that survives recheck; recomputed when the block's content changes) and
 *   shared(key, build) (compiled data, built once per pack and word-list options: put your own
 *   configuration in the key).
 *   - Return Finding[] with rule, severity, message, text and location. Leave `section` unset:
 *     the engine fills it from the location. Text must be the exact located text (for a table
 *     cell location, text found in that cell).
 *   - blockScoped: true only if each finding lies in one of ctx.blocks and depends on that block
 *     alone; on recheck the family then sees only the changed blocks. A table-wide rule (row
 *     order) is document-scoped: use ctx.memo keyed on the table block to stay cheap.
 *   - Never throw: the engine catches a family that does and reports it as a "engine.rule-failed"
 *     info finding, so one faulty rule cannot hide the others.
 *
 * Budgets (bench/checks-bench.ts): full check of a 60,000-word report <= 250 ms; recheck after
 * one paragraph changes <= 10 ms. Families compile their word lists once (ctx.shared), scan each
 * block in one pass, and document-scoped families aggregate memoised per-block facts.
 */
import type { Block, DocModel, Finding, Location, Severity } from "../model/types";
import type { Pack } from "../packs/schema";
import { mapSections, sectionKeys, type SectionMap } from "../sections/map";
import { squash } from "../model/text";
import { SECTION_LABELS, type CheckContext, type CheckOptions, type RuleFamily } from "./types";
import { BUILTIN_FAMILIES } from "./families";

export type { CheckContext, CheckOptions, RuleFamily } from "./types";
export { SECTION_LABELS } from "./types";

/** The result of a check; pass it to recheck() after an edit. `state` is opaque. */
export interface CheckResult {
  findings: Finding[];
  readonly state: CheckState;
}

interface MemoEntry {
  block: Block;
  value: unknown;
}

/** What a CheckResult carries forward for recheck(). Not for use outside the engine. */
export class CheckState {
  readonly keys: Map<string, number>;
  readonly memo = new Map<string, Map<string, MemoEntry>>();
  readonly sharedData: Map<string, unknown>;
  /** Block-scoped families' findings, by family then block id. */
  blockFindings = new Map<string, Map<string, Finding[]>>();
  lastBlocks = new Map<string, Block>();
  readonly families: RuleFamily[];
  readonly disabled: Set<string>;
  readonly ignored: Set<string>;

  constructor(
    readonly pack: Pack,
    readonly options: CheckOptions,
  ) {
    this.keys = sectionKeys(pack);
    this.sharedData = sharedFor(pack, options);
    this.families = [...BUILTIN_FAMILIES, ...(options.extraFamilies ?? [])];
    this.disabled = new Set(options.disabledRules ?? []);
    this.ignored = new Set(options.ignoredKeys ?? []);
  }
}

/** True when two blocks hold the same content (what every rule reads). */
export function sameContent(a: Block, b: Block): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.id !== b.id || a.part !== b.part || a.tag !== b.tag) return false;
  if (a.kind === "paragraph" && b.kind === "paragraph") {
    if (a.text !== b.text || a.headingLevel !== b.headingLevel || a.style !== b.style) return false;
    const sa = a.guidanceSpans ?? [];
    const sb = b.guidanceSpans ?? [];
    if (sa.length !== sb.length) return false;
    for (let i = 0; i < sa.length; i++)
      if (sa[i].start !== sb[i].start || sa[i].end !== sb[i].end) return false;
    return true;
  }
  if (a.kind === "table" && b.kind === "table") {
    if (a.rows.length !== b.rows.length) return false;
    for (let r = 0; r < a.rows.length; r++) {
      const ra = a.rows[r];
      const rb = b.rows[r];
      if (ra.length !== rb.length) return false;
      for (let c = 0; c < ra.length; c++) {
        if (ra[c] !== rb[c]) return false;
        if (!!a.guidanceCells?.[r]?.[c] !== !!b.guidanceCells?.[r]?.[c]) return false;
      }
    }
    return true;
  }
  return false;
}

/** Compiled word lists, shared by every check with the same pack and the same list options. */
const sharedByPack = new WeakMap<Pack, Map<string, Map<string, unknown>>>();

function sharedFor(pack: Pack, options: CheckOptions): Map<string, unknown> {
  const signature = JSON.stringify([
    options.extraPhrases ?? null,
    options.disabledPhrases ?? null,
    options.enabledPhrases ?? null,
    options.acronymsWithoutExpansion ?? null,
    options.extraAcronyms ?? null,
    options.registerNames ?? null,
    options.maxSentenceWords ?? null,
  ]);
  let byOptions = sharedByPack.get(pack);
  if (!byOptions) sharedByPack.set(pack, (byOptions = new Map()));
  let shared = byOptions.get(signature);
  if (!shared) {
    if (byOptions.size >= 8) byOptions.delete(byOptions.keys().next().value as string);
    byOptions.set(signature, (shared = new Map()));
  }
  return shared;
}

function makeContext(
  state: CheckState,
  model: DocModel,
  sections: SectionMap,
  blocks: readonly Block[],
): CheckContext {
  return {
    model,
    pack: state.pack,
    options: state.options,
    sections,
    blocks,
    isEnabled: (rule) => !state.disabled.has(rule),
    memo<T>(key: string, block: Block, compute: (block: Block) => T): T {
      let m = state.memo.get(key);
      if (!m) state.memo.set(key, (m = new Map()));
      const hit = m.get(block.id);
      if (hit && sameContent(hit.block, block)) {
        hit.block = block;
        return hit.value as T;
      }
      const value = compute(block);
      m.set(block.id, { block, value });
      return value;
    },
    shared<T>(key: string, build: () => T): T {
      if (!state.sharedData.has(key)) state.sharedData.set(key, build());
      return state.sharedData.get(key) as T;
    },
  };
}

function familyEnabled(state: CheckState, family: RuleFamily): boolean {
  return !family.rules || family.rules.some((r) => !state.disabled.has(r));
}

function safeRun(family: RuleFamily, ctx: CheckContext): Finding[] {
  try {
    return family.run(ctx);
  } catch (e) {
    return [
      {
        rule: "engine.rule-failed",
        severity: "info",
        message: `The "${family.id}" checks could not run on this document (${e instanceof Error ? e.message : String(e)}); the other checks are unaffected.`,
        text: family.id,
      },
    ];
  }
}

function groupByBlock(findings: Finding[], into: Map<string, Finding[]>): void {
  for (const f of findings) {
    const id = f.location?.blockId ?? "";
    const list = into.get(id);
    if (list) list.push(f);
    else into.set(id, [f]);
  }
}

/** The label of the section a block falls in. */
function sectionLabel(
  state: CheckState,
  model: DocModel,
  sections: SectionMap,
  blockId: string | undefined,
): string {
  if (blockId === undefined) return SECTION_LABELS.document;
  const i = sections.blockIndex.get(blockId);
  if (i === undefined) return SECTION_LABELS.document;
  const block = model.blocks[i];
  if (block.part === "header" || block.part === "footer") return SECTION_LABELS.headerFooter;
  const s = sections.blockSection[i];
  if (s !== undefined) return state.pack.sections[s].title;
  return sections.sections.some((m) => m.headingIndex !== undefined)
    ? SECTION_LABELS.cover
    : SECTION_LABELS.document;
}

function position(sections: SectionMap, loc: Location | undefined): [number, number, number] {
  if (!loc) return [-1, 0, 0];
  const b = sections.blockIndex.get(loc.blockId) ?? Number.MAX_SAFE_INTEGER;
  if ("start" in loc) return [b, 0, loc.start];
  if ("row" in loc) return [b, loc.row, loc.column];
  return [b, 0, 0];
}

function assemble(
  state: CheckState,
  model: DocModel,
  sections: SectionMap,
  raw: Finding[],
): Finding[] {
  const overrides = state.options.severityOverrides ?? {};
  const out: Finding[] = [];
  for (const f of raw) {
    if (state.disabled.has(f.rule)) continue;
    const section = f.section ?? sectionLabel(state, model, sections, f.location?.blockId);
    const severity: Severity = overrides[f.rule] ?? f.severity;
    const finding: Finding = { ...f, section, severity };
    if (state.ignored.size > 0 && state.ignored.has(findingKey(finding))) continue;
    out.push(finding);
  }
  const keyed = out.map((f, i) => ({ f, i, p: position(sections, f.location) }));
  keyed.sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.p[2] - b.p[2] || a.i - b.i);
  return keyed.map((k) => k.f);
}

function runFamilies(
  state: CheckState,
  model: DocModel,
  dirty: readonly Block[] | undefined,
): Finding[] {
  const sections = mapSections(model, state.pack, state.keys);
  const raw: Finding[] = [];
  const present = new Set(model.blocks.map((b) => b.id));
  for (const family of state.families) {
    if (!familyEnabled(state, family)) continue;
    if (family.blockScoped) {
      let perBlock = state.blockFindings.get(family.id);
      if (!perBlock || dirty === undefined) {
        perBlock = new Map();
        state.blockFindings.set(family.id, perBlock);
        groupByBlock(safeRun(family, makeContext(state, model, sections, model.blocks)), perBlock);
      } else {
        for (const id of [...perBlock.keys()]) if (!present.has(id)) perBlock.delete(id);
        for (const b of dirty) perBlock.delete(b.id);
        if (dirty.length > 0)
          groupByBlock(safeRun(family, makeContext(state, model, sections, dirty)), perBlock);
      }
      for (const list of perBlock.values()) raw.push(...list);
    } else {
      raw.push(...safeRun(family, makeContext(state, model, sections, model.blocks)));
    }
  }
  // Forget cached facts of blocks that are gone, so the memo does not grow without bound.
  for (const m of state.memo.values())
    if (m.size > present.size * 2)
      for (const id of [...m.keys()]) if (!present.has(id)) m.delete(id);
  state.lastBlocks = new Map(model.blocks.map((b) => [b.id, b]));
  return assemble(state, model, sections, raw);
}

/** Check a whole document against a pack. Never throws on a well-typed model. */
export function runChecks(model: DocModel, pack: Pack, options: CheckOptions = {}): Finding[] {
  return check(model, pack, options).findings;
}

/** runChecks, keeping what recheck() needs. */
export function check(model: DocModel, pack: Pack, options: CheckOptions = {}): CheckResult {
  const state = new CheckState(pack, options);
  return { findings: runFamilies(state, model, undefined), state };
}

/**
 * Check again after an edit. Block-scoped rules run on the changed blocks only (the ids given,
 * plus any block that is new or whose content differs from last time, so a missed change event
 * cannot leave stale findings); document-scoped rules run again over cached per-block facts.
 * The result equals a full check of `model` with the same pack and options.
 */
export function recheck(
  previous: CheckResult,
  model: DocModel,
  changedBlockIds: readonly string[],
): CheckResult {
  const state = previous.state;
  const changed = new Set(changedBlockIds);
  // A block edited in place is the same object with new content: forget what was cached for it.
  for (const m of state.memo.values()) for (const id of changed) m.delete(id);
  const dirty: Block[] = [];
  for (const b of model.blocks) {
    const old = state.lastBlocks.get(b.id);
    if (changed.has(b.id) || !old || !sameContent(old, b)) dirty.push(b);
  }
  return { findings: runFamilies(state, model, dirty), state };
}

/**
 * A stable key for "ignore this finding": rule + text + section. It survives edits elsewhere
 * and small edits around the text; ignoring one finding ignores the same words under the same
 * rule in the same section (which is what an author means by "this is fine here").
 */
export function findingKey(f: Pick<Finding, "rule" | "text" | "section">): string {
  return `${f.rule}|${squash(f.text).toLowerCase().slice(0, 120)}|${f.section ?? ""}`;
}
