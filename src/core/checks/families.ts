import { CHRONOLOGY_FAMILY, CHRONOLOGY_RULE_DESCRIPTIONS } from "../chronology/rule-family";
import { acronymFamily } from "./acronyms";
import { guidanceFamily } from "./guidance";
import { judgementalFamily } from "./judgemental";
import { longSentenceFamily } from "./long-sentence";
import { markingFamily } from "./marking";
import { nameFamily } from "./names";
import { placeholderFamily } from "./placeholders";
import { recommendationsFamily } from "./recommendations";
import { structureFamily } from "./structure";
import type { RuleFamily } from "./types";

/** The rule families every check runs, in the order their findings are listed on a tie. */
export const BUILTIN_FAMILIES: readonly RuleFamily[] = [
  structureFamily,
  markingFamily,
  placeholderFamily,
  guidanceFamily,
  acronymFamily,
  judgementalFamily,
  nameFamily,
  longSentenceFamily,
  recommendationsFamily,
  CHRONOLOGY_FAMILY,
];

/** Every rule id the built-in families emit, with its default severity (for settings screens). */
export const BUILTIN_RULES: readonly { rule: string; severity: string; description: string }[] = [
  {
    rule: "structure.missing-section",
    severity: "error",
    description: "A required section of the template is missing.",
  },
  {
    rule: "structure.empty-section",
    severity: "error (warning if optional)",
    description: "A section holds only guidance, prompts or nothing.",
  },
  {
    rule: "structure.placeholder",
    severity: "error",
    description: "A template prompt is still in the text.",
  },
  {
    rule: "structure.glossary-missing",
    severity: "warning",
    description: "Abbreviations are used and no glossary lists them.",
  },
  {
    rule: "guidance.remaining",
    severity: "warning",
    description: "A guidance note from the template is still in the report.",
  },
  {
    rule: "marking.missing",
    severity: "error (warning for an old or different marking)",
    description: "No protective marking at the top or in the header.",
  },
  {
    rule: "language.judgemental",
    severity: "warning or info (by phrase; info when quoted)",
    description: "Judgemental or victim-blaming language.",
  },
  {
    rule: "language.acronym-undefined",
    severity: "warning (info if only in the glossary)",
    description: "An acronym not spelt out at its first use.",
  },
  {
    rule: "language.long-sentence",
    severity: "info",
    description: "A sentence longer than the word limit.",
  },
  {
    rule: "anonymisation.full-name",
    severity: "warning (error for register names)",
    description: "A person's real name left in.",
  },
  {
    rule: "recommendations.smart",
    severity: "warning",
    description: "A recommendation without owner, date, strong action or evidence of outcome.",
  },
  ...CHRONOLOGY_RULE_DESCRIPTIONS,
];
