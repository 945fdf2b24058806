import type { BlockSnapshot, FakeBlockInput, ParagraphSnapshot } from "./index";

/**
 * "Save, close and open again": the options that start a new fake host on the same document.
 * The end-to-end tests use it to reload the task pane over a document the pane changed (its text
 * and its custom XML parts), as an author closing and reopening the file would.
 *
 * What carries over: body paragraphs (text, built-in style, one font per paragraph, block-level
 * content controls by tag and title), tables (values, header rows, guidance cells as tagged
 * controls) and custom XML parts. What does not: formatting that differs within a paragraph (the
 * paragraph's first run's formatting is kept), the header and footer, comments and the selection.
 */
export interface ReopenOptions {
  blocks: FakeBlockInput[];
  customXmlParts: Array<{ namespaceUri: string; xml: string }>;
}

function paragraphInput(p: ParagraphSnapshot): FakeBlockInput {
  const first = p.runs[0];
  const control = p.controls[p.controls.length - 1];
  return {
    text: p.text,
    ...(p.styleBuiltIn !== "Other" ? { style: p.styleBuiltIn } : {}),
    color: p.font.color ?? first?.color ?? "#000000",
    italic: p.font.italic ?? first?.italic ?? false,
    bold: p.font.bold ?? first?.bold ?? false,
    ...(control ? { controlTag: control.tag, controlTitle: control.title } : {}),
  };
}

export function reopenOptions(
  blocks: readonly BlockSnapshot[],
  parts: ReadonlyArray<{ namespaceUri: string; xml: string }>,
): ReopenOptions {
  return {
    blocks: blocks.map((b): FakeBlockInput => {
      if (b.kind === "paragraph") return paragraphInput(b);
      const guidanceCells: Array<{ row: number; column: number; tag: string }> = [];
      b.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const tag = cell[0]?.tag;
          if (tag) guidanceCells.push({ row: r, column: c, tag });
        }),
      );
      return { table: b.values, headerRows: b.headerRowCount, guidanceCells };
    }),
    customXmlParts: parts.map((p) => ({ namespaceUri: p.namespaceUri, xml: p.xml })),
  };
}

/**
 * Where a page keeps a document "saved" for the next fake host in the same tab: the end-to-end
 * tests put reopenOptions() here (sessionStorage) and reload the pane's frame; installFakeOffice
 * then opens that document instead of the one in its options, once.
 */
export const REOPEN_STORAGE_KEY = "imr-fake-word:reopen";

/** The saved document for this window, if any (removed as it is taken). */
export function takeSavedDocument(target: { sessionStorage?: Storage }): ReopenOptions | undefined {
  try {
    const raw = target.sessionStorage?.getItem(REOPEN_STORAGE_KEY);
    if (!raw) return undefined;
    target.sessionStorage?.removeItem(REOPEN_STORAGE_KEY);
    return JSON.parse(raw) as ReopenOptions;
  } catch {
    return undefined;
  }
}
