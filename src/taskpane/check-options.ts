import type { CheckOptions } from "../core/checks/types";
import type { Finding } from "../core/model/types";
import type { ReviewPeriod } from "../core/settings/schema";

/**
 * The options every check in the pane runs with: the organisation's (rules switched off,
 * severities changed, extra or switched-off phrases, acronyms that need no expansion: from
 * src/core/config) together with the document's own (ignored findings, the review period, the
 * people register's names). Build them here, never by hand, so no panel forgets either side.
 */

/** What the document itself adds to a check. */
export interface DocumentCheckOptions {
  /** findingKey()s the author ignored; undefined shows every finding. */
  ignoredKeys?: readonly string[];
  reviewPeriod?: ReviewPeriod;
  /** Real names from the people register: any left in the text is an error. */
  registerNames?: readonly string[];
}

function union(a: readonly string[] | undefined, b: readonly string[]): readonly string[] {
  return a && a.length > 0 ? [...new Set([...a, ...b])] : b;
}

/** The organisation's options with the document's added (lists are joined, not replaced). */
export function mergeCheckOptions(
  organisation: CheckOptions | undefined,
  document: DocumentCheckOptions,
): CheckOptions {
  const options: CheckOptions = { ...organisation };
  if (document.ignoredKeys) options.ignoredKeys = union(options.ignoredKeys, document.ignoredKeys);
  if (document.registerNames)
    options.registerNames = union(options.registerNames, document.registerNames);
  if (document.reviewPeriod) options.reviewPeriod = document.reviewPeriod;
  return options;
}

/**
 * The organisation's rule settings (rules switched off, severities changed) applied to findings
 * made outside the check engine (the Chronology tab's own list), as the engine applies them.
 */
export function applyRuleSettings(
  findings: readonly Finding[],
  options: Pick<CheckOptions, "disabledRules" | "severityOverrides">,
): Finding[] {
  const disabled = new Set(options.disabledRules ?? []);
  const overrides = options.severityOverrides ?? {};
  return findings
    .filter((f) => !disabled.has(f.rule))
    .map((f) =>
      overrides[f.rule] && overrides[f.rule] !== f.severity
        ? { ...f, severity: overrides[f.rule] }
        : f,
    );
}
