/**
 * Privacy of the clean copy: what a report must not carry out of the draft (the key to initials,
 * comments, tracked changes, real names in hidden text, the author's user name), found and taken
 * out in the .docx so the task pane and `imr clean` do the same. Node and browser alike.
 */
export {
  CLEARED_PROPERTIES,
  documentPackId,
  privacyIssues,
  removePrivateContent,
  scanPrivacy,
  type PrivacyCleanReport,
  type PrivacyIssues,
  type PrivacyOptions,
  type PrivacyScan,
} from "./clean";
export {
  countComments,
  countTrackedChanges,
  findHiddenText,
  HIDDEN_WHERE_TEXT,
  type HiddenText,
  type HiddenWhere,
  type TrackedChanges,
} from "./hidden-text";
export { findKeyTables, removeKeyTables, type KeyTableFound } from "./key-table";
export { findRegisterNamesInHiddenText, registerNamesIn, type HiddenName } from "./register-names";
export { formatPrivacyReport, trackedChangesMessage } from "./format";
