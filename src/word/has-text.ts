/** True when the body holds any non-white-space text (one context.sync()). */
export async function hasText(): Promise<boolean> {
  return Word.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    return body.text.trim().length > 0;
  });
}
