import type { Pack } from "../core/packs/schema";
import { DOCUMENT_NAMESPACE, GUIDANCE_COLOUR, GUIDANCE_TITLE } from "../core/tags";
import { templateLayout, type TemplateCell, type TemplateItem } from "../core/template/layout";
import { documentPartXml } from "../core/document-part";
import type { Capabilities, InsertPosition } from "./gateway";

const RED = `#${GUIDANCE_COLOUR}`;
const BLACK = "#000000";

/** Thrown when the template would go over the author's text; the message is for the pane to show. */
export class InsertRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InsertRefusedError";
  }
}

/**
 * Insert the pack's template (templateLayout) in one batch: two context.sync() calls whatever the
 * pack's size (one to look at where it goes, one to write it all).
 *
 * - "replace-empty": the document has no text; the template fills the body from its first paragraph.
 *   Refused (nothing written) if the body has any text.
 * - "cursor": after the paragraph holding the selection (after its table or content control if the
 *   selection is inside one).
 * - "end": after the last paragraph.
 * Existing paragraphs are never changed, except the empty first paragraph in "replace-empty".
 *
 * Headings use Word's built-in styles (Title, Heading 1-3); tables are Word tables (Table Grid,
 * header row bold and repeated); each guidance note is one rich-text content control (tag from the
 * layout, title "Guidance note", red italic) around its paragraphs; guidance in a table cell is a
 * control inside the cell. The protective marking goes at the top and in the primary page header.
 * With WordApi 1.4 the pack id is recorded in a custom XML part (DOCUMENT_NAMESPACE).
 */
export async function insertTemplate(
  pack: Pack,
  position: InsertPosition | "replace-empty",
  caps: Capabilities,
): Promise<void> {
  const items = templateLayout(pack);
  await Word.run(async (context) => {
    const document = context.document;
    const body = document.body;
    body.load("text");
    const header = document.sections.getFirst().getHeader("Primary");
    header.load("text");
    const anchor =
      position === "cursor"
        ? document.getSelection().paragraphs.getLast()
        : position === "end"
          ? body.paragraphs.getLast()
          : body.paragraphs.getFirst();
    anchor.load("text,tableNestingLevel");
    const anchorControl = anchor.parentContentControlOrNullObject.load("tag");
    const anchorTable = anchor.parentTableOrNullObject.load("nestingLevel");
    const oldParts = caps.customXml
      ? document.customXmlParts.getByNamespace(DOCUMENT_NAMESPACE).load("items/id")
      : undefined;
    await context.sync();

    if (position === "replace-empty" && body.text.trim() !== "") {
      throw new InsertRefusedError(
        "The document already has text, so the template was not put over it. Insert it at the cursor or at the end instead.",
      );
    }

    let at: Cursor;
    if (!anchorTable.isNullObject) at = { kind: "table", table: anchorTable };
    else if (!anchorControl.isNullObject) at = { kind: "control", control: anchorControl };
    else if (position === "replace-empty" && anchor.text === "")
      at = { kind: "reuse", paragraph: anchor };
    else at = { kind: "paragraph", paragraph: anchor };

    const writer = new TemplateWriter(at);
    for (const item of items) writer.add(item);
    writer.finish();

    const marking = items.find((i) => i.kind === "marking")?.text;
    if (marking && !header.text.includes(marking)) {
      const mark =
        header.text.trim() === ""
          ? header.insertText(marking, "Start")
          : header.insertParagraph(marking, "Start");
      mark.font.bold = true;
    }
    if (oldParts) {
      for (const part of oldParts.items) part.delete();
      document.customXmlParts.add(documentPartXml(pack.id));
    }
    await context.sync();
  });
}

/** Where the next item goes: after a paragraph, a table or a content control, or into a reused paragraph. */
type Cursor =
  | { kind: "paragraph"; paragraph: Word.Paragraph }
  | { kind: "reuse"; paragraph: Word.Paragraph }
  | { kind: "table"; table: Word.Table }
  | { kind: "control"; control: Word.ContentControl };

