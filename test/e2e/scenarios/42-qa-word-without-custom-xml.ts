import { check, checkEqual, type Scenario } from "../context";

export const scenario: Scenario = {
  name: "QA: in a Word without API 1.4 the pane says plainly that QA can't be stored, and still works for the session",
  async run(ctx) {
    await ctx.open({
      host: {
        requirementSets: { WordApi: "1.3" },
        paragraphs: ["Introduction", "The agency's involvement began in 2021."],
      },
    });
    await ctx.pane.getByRole("tab", { name: "QA" }).click();
    const banner = ctx.pane.getByTestId("qa-session-only");
    await banner.waitFor();
    const message = await banner.innerText();
    check(
      message.includes("QA can’t be stored in this version of Word") &&
        message.includes("needs Word API 1.4"),
      `The pane should say QA can't be stored here; it says "${message}"`,
    );
    // A plain document: the pane can't tell the template, so the reviewer chooses it.
    await ctx.pane.getByText("Choose the template this report was written with.").waitFor();
    await ctx.screenshot("session-only-message");
    await ctx.pane.getByLabel("Template", { exact: true }).selectOption("sar");
    await ctx.pane.getByRole("textbox", { name: "Your name", exact: true }).fill("Sam Reviewer");
    await ctx.pane.getByRole("button", { name: /^1\. / }).click();
    await ctx.pane.getByRole("radio", { name: "No" }).check();
    await ctx.pane
      .getByTestId("qa-progress")
      .getByText(/^1 of \d+ criteria answered$/)
      .waitFor();
    await ctx.pane.getByText("Kept only while this pane is open").waitFor();
    await ctx.pane
      .getByText("This version of Word can’t add comments from an add-in (it needs Word API 1.4).")
      .waitFor();
    checkEqual(
      await ctx.pane.getByRole("button", { name: "Comment on the selection" }).count(),
      0,
      "Commenting needs Word API 1.4.",
    );
    await ctx.pane.getByTestId("qa-progress").scrollIntoViewIfNeeded();
    await ctx.screenshot("session-only-answered");
  },
};
