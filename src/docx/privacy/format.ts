import type { PrivacyCleanReport, PrivacyIssues, PrivacyScan } from "./clean";
import { HIDDEN_WHERE_TEXT } from "./hidden-text";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "This document has 3 tracked changes: accept or reject them before submission." */
export function trackedChangesMessage(count: number): string {
  return `This document has ${plural(count, "tracked change", "tracked changes")}: accept or reject them before submission.`;
}

/**
 * The privacy lines `imr clean` prints: what was left out of the copy, what stopped it (tracked
 * changes) and where register names remain. `cleaned` is undefined when no copy was written.
 */
export function formatPrivacyReport(
  scan: PrivacyScan,
  issues: PrivacyIssues,
  cleaned?: PrivacyCleanReport,
): string[] {
  const lines: string[] = [];
  if (issues.trackedChanges > 0) lines.push(trackedChangesMessage(issues.trackedChanges));
  if (cleaned) {
    const out: string[] = [];
    if (cleaned.keyTables.length > 0) out.push("the key to initials");
    if (cleaned.commentsRemoved > 0)
      out.push(plural(cleaned.commentsRemoved, "comment", "comments"));
    if (cleaned.propertiesCleared.length > 0)
      out.push(`the document's ${cleaned.propertiesCleared.join(" and ")} properties`);
    if (out.length > 0) lines.push(`Left out of the copy: ${out.join("; ")}.`);
    else if (scan.keyTables.length > 0) lines.push("The key to initials was kept, as asked.");
  }
  if (issues.names.length > 0) {
    lines.push(
      `${plural(issues.names.length, "real name is", "real names are")} still in places a reader does not see: anonymise ${issues.names.length === 1 ? "it" : "them"} in the draft:`,
    );
    for (const n of issues.names)
      lines.push(
        `    - "${n.name}"${n.code ? ` (${n.code})` : ""} in ${HIDDEN_WHERE_TEXT[n.where]} (${n.label}): "${n.context}"`,
      );
  }
  return lines;
}
