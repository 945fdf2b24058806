import { check, type Scenario } from "../context";

export const scenario: Scenario = {
  name: "Word with only WordApi 1.1 shows which Word IMR Assistant needs, and no features",
  async run(ctx) {
    await ctx.open({ host: { requirementSets: { WordApi: "1.1" } } });
    const message = ctx.pane.getByTestId("requirement-message");
    await message.waitFor();
    const text = await message.innerText();
    check(
      text.includes("Word 2016 or later"),
      `The message should name Word 2016 or later; it says: "${text}"`,
    );
    check(
      text.includes("Word on the web"),
      `The message should mention Word on the web; it says: "${text}"`,
    );
    check(
      (await ctx.pane.getByRole("tablist").count()) === 0,
      "No feature tabs should show when Word is too old.",
    );
    check(
      (await ctx.pane.getByRole("button", { name: "Insert template" }).count()) === 0,
      "The Insert template button should not show when Word is too old.",
    );
    await ctx.screenshot("word-too-old");
  },
};
