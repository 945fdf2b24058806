import { check, checkEqual, type Scenario } from "../context";

export const scenario: Scenario = {
  name: "anonymise in a Word without custom XML: says the register is kept for the session only, and keeps it across tabs",
  async run(ctx) {
    await ctx.open({
      host: {
        requirementSets: { WordApi: "1.3" },
        paragraphs: ["Joanne Bloggs was seen by Dr Smith."],
      },
    });
    await ctx.pane.getByRole("tab", { name: "Anonymise" }).click();
    const notice = ctx.pane.getByTestId("register-notice");
    await notice.waitFor();
    const said = await notice.innerText();
    check(
      said.includes("can't keep the people register inside the document") &&
        said.includes("until the task pane closes"),
      `The pane should say plainly that the register can't be kept in this Word; it says "${said}"`,
    );

    await ctx.pane.getByRole("button", { name: "Find names in the document" }).click();
    await ctx.pane.getByRole("button", { name: "Add Joanne Bloggs as JB" }).click();
    await ctx.pane.getByTestId("register-list").getByText("Joanne Bloggs").waitFor();
    await ctx.screenshot("session-register");

    // Switching tabs unmounts the panel; the register is still there when it comes back.
    await ctx.pane.getByRole("tab", { name: "Write" }).click();
    await ctx.pane.getByRole("tab", { name: "Anonymise" }).click();
    await ctx.pane.getByTestId("register-list").getByText("Joanne Bloggs").waitFor();
    checkEqual(
      await ctx.host<unknown[]>("customXmlParts"),
      [],
      "Nothing should be written as custom XML where Word can't store it.",
    );

    await ctx.pane.getByRole("button", { name: "Preview the replacements" }).click();
    await ctx.pane.getByRole("button", { name: "Replace 1 name" }).click();
    await ctx.pane.getByTestId("anonymise-result").getByText("Replaced 1 name").waitFor();
    checkEqual(
      await ctx.host<string[]>("bodyText"),
      ["JB was seen by Dr Smith."],
      "The one name in the register should be replaced.",
    );
  },
};
