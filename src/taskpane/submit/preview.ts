import { guidanceNotes, type GuidanceNoteInModel } from "../../core/checks/guidance";
import { SECTION_LABELS } from "../../core/checks/types";
import type { DocModel, Location } from "../../core/model/types";
import { squash } from "../../core/model/text";
import { BUILTIN_PACKS } from "../../core/packs/registry";
import type { Pack } from "../../core/packs/schema";
import { mapSections } from "../../core/sections/map";
import { parseGuidanceTag } from "../../core/tags";
import { templateLayout } from "../../core/template/layout";
import { firstWords } from "../../docx/strip/report";

/**
 * What "Prepare for submission" shows will go: the guidance notes in the document as Word reads
 * it (src/core/checks/guidance.ts says what a note is), by section, with their first words.
 *
 * Word cannot tell text the author typed inside a guidance control from the guidance itself (see
 * src/word/read-document.ts), so each note is compared with its template's text (by the tag's
 * note id): a note whose text differs has been edited, and is shown in full, because whatever was
 * typed into it goes with it.
 */

export interface PreviewNote {
  /** Stable key for lists. */
  key: string;
  /** The section it is in, as the findings list names sections. */
  section: string;
  /** Up to 12 words, "…" when cut; "" for a guidance box left empty. */
  firstWords: string;
  /** The note's whole text, a line per paragraph. */
  fullText: string;
  cell: boolean;
  /** The text differs from the template's note: something typed in it goes too. */
  edited: boolean;
  /** A tagged note from a template the add-in does not have: its text cannot be compared. */
  unverified: boolean;
  empty: boolean;
  location?: Location;
}

export interface RemovalPreview {
  notes: PreviewNote[];
  /** Guidance controls in the document: what in-place removal expects to find. */
  count: number;
  /** Notes grouped by section, in document order. */
  sections: { section: string; notes: PreviewNote[] }[];
  /** Notes whose text differs from the template (or cannot be compared): shown in full. */
  edited: PreviewNote[];
}

interface TemplateTexts {
  notes: Map<string, string>;
  cells: Set<string>;
}

function templateTexts(pack: Pack): TemplateTexts {
  const notes = new Map<string, string>();
  const cells = new Set<string>();
  for (const item of templateLayout(pack)) {
    if (item.kind === "guidance")
      notes.set(item.tag, squash(item.paragraphs.map((p) => p.text).join(" ")));
    if (item.kind === "table")
      for (const row of item.rows)
        for (const c of row) if (c.kind === "guidance") cells.add(squash(c.text));
  }
  return { notes, cells };
}

function sectionLabels(model: DocModel, pack: Pack): (blockId: string) => string {
  const map = mapSections(model, pack);
  const anyHeading = map.sections.some((s) => s.headingIndex !== undefined);
  return (blockId) => {
    const i = map.blockIndex.get(blockId);
    if (i === undefined) return SECTION_LABELS.document;
    const part = model.blocks[i].part;
    if (part === "header" || part === "footer") return SECTION_LABELS.headerFooter;
    const s = map.blockSection[i];
    if (s !== undefined) return pack.sections[s].title;
    return anyHeading ? SECTION_LABELS.cover : SECTION_LABELS.document;
  };
}

export function buildRemovalPreview(
  model: DocModel,
  pack: Pack,
  packs: readonly Pack[] = BUILTIN_PACKS,
): RemovalPreview {
  const label = sectionLabels(model, pack);
  const texts = new Map<string, TemplateTexts>();
  const textsOf = (packId: string): TemplateTexts | undefined => {
    if (!texts.has(packId)) {
      const p = pack.id === packId ? pack : packs.find((x) => x.id === packId);
      if (!p) return undefined;
      texts.set(packId, templateTexts(p));
    }
    return texts.get(packId);
  };
  const tagPacks = new Set<string>([pack.id]);
  const raw = guidanceNotes(model.blocks);
  for (const n of raw) {
    const parsed = n.tag ? parseGuidanceTag(n.tag) : undefined;
    if (parsed) tagPacks.add(parsed.packId);
  }

  const compare = (n: GuidanceNoteInModel): { edited: boolean; unverified: boolean } => {
    if (n.empty) return { edited: false, unverified: false };
    const text = squash(n.paragraphs.join(" "));
    if (n.cell) {
      // The Word reader gives no tag for a cell: any of the templates' cell texts will do.
      const known = [...tagPacks].some((id) => textsOf(id)?.cells.has(text));
      return { edited: !known, unverified: false };
    }
    if (!n.tag) return { edited: false, unverified: false }; // red italic text: no control
    const parsed = parseGuidanceTag(n.tag);
    const expected = parsed ? textsOf(parsed.packId)?.notes.get(n.tag) : undefined;
    if (expected === undefined) return { edited: false, unverified: true };
    return { edited: expected !== text, unverified: false };
  };

  const notes: PreviewNote[] = raw.map((n, i) => {
    const { edited, unverified } = compare(n);
    return {
      key: `${n.blockIds[0]}:${n.cell ? `${n.cell.row}.${n.cell.column}` : i}`,
      section: label(n.blockIds[0]),
      firstWords: firstWords(n.paragraphs.join(" ")),
      fullText: n.paragraphs.join("\n"),
      cell: !!n.cell,
      edited,
      unverified,
      empty: n.empty,
      ...(n.location ? { location: n.location } : {}),
    };
  });

  const sections: RemovalPreview["sections"] = [];
  for (const n of notes) {
    const last = sections[sections.length - 1];
    if (last && last.section === n.section) last.notes.push(n);
    else sections.push({ section: n.section, notes: [n] });
  }
  return {
    notes,
    // Word reads guidance only from its controls: a tagged note or a cell is one control.
    count: raw.filter((n) => n.tag !== undefined || n.cell !== undefined).length,
    sections,
    edited: notes.filter((n) => n.edited || n.unverified),
  };
}
