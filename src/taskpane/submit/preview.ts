import { guidanceNotes, type GuidanceNoteInModel } from "../../core/checks/guidance";
import { SECTION_LABELS } from "../../core/checks/types";
import type { DocModel, Location } from "../../core/model/types";
import { BUILTIN_PACKS } from "../../core/packs/registry";
import type { Pack } from "../../core/packs/schema";
import { mapSections } from "../../core/sections/map";
import { parseGuidanceTag } from "../../core/tags";
import { compareCellText, compareNoteText } from "../../core/template/edited-notes";
import { firstWords } from "../../docx/strip/report";

/**
 * What "Prepare for submission" shows will go: the guidance notes in the document as Word reads
 * it (src/core/checks/guidance.ts says what a note is), by section, with their first words.
 *
 * Word cannot tell text the author typed inside a guidance control from the guidance itself (see
 * src/word/read-document.ts), so each note is compared with its template's text (by its tag:
 * src/core/template/edited-notes.ts, which `imr clean`'s report uses too): a note whose text
 * differs has been edited, and is shown in full, because whatever was typed into it goes with it.
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
  /** The text of each of those controls, as previewed: in-place removal refuses any change. */
  controlTexts: string[];
  /** Notes grouped by section, in document order. */
  sections: { section: string; notes: PreviewNote[] }[];
  /** Notes whose text differs from the template (or cannot be compared): shown in full. */
  edited: PreviewNote[];
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
  /** Packs whose guidance may be in the document (the pane passes knownPacks(organisation)). */
  packs: readonly Pack[] = BUILTIN_PACKS,
): RemovalPreview {
  const label = sectionLabels(model, pack);
  const all = [pack, ...packs.filter((p) => p.id !== pack.id)];
  const raw = guidanceNotes(model.blocks);
  const tagPacks = new Set<string>([pack.id]);
  for (const n of raw) {
    const parsed = n.tag ? parseGuidanceTag(n.tag) : undefined;
    if (parsed) tagPacks.add(parsed.packId);
  }
  const cellPacks = all.filter((p) => tagPacks.has(p.id));

  const compare = (n: GuidanceNoteInModel): { edited: boolean; unverified: boolean } => {
    if (n.empty) return { edited: false, unverified: false };
    const text = n.paragraphs.join(" ");
    // The Word reader gives no tag for a cell: any of the templates' cell texts will do.
    if (n.cell) return { edited: compareCellText(text, cellPacks) === "edited", unverified: false };
    if (!n.tag) return { edited: false, unverified: false }; // red italic text: no control
    const result = compareNoteText(n.tag, text, all);
    return { edited: result === "edited", unverified: result === "unknown" };
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
    controlTexts: raw
      .filter((n) => n.tag !== undefined || n.cell !== undefined)
      .map((n) => n.paragraphs.join(" ")),
    sections,
    edited: notes.filter((n) => n.edited || n.unverified),
  };
}
