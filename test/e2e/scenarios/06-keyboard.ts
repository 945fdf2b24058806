import { check, checkEqual, type Scenario } from "../context";

const ORIGINAL = ["Text the author wrote."];

export const scenario: Scenario = {
  name: "works from the keyboard: Tab to Insert template, Enter, focus in the dialog, Escape cancels",
  async run(ctx) {
    await ctx.open({ host: { paragraphs: ORIGINAL } });
    await ctx.pane.getByRole("tab", { name: "Write" }).focus();
    const focused = () =>
      ctx.pane.locator("body").evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          tag: el?.tagName.toLowerCase() ?? "",
          text: el?.textContent?.trim() ?? "",
          inDialog: !!el?.closest("[role=alertdialog]"),
        };
      });

    await ctx.page.keyboard.press("Tab");
    checkEqual(
      (await focused()).tag,
      "select",
      "Tab from the Write tab should reach the template list.",
    );
    await ctx.page.keyboard.press("Tab");
    checkEqual(
      (await focused()).text,
      "Insert template",
      "The next Tab should reach the Insert template button.",
    );
    await ctx.page.keyboard.press("Enter");

    await ctx.pane.getByRole("alertdialog").waitFor();
    const inDialog = await focused();
    check(
      inDialog.inDialog,
      `Focus should move into the dialog when it opens; it is on <${inDialog.tag}> "${inDialog.text}".`,
    );
    await ctx.screenshot("dialog-from-keyboard");
    await ctx.page.keyboard.press("Escape");

    await ctx.pane.getByTestId("insert-result").waitFor();
    const message = await ctx.pane.getByTestId("insert-result").innerText();
    check(
      message.includes("Nothing was inserted."),
      `Escape should cancel; the pane says: "${message}"`,
    );
    checkEqual(
      await ctx.host<string[]>("bodyText"),
      ORIGINAL,
      "Escape must not change the document.",
    );
    const after = await focused();
    check(
      after.text === "Insert template",
      `Focus should return to the Insert template button after the dialog; it is on "${after.text}".`,
    );
  },
};
