/**
 * Append a titled table to the end of the document (the completed QA form): a heading paragraph,
 * a real Word table with a repeating header row, then any lines that follow it (the sign-off), all
 * queued in one batch and written with one context.sync (WordApi 1.3).
 */

const BLACK = "#000000";

/** Why the rows cannot make a table, or undefined when they can. */
export function tableProblem(rows: readonly (readonly string[])[]): string | undefined {
  if (rows.length === 0) return "The table has no rows.";
  const columns = rows[0].length;
  if (columns === 0) return "The table has no columns.";
  if (rows.some((r) => r.length !== columns))
    return "Every row of the table must have the same number of cells.";
  return undefined;
}

export async function appendTable(
  title: string,
  rows: string[][],
  lines: readonly string[] = [],
): Promise<void> {
  const problem = tableProblem(rows);
  if (problem) throw new Error(problem);
  await Word.run(async (context) => {
    const body = context.document.body;
    const heading = body.insertParagraph(title, "End");
    // A paragraph added at the end copies the one before it: reset what matters.
    heading.styleBuiltIn = Word.BuiltInStyleName.heading1;
    heading.font.color = BLACK;
    heading.font.italic = false;
    const table = heading.insertTable(rows.length, rows[0].length, "After", rows);
    table.styleBuiltIn = Word.BuiltInStyleName.tableGrid;
    table.font.color = BLACK;
    table.font.italic = false;
    table.font.bold = false;
    table.headerRowCount = 1;
    table.rows.getFirst().font.bold = true;
    let previous: Word.Table | Word.Paragraph = table;
    for (const line of lines) {
      const p: Word.Paragraph = previous.insertParagraph(line, "After");
      p.styleBuiltIn = Word.BuiltInStyleName.normal;
      p.font.color = BLACK;
      p.font.italic = false;
      p.font.bold = false;
      previous = p;
    }
    await context.sync();
  });
}