/** Queues the template's items one after another (no sync): see insertTemplate. */
class TemplateWriter {
  private notes: Array<{ tag: string; paragraphs: Word.Paragraph[] }> = [];
  constructor(private at: Cursor) {}

  private paragraph(text: string): Word.Paragraph {
    const at = this.at;
    let p: Word.Paragraph;
    if (at.kind === "reuse") {
      p = at.paragraph;
      p.insertText(text, "Replace");
    } else if (at.kind === "paragraph") p = at.paragraph.insertParagraph(text, "After");
    else if (at.kind === "table") p = at.table.insertParagraph(text, "After");
    else p = at.control.insertParagraph(text, "After");
    this.at = { kind: "paragraph", paragraph: p };
    return p;
  }

  /** Plain author text: a new paragraph copies the one before it in Word, so reset what matters. */
  private plain(
    p: Word.Paragraph,
    style: Word.BuiltInStyleName | "Normal" | "Title" | "Heading1" | "Heading2" | "Heading3",
    bold = false,
  ): void {
    p.styleBuiltIn = style;
    p.font.color = BLACK;
    p.font.italic = false;
    p.font.bold = bold;
  }

  add(item: TemplateItem): void {
    switch (item.kind) {
      case "marking":
        this.plain(this.paragraph(item.text), "Normal", true);
        return;
      case "title":
        this.plain(this.paragraph(item.text), "Title");
        return;
      case "heading":
        this.plain(this.paragraph(item.text), headingStyle(item.level));
        return;
      case "paragraph":
        this.plain(this.paragraph(item.text), "Normal");
        return;
      case "guidance": {
        const paragraphs = item.paragraphs.map((g) => {
          const p = this.paragraph(g.text);
          p.styleBuiltIn = g.bullet ? "ListParagraph" : "Normal";
          p.font.bold = false;
          return p;
        });
        this.notes.push({ tag: item.tag, paragraphs });
        return;
      }
      case "table":
        this.table(item.rows, item.headerRow);
        return;
    }
  }

  private table(rows: TemplateCell[][], headerRow: boolean): void {
    const columns = Math.max(...rows.map((r) => r.length));
    const values = rows.map((r) => Array.from({ length: columns }, (_, c) => r[c]?.text ?? ""));
    let at = this.at;
    if (at.kind !== "paragraph") {
      // Word needs a paragraph to put a table after (and one between two tables).
      this.paragraph("");
      at = this.at;
    }
    if (at.kind !== "paragraph") return;
    const table = at.paragraph.insertTable(rows.length, columns, "After", values);
    table.styleBuiltIn = "TableGrid";
    table.font.color = BLACK;
    table.font.italic = false;
    table.font.bold = false;
    if (headerRow) {
      table.headerRowCount = 1;
      table.rows.getFirst().font.bold = true;
    }
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.kind === "text" && cell.bold && !(headerRow && r === 0))
          table.getCell(r, c).body.font.bold = true;
        if (cell.kind === "guidance") {
          const control = table.getCell(r, c).body.paragraphs.getFirst().insertContentControl();
          guidanceControl(control, cell.tag);
        }
      }),
    );
    this.at = { kind: "table", table };
  }

  /** Wrap each note's paragraphs in its content control, once every paragraph is in place. */
  finish(): void {
    for (const note of this.notes) {
      const first = note.paragraphs[0];
      const last = note.paragraphs[note.paragraphs.length - 1];
      const control =
        note.paragraphs.length === 1
          ? first.insertContentControl()
          : first.getRange("Whole").expandTo(last.getRange("Whole")).insertContentControl();
      guidanceControl(control, note.tag);
    }
    this.notes = [];
  }
}

function guidanceControl(control: Word.ContentControl, tag: string): void {
  control.tag = tag;
  control.title = GUIDANCE_TITLE;
  control.appearance = "BoundingBox";
  control.color = RED;
  control.font.color = RED;
  control.font.italic = true;
}

function headingStyle(level: number): "Heading1" | "Heading2" | "Heading3" {
  return level <= 1 ? "Heading1" : level === 2 ? "Heading2" : "Heading3";
}
