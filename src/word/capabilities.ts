import type { Capabilities } from "./gateway";

/** What the running Word supports, from Office.context.requirements (false outside Office). */
export function detectCapabilities(): Capabilities {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  const has = (set: string, version: string): boolean => {
    try {
      return !!requirements && requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  return {
    core: has("WordApi", "1.3"),
    comments: has("WordApi", "1.4"),
    customXml: has("WordApi", "1.4"),
    paragraphEvents: has("WordApi", "1.6"),
    annotations: has("WordApi", "1.7"),
    fileAccess: has("File", "1.1"),
  };
}

/** Plain words for what a missing requirement set means, for the pane to show. */
export function missingCapabilityMessages(c: Capabilities): string[] {
  const out: string[] = [];
  if (!c.core)
    out.push(
      "This version of Word is too old for IMR Assistant: it needs Word 2016 or later, or Word on the web.",
    );
  if (!c.customXml)
    out.push(
      "This version of Word cannot store the QA record or the template pack inside the document; update Word to keep them with the file.",
    );
  if (!c.paragraphEvents)
    out.push(
      "This version of Word does not report edits as you type, so checks run when you move the cursor or press Check.",
    );
  if (!c.fileAccess)
    out.push(
      "This version of Word does not let add-ins read the file, so the clean copy is not available here.",
    );
  return out;
}
