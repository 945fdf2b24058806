import { check, checkEqual, type Scenario } from "../context";

export const scenario: Scenario = {
  name: "anonymise: names in the page header and footer are replaced with the rest",
  async run(ctx) {
    await ctx.open({
      host: {
        blocks: [
          { text: "Introduction", style: "Heading1" },
          "Joanne Bloggs was registered with the practice in 2019.",
        ],
        sections: [
          {
            headers: { Primary: ["Review into the death of Joanne Bloggs"] },
            footers: { Primary: ["OFFICIAL-SENSITIVE: Joanne Bloggs IMR"] },
          },
        ],
      },
    });
    await ctx.pane.getByRole("tab", { name: "Anonymise" }).click();
    await ctx.pane.getByRole("button", { name: "Find names in the document" }).click();
    await ctx.pane.getByTestId("suggestions").waitFor();
    await ctx.pane.getByRole("radio", { name: /Pseudonyms/ }).check();
    await ctx.pane.getByRole("button", { name: "Add Joanne Bloggs as Adult A" }).click();
    await ctx.pane.getByTestId("register-list").getByText("Joanne Bloggs").waitFor();
    await ctx.pane.getByRole("button", { name: "Preview the replacements" }).click();
    await ctx.pane.getByTestId("preview-summary").waitFor();
    checkEqual(
      await ctx.pane.getByTestId("preview-summary").innerText(),
      "3 places to change.",
      "The body, the header and the footer each hold the name once.",
    );
    await ctx.screenshot("preview");
    await ctx.pane.getByRole("button", { name: "Replace 3 names" }).click();
    const result = ctx.pane.getByTestId("anonymise-result");
    await result.waitFor();
    const said = await result.innerText();
    check(
      said.includes("Replaced 3 names"),
      `The result should say 3 were replaced; it says "${said}"`,
    );
    checkEqual(
      await ctx.host<string[]>("headerText"),
      ["Review into the death of Adult A"],
      "header",
    );
    checkEqual(
      await ctx.host<string[]>("footerText"),
      ["OFFICIAL-SENSITIVE: Adult A IMR"],
      "footer",
    );
    checkEqual(
      await ctx.host<string[]>("bodyText"),
      ["Introduction", "Adult A was registered with the practice in 2019."],
      "body",
    );
    await ctx.screenshot("replaced");
    await ctx.documentScreenshot("after");
  },
};
