import type { EditPlan } from "../../core/edits/plan";
import type { DocModel, Finding } from "../../core/model/types";

/**
 * The EditPlan that fixes a finding with a replacement (the finding's first suggestion, or one the
 * author chose): replace the phrase, or write an acronym out at its first use. A paragraph
 * finding names its characters; a table-cell finding names its cell, and the text is found in
 * that cell as it was read (only where it occurs once, so the right words change). The plan
 * carries the text it expects, so the adapter refuses it if the author has changed that text.
 * Undefined when the finding can't be fixed this way.
 */
export function fixPlan(
  finding: Finding,
  replacement: string | undefined = finding.suggestions?.[0],
  model?: DocModel,
): EditPlan | undefined {
  const loc = finding.location;
  if (!finding.fixable || !loc || replacement === undefined || finding.text === "")
    return undefined;
  const description = `Replace “${finding.text}” with “${replacement}”`;
  if ("start" in loc) {
    if (loc.end - loc.start !== finding.text.length) return undefined;
    return {
      description,
      edits: [{ kind: "replaceText", location: loc, expected: finding.text, replacement }],
    };
  }
  if ("row" in loc) {
    const block = model?.blocks.find((b) => b.id === loc.blockId);
    const cell = block?.kind === "table" ? block.rows[loc.row]?.[loc.column] : undefined;
    if (cell === undefined) return undefined;
    const start = cell.indexOf(finding.text);
    if (start < 0 || cell.indexOf(finding.text, start + 1) >= 0) return undefined;
    return {
      description,
      edits: [
        {
          kind: "replaceCellText",
          blockId: loc.blockId,
          row: loc.row,
          column: loc.column,
          start,
          end: start + finding.text.length,
          expected: finding.text,
          replacement,
        },
      ],
    };
  }
  return undefined;
}
