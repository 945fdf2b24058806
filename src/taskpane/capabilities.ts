import type { Capabilities } from "../word/gateway";

/**
 * What each Word capability is for, in words the author reads, and which Word provides it.
 * Versions are from Microsoft's Word API requirement-set table.
 */

export type OptionalCapability = Exclude<keyof Capabilities, "core">;

export interface CapabilityNeed {
  /** The feature that needs it, as the pane names it. */
  feature: string;
  /** The Word that has it. */
  needs: string;
}

/** The core flow: declared in manifest.xml, so Word normally won't even load the add-in without it. */
export const CORE_NEED =
  "Word 2016 or later, Microsoft 365, Word for Mac (version 15.32 or later) or Word on the web";

const M365 = (windows: string, mac: string) =>
  `Microsoft 365 Word (version ${windows} or later on Windows, ${mac} or later on Mac) or Word on the web`;

export const OPTIONAL_NEEDS: Readonly<Record<OptionalCapability, CapabilityNeed>> = {
  comments: {
    feature: "Comments from the QA form",
    needs: `${M365("2208", "16.64")} (Word API 1.4)`,
  },
  customXml: {
    feature: "Keeping the QA record inside the document",
    needs: `${M365("2208", "16.64")} (Word API 1.4)`,
  },
  paragraphEvents: {
    feature: "Checking as you type",
    needs: `${M365("2308", "16.76")} (Word API 1.6)`,
  },
  annotations: {
    feature: "Underlines with suggestions in the text",
    needs: `${M365("2311", "16.79")} (Word API 1.7)`,
  },
  fileAccess: {
    feature: "Making a clean copy for submission",
    needs: "Word on Windows, Mac or the web (this Word cannot hand the add-in a copy of the file)",
  },
};

/** The optional capabilities `uses` names that this Word lacks, with what they are for. */
export function missingFeatures(
  caps: Capabilities,
  uses: readonly OptionalCapability[],
): CapabilityNeed[] {
  const seen = new Set<OptionalCapability>();
  const out: CapabilityNeed[] = [];
  for (const key of uses) {
    if (seen.has(key) || caps[key]) continue;
    seen.add(key);
    out.push(OPTIONAL_NEEDS[key]);
  }
  return out;
}
