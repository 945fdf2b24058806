import type { HiddenName } from "../../docx/privacy/register-names";
import { privacyIssues, type PrivacyOptions, type PrivacyScan } from "../../docx/privacy/clean";
import { trackedChangesMessage } from "../../docx/privacy/format";
import { HIDDEN_WHERE_TEXT } from "../../docx/privacy/hidden-text";

/**
 * The privacy items of the Submit tab's removal preview: what the clean copy leaves out (the key
 * to initials, the comments), what stops it (tracked changes) and where real names hide.
 */
export interface PrivacyItems {
  /** People listed in the key to initials the copy leaves out (0 when there is no key or it is kept). */
  keyLeftOut: number;
  hasKey: boolean;
  /** Comments the copy leaves out (0 when kept). */
  commentsLeftOut: number;
  comments: number;
  /** The blocking message, when the document has tracked changes. */
  trackedChanges?: string;
  /** Register names the copy would carry, each with where it is in words. */
  names: { name: HiddenName; where: string }[];
}

export function privacyItems(scan: PrivacyScan, options: PrivacyOptions): PrivacyItems {
  const issues = privacyIssues(scan, options);
  const keyPeople = scan.keyTables.reduce((n, t) => n + Math.max(0, t.rows.length - 1), 0);
  return {
    hasKey: scan.keyTables.length > 0,
    keyLeftOut: options.keepKey ? 0 : keyPeople,
    comments: scan.comments,
    commentsLeftOut: options.keepComments ? 0 : scan.comments,
    ...(issues.trackedChanges > 0
      ? { trackedChanges: trackedChangesMessage(issues.trackedChanges) }
      : {}),
    names: issues.names.map((name) => ({
      name,
      where: `${HIDDEN_WHERE_TEXT[name.where]} (${name.label})`,
    })),
  };
}

/** Why the clean copy cannot be made yet, or undefined. */
export function privacyBlock(items: PrivacyItems, namesChecked: boolean): string | undefined {
  if (items.trackedChanges)
    return `${items.trackedChanges} (Review › Accept or Reject in Word, then prepare again.)`;
  if (items.names.length > 0 && !namesChecked)
    return "Real names are still in places a reader doesn't see (listed above): anonymise them in your draft and prepare again, or tick that you have checked them.";
  return undefined;
}
