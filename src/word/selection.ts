/** The text of the current selection ("" for a caret). */
export async function selectedText(): Promise<string> {
  return Word.run(async (context) => {
    const selection = context.document.getSelection().load("text");
    await context.sync();
    return selection.text;
  });
}
