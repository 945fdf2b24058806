import type { GuidanceNote, GuidanceParagraph, Pack, TableSpec } from "../packs/schema";
import { guidanceTag } from "../tags";

/**
 * The template a pack describes, as an ordered list of items. src/word inserts these items
 * through Office.js and src/docx writes them as OOXML, so both produce the same document.
 */

/** A guidance note as it goes into the document: one tagged content control, red italic. */
export interface GuidanceItem {
  kind: "guidance";
  tag: string;
  noteId: string;
  paragraphs: GuidanceParagraph[];
}

/** A table cell: plain text, or guidance (red italic in its own tagged content control). */
export type TemplateCell =
  | { kind: "text"; text: string; bold?: boolean }
  | { kind: "guidance"; tag: string; text: string };

export type TemplateTableRole =
  | "cover"
  | "chronology"
  | "chronology-details"
  | "actionPlan"
  | "actionPlan-details"
  | "professionals"
  | "professionals-details"
  | "keyToInitials"
  | "keyToInitials-details";

export type TemplateItem =
  /** The protective marking, at the top of the body (and in the page header in .docx). */
  | { kind: "marking"; text: string }
  | { kind: "title"; text: string }
  | { kind: "heading"; level: number; text: string; sectionId?: string }
  | GuidanceItem
  /** Ordinary text the author keeps or replaces; "" is an empty paragraph to write in. */
  | { kind: "paragraph"; text: string }
  | {
      kind: "table";
      role: TemplateTableRole;
      /** Whether the first row is a header row (repeated on each page, bold). */
      headerRow: boolean;
      rows: TemplateCell[][];
    };

function note(packId: string, n: GuidanceNote): GuidanceItem {
  return { kind: "guidance", tag: guidanceTag(packId, n.id), noteId: n.id, paragraphs: n.paragraphs };
}

function guidanceCell(packId: string, id: string, text: string): TemplateCell {
  return { kind: "guidance", tag: guidanceTag(packId, id), text };
}

/** A table spec becomes: its guidance, a small details table, then the table with its example row. */
function tableItems(pack: Pack, role: "chronology" | "actionPlan" | "professionals" | "keyToInitials", spec: TableSpec): TemplateItem[] {
  const items: TemplateItem[] = spec.guidance.map((n) => note(pack.id, n));
  if (spec.headerFields.length > 0) {
    items.push({
      kind: "table",
      role: `${role}-details`,
      headerRow: false,
      rows: spec.headerFields.map((f) => [{ kind: "text", text: f, bold: true }, { kind: "text", text: "" }]),
    });
  }
  const header: TemplateCell[] = spec.columns.map((c) => ({ kind: "text", text: c.header, bold: true }));
  const hasExample = spec.columns.some((c) => c.example);
  const example: TemplateCell[] = spec.columns.map((c) =>
    c.example ? guidanceCell(pack.id, `${role}-example-${c.id}`, c.example) : { kind: "text", text: "" },
  );
  items.push({ kind: "table", role, headerRow: true, rows: hasExample ? [header, example] : [header, spec.columns.map(() => ({ kind: "text", text: "" }))] });
  return items;
}

/** The full template for a pack, in document order. Pure: the same pack gives the same items. */
export function templateLayout(pack: Pack): TemplateItem[] {
  const items: TemplateItem[] = [{ kind: "marking", text: pack.protectiveMarking.default }];
  items.push({ kind: "title", text: pack.cover.title });
  for (const n of pack.preamble) items.push(note(pack.id, n));
  items.push({
    kind: "table",
    role: "cover",
    headerRow: false,
    rows: pack.cover.fields.map((f) => [
      { kind: "text", text: f.label, bold: true },
      f.hint ? guidanceCell(pack.id, `cover-${f.id}`, f.hint) : { kind: "text", text: "" },
    ]),
  });
  for (const section of pack.sections) {
    items.push({ kind: "heading", level: section.level, text: section.title, sectionId: section.id });
    for (const n of section.guidance) items.push(note(pack.id, n));
    if (section.questions.length > 0) {
      items.push({
        kind: "guidance",
        tag: guidanceTag(pack.id, `${section.id}-questions`),
        noteId: `${section.id}-questions`,
        paragraphs: section.questions.map((q) => ({ text: q, bullet: true })),
      });
    }
    const table = section.table ? pack[section.table] : undefined;
    if (section.table && table) items.push(...tableItems(pack, section.table, table));
    for (const t of section.startingText) items.push({ kind: "paragraph", text: t });
    for (const p of section.placeholders) items.push({ kind: "paragraph", text: `[${p}]` });
    if (!section.table && section.placeholders.length === 0) items.push({ kind: "paragraph", text: "" });
  }
  return items;
}

/** Every guidance text the template holds, in order: what `imr template` output must contain. */
export function guidanceTexts(items: readonly TemplateItem[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (item.kind === "guidance") out.push(...item.paragraphs.map((p) => p.text));
    if (item.kind === "table") for (const row of item.rows) for (const c of row) if (c.kind === "guidance") out.push(c.text);
  }
  return out;
}
