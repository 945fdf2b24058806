import type { Occurrence } from "../../core/anonymise/match";
import type { Edit } from "../../core/edits/plan";
import type { DocModel } from "../../core/model/types";

/**
 * What the preview shows about each occurrence: a few words either side (the name apart, so it
 * can be marked), and where it is in words an author knows (section, table row, header).
 */

export interface Snippet {
  before: string;
  name: string;
  after: string;
}

const CONTEXT = 40;

function textAt(model: DocModel, o: Occurrence): string {
  const block = model.blocks.find((b) => b.id === o.blockId);
  if (!block) return "";
  return block.kind === "paragraph" ? block.text : (block.rows[o.row ?? 0]?.[o.column ?? 0] ?? "");
}

/** About CONTEXT characters each side of the name, cut at a word, with "…" where cut. */
export function snippetOf(model: DocModel, o: Occurrence): Snippet {
  const text = textAt(model, o);
  let from = Math.max(0, o.start - CONTEXT);
  let to = Math.min(text.length, o.end + CONTEXT);
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > o.end ? text.lastIndexOf(" ", to) : to;
  const squash = (s: string) => s.replace(/\s+/g, " ");
  return {
    before: (from > 0 ? "…" : "") + squash(text.slice(from, o.start)),
    name: text.slice(o.start, o.end),
    after: squash(text.slice(o.end, to)) + (to < text.length ? "…" : ""),
  };
}

/** "Section “Introduction”", "Table in “Chronology”, row 3", "Header". */
export function whereOf(model: DocModel, o: Occurrence): string {
  const index = model.blocks.findIndex((b) => b.id === o.blockId);
  const block = model.blocks[index];
  if (!block) return "";
  const part = block.part ?? "body";
  if (part !== "body") return part === "header" ? "Header" : "Footer";
  let section: string | undefined;
  for (let i = index - 1; i >= 0; i--) {
    const b = model.blocks[i];
    if (b.kind === "paragraph" && b.headingLevel !== undefined && b.text.trim()) {
      section = b.text.trim();
      break;
    }
  }
  const inSection = section
    ? `“${section.length > 40 ? `${section.slice(0, 39)}…` : section}”`
    : "";
  if (o.row !== undefined)
    return `Table${inSection ? ` in ${inSection}` : " before the first heading"}, row ${o.row + 1}`;
  return inSection ? `Section ${inSection}` : "Before the first heading";
}

/** The edit that replaces one occurrence with `code` (for an ambiguous name a person decided). */
export function editFor(o: Occurrence, code: string): Edit {
  return o.row !== undefined && o.column !== undefined
    ? {
        kind: "replaceCellText",
        blockId: o.blockId,
        row: o.row,
        column: o.column,
        start: o.start,
        end: o.end,
        expected: o.text,
        replacement: code,
      }
    : {
        kind: "replaceText",
        location: { blockId: o.blockId, start: o.start, end: o.end },
        expected: o.text,
        replacement: code,
      };
}
