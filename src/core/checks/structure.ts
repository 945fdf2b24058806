import type { Block, Finding } from "../model/types";
import { authorCells, authorText } from "../model/text";
import type { Pack } from "../packs/schema";
import { normaliseHeading } from "../sections/normalise";
import { promptIndex, withoutPrompts, type PromptIndex } from "./placeholders";
import type { CheckContext, RuleFamily } from "./types";

/**
 * structure.missing-section: a required pack section whose heading is not in the document
 * (error; optional sections are not reported). text = the section's title.
 * structure.empty-section: a section (with its sub-sections) holding only guidance, template
 * prompts, the template's own starting text, table headers and labels, or nothing. Error for a
 * required section, warning for an optional one. text = the title; located at the heading.
 */
export const MISSING_SECTION = "structure.missing-section";
export const EMPTY_SECTION = "structure.empty-section";

interface StructureData {
  prompts: PromptIndex;
  /** Normalised texts that are the template's, not the author's: labels, headers, starting text. */
  templateTexts: Set<string>;
}

function structureData(pack: Pack): StructureData {
  const t = new Set<string>();
  const add = (s: string | undefined) => {
    if (!s) return;
    const k = normaliseHeading(s);
    if (k) t.add(k);
  };
  for (const s of pack.sections) {
    s.startingText.forEach(add);
    add(s.title);
    s.aliases.forEach(add);
  }
  for (const f of pack.cover.fields) {
    add(f.label);
    add(f.hint);
  }
  add(pack.cover.title);
  for (const spec of [pack.chronology, pack.actionPlan, pack.professionals, pack.keyToInitials]) {
    if (!spec) continue;
    add(spec.title);
    spec.headerFields.forEach(add);
    for (const c of spec.columns) {
      add(c.header);
      c.aliases.forEach(add);
      add(c.example);
    }
  }
  add(pack.protectiveMarking.default);
  pack.protectiveMarking.obsolete.forEach(add);
  return { prompts: promptIndex(pack), templateTexts: t };
}

/** True when a piece of text is the author's own: not a prompt, label or template wording. */
function isAuthorContent(text: string, data: StructureData): boolean {
  const rest = withoutPrompts(text, data.prompts);
  if (!/\p{L}/u.test(rest)) return false;
  const k = normaliseHeading(rest);
  return k !== "" && !data.templateTexts.has(k);
}

/** Whether a block holds any of the author's own content. */
export function blockHasContent(block: Block, data: StructureData): boolean {
  if (block.kind === "paragraph") {
    if (block.headingLevel !== undefined) return false;
    const text = authorText(block);
    return text.trim() !== "" && isAuthorContent(text, data);
  }
  for (const row of authorCells(block))
    for (const cell of row) if (cell.trim() !== "" && isAuthorContent(cell, data)) return true;
  return false;
}

export const structureFamily: RuleFamily = {
  id: "structure",
  rules: [MISSING_SECTION, EMPTY_SECTION],
  run(ctx: CheckContext): Finding[] {
    const data = ctx.shared("structure", () => structureData(ctx.pack));
    const blocks = ctx.model.blocks;
    const out: Finding[] = [];
    for (const m of ctx.sections.sections) {
      const title = m.section.title;
      if (m.headingBlockId === undefined) {
        if (m.section.required && ctx.isEnabled(MISSING_SECTION)) {
          out.push({
            rule: MISSING_SECTION,
            severity: "error",
            message: `The required section “${title}” is missing. Add it with this heading (or check the heading's wording), so the panel finds what the template asks for.`,
            text: title,
            section: title,
          });
        }
        continue;
      }
      if (!ctx.isEnabled(EMPTY_SECTION)) continue;
      let content = false;
      for (let i = m.bodyStart; i < m.extendedEnd && !content; i++) {
        const b = blocks[i];
        if (b.part === "header" || b.part === "footer") continue;
        content = ctx.memo("structure.content", b, (blk) => blockHasContent(blk, data));
      }
      if (!content) {
        out.push({
          rule: EMPTY_SECTION,
          severity: m.section.required ? "error" : "warning",
          message: `The section “${title}” has no text of its own yet: it holds only guidance, template prompts or nothing. Write the section, or say why it does not apply.`,
          text: title,
          section: title,
          location: { blockId: m.headingBlockId },
        });
      }
    }
    return out;
  },
};
