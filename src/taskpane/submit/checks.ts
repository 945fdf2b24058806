import { GUIDANCE_REMAINING } from "../../core/checks/guidance";
import type { Finding } from "../../core/model/types";

/**
 * The checks as "Prepare for submission" shows them. Errors must be fixed, or the author says
 * plainly that they submit with them; warnings and notes never stop them. Guidance left in is not
 * listed here: the removal preview shows it, and the clean copy takes it out.
 */
export interface SubmissionChecks {
  errors: Finding[];
  warnings: Finding[];
  notes: Finding[];
  /** guidance.remaining findings left out of the lists above. */
  guidance: number;
}

export function submissionChecks(findings: readonly Finding[]): SubmissionChecks {
  const out: SubmissionChecks = { errors: [], warnings: [], notes: [], guidance: 0 };
  for (const f of findings) {
    if (f.rule === GUIDANCE_REMAINING) out.guidance++;
    else if (f.severity === "error") out.errors.push(f);
    else if (f.severity === "warning") out.warnings.push(f);
    else out.notes.push(f);
  }
  return out;
}

/** Whether the author may go on to the clean copy or the removal. */
export function mayGoOn(checks: SubmissionChecks, acknowledged: boolean): boolean {
  return checks.errors.length === 0 || acknowledged;
}
