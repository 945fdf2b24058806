import { check, checkEqual, type Scenario } from "../context";

const ORIGINAL = ["A paragraph the author wrote.", "And a second one."];

export const scenario: Scenario = {
  name: "Cancel in the where-to-insert dialog leaves the document as it was",
  async run(ctx) {
    await ctx.open({ host: { paragraphs: ORIGINAL } });
    await ctx.pane.getByRole("button", { name: "Insert template" }).click();
    const dialog = ctx.pane.getByRole("alertdialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await ctx.pane.getByTestId("insert-result").waitFor();
    const message = await ctx.pane.getByTestId("insert-result").innerText();
    check(
      message.includes("Nothing was inserted."),
      `Expected "Nothing was inserted."; the pane says: "${message}"`,
    );
    checkEqual(
      await ctx.host<string[]>("bodyText"),
      ORIGINAL,
      "Cancelling must not change the document.",
    );
    const insert = ctx.pane.getByRole("button", { name: "Insert template" });
    check(
      await insert.isEnabled(),
      "The Insert template button should be usable again after cancelling.",
    );
    await ctx.screenshot("cancelled");
  },
};
