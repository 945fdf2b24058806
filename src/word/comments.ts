/**
 * Word comments (WordApi 1.4): the QA manager's comments on the text. Range.insertComment puts a
 * comment on the selection; Word records the comment's author from the signed-in account.
 */

/**
 * Add a comment with `text` on the current selection, in one batch (two context.sync calls: read
 * the selection, then add). Resolves false, adding nothing, when the selection holds no text (a
 * caret, or only white space): a comment needs words to hang on.
 */
export async function commentOnSelection(text: string): Promise<boolean> {
  const content = text.trim();
  if (!content) throw new Error("A comment needs some text.");
  return Word.run(async (context) => {
    const selection = context.document.getSelection().load("text");
    await context.sync();
    if (selection.text.trim() === "") return false;
    selection.insertComment(content);
    await context.sync();
    return true;
  });
}
