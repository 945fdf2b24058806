export { runChecks, check, recheck, findingKey, sameContent, type CheckResult } from "./engine";
export { SECTION_LABELS, type CheckContext, type CheckOptions, type RuleFamily } from "./types";
export { BUILTIN_FAMILIES, BUILTIN_RULES } from "./families";
export {
  summariseFindings,
  describeCounts,
  type FindingsSummary,
  type SectionSummary,
  type SeverityCounts,
} from "./summary";
export { validateCheckOptions } from "./options";
export { JUDGEMENTAL } from "./judgemental";
export { ACRONYM_UNDEFINED, GLOSSARY_MISSING } from "./acronyms";
export { FULL_NAME } from "./names";
export { LONG_SENTENCE, DEFAULT_MAX_SENTENCE_WORDS } from "./long-sentence";
export { MARKING } from "./marking";
export { PLACEHOLDER } from "./placeholders";
export { MISSING_SECTION, EMPTY_SECTION } from "./structure";
export { SMART, hasValidDate, onlyWeakVerbs } from "./recommendations";
