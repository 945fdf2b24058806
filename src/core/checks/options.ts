import type { InputProblem } from "../validation";
import { parseWith } from "../validation";
import { PhraseEntrySchema } from "../language/phrase-schema";
import { AcronymEntrySchema } from "../language/acronym-schema";
import { PHRASES } from "../language/phrases";
import type { CheckOptions } from "./types";

const SEVERITIES = new Set(["error", "warning", "info"]);

/**
 * Problems with check options an agency supplied (their own phrases and acronyms, severities,
 * the sentence limit), each named by its path. runChecks() itself never fails on bad options: it
 * leaves out what is invalid, so show these problems where the options are edited.
 */
export function validateCheckOptions(options: CheckOptions): InputProblem[] {
  const problems: InputProblem[] = [];
  (options.extraPhrases ?? []).forEach((p, i) => {
    const r = parseWith(PhraseEntrySchema, p);
    if (!r.ok)
      for (const x of r.problems)
        problems.push({ path: `extraPhrases.${i}.${x.path}`, message: x.message });
  });
  (options.extraAcronyms ?? []).forEach((a, i) => {
    const r = parseWith(AcronymEntrySchema, a);
    if (!r.ok)
      for (const x of r.problems)
        problems.push({ path: `extraAcronyms.${i}.${x.path}`, message: x.message });
  });
  for (const [rule, s] of Object.entries(options.severityOverrides ?? {})) {
    if (!SEVERITIES.has(s))
      problems.push({
        path: `severityOverrides.${rule}`,
        message: `must be "error", "warning" or "info"`,
      });
  }
  const m = options.maxSentenceWords;
  if (m !== undefined && (!Number.isFinite(m) || m < 5))
    problems.push({ path: "maxSentenceWords", message: "must be a number of at least 5" });
  const ids = new Set(PHRASES.map((p) => p.id));
  (options.enabledPhrases ?? []).forEach((id, i) => {
    if (!ids.has(id))
      problems.push({ path: `enabledPhrases.${i}`, message: `no phrase entry has the id "${id}"` });
  });
  return problems;
}
