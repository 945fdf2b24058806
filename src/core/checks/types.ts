import type { Block, DocModel, Finding, Severity } from "../model/types";
import type { Pack } from "../packs/schema";
import type { SectionMap } from "../sections/map";
import type { PhraseEntryInput } from "../language/phrase-schema";
import type { AcronymEntryInput } from "../language/acronym-schema";

/** What an agency or author can change about a check. Every field is optional. */
export interface CheckOptions {
  /** Rule ids switched off, e.g. ["language.long-sentence"]. */
  disabledRules?: readonly string[];
  /** A different severity for a rule, e.g. { "anonymisation.full-name": "error" }. */
  severityOverrides?: Readonly<Record<string, Severity>>;
  /** The agency's own judgemental phrases, in the catalogue's format (language/phrase-schema.ts). */
  extraPhrases?: readonly PhraseEntryInput[];
  /** Catalogue entries switched off, by entry id ("placement") or by one of its patterns as written. */
  disabledPhrases?: readonly string[];
  /** Catalogue entries that are off by default switched on, by id ("disabled-children"). */
  enabledPhrases?: readonly string[];
  /** Acronyms that need no expansion, added to the defaults (UK, NHS, GP, IMR and the review's name). */
  acronymsWithoutExpansion?: readonly string[];
  /** The agency's own acronyms, in the dictionary's format (language/acronym-schema.ts). */
  extraAcronyms?: readonly AcronymEntryInput[];
  /** language.long-sentence fires above this many words (default 40). */
  maxSentenceWords?: number;
  /** findingKey()s the author chose to ignore (remembered in the document). */
  ignoredKeys?: readonly string[];
  /** More rule families, e.g. the chronology rules. */
  extraFamilies?: readonly RuleFamily[];
  /** Real names from the people register: any left in the text is an error. */
  registerNames?: readonly string[];
  /**
   * The review period from the terms of reference (dd/mm/yyyy), as the author set it and the
   * document keeps it; without it the chronology rules read it from the chronology's details.
   */
  reviewPeriod?: { start: string; end: string };
}

/**
 * What a rule family is given. `blocks` is what to check: every block for a full check; for a
 * block-scoped family during recheck(), only the blocks that changed. `model` is always the whole
 * document, for context.
 */
export interface CheckContext {
  model: DocModel;
  pack: Pack;
  options: CheckOptions;
  sections: SectionMap;
  blocks: readonly Block[];
  /** False when the rule is disabled: skip the work. */
  isEnabled(rule: string): boolean;
  /**
   * Per-block cache that lives as long as the CheckResult chain: `compute` runs again only when
   * the block's content changes. Use it in document-scoped families for per-block facts, so a
   * recheck costs a walk over cached facts rather than a rescan. `key` names the fact.
   */
  memo<T>(key: string, block: Block, compute: (block: Block) => T): T;
  /**
   * Compiled data (word lists, dictionaries) built once and shared by every check with the same
   * pack and the same word-list options. A family whose data depends on its own configuration
   * must put that configuration in `key`.
   */
  shared<T>(key: string, build: () => T): T;
}

/**
 * A family of rules. `run` returns findings; the engine fills in `section`, applies severity
 * overrides, drops disabled rules and ignored findings, and sorts.
 *
 * blockScoped: every finding `run` returns is located in one of ctx.blocks and depends only on
 * that block's content (plus the pack and options). The engine then keeps its findings per block
 * and, on recheck, runs it on the changed blocks only. Otherwise the family is document-scoped:
 * it runs on every check and should use ctx.memo for per-block work.
 */
export interface RuleFamily {
  id: string;
  /** The rule ids it can emit; when all are disabled the family is not run. */
  rules?: readonly string[];
  blockScoped?: boolean;
  run(ctx: CheckContext): Finding[];
}

/** Section labels for findings outside the pack's sections. */
export const SECTION_LABELS = {
  cover: "Cover page",
  headerFooter: "Header and footer",
  document: "Whole document",
} as const;
