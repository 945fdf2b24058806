import { SETTINGS_NAMESPACE } from "../../../src/core/settings/schema";
import { check, checkEqual, type Scenario } from "../context";

const TEXT = ["Introduction", "Notes the author wrote before any chronology."];

export const scenario: Scenario = {
  name: "chronology: a document without a chronology says so, lets the author choose the template (dark theme)",
  async run(ctx) {
    await ctx.open({ theme: "dark", host: { paragraphs: TEXT } });
    await ctx.pane.getByRole("tab", { name: "Chronology" }).click();
    const status = ctx.pane.getByTestId("chronology-status");
    await status.getByText("No chronology table found").waitFor();
    await ctx.pane
      .getByText("The template could not be told from the document: choose it.")
      .waitFor();
    checkEqual(
      await ctx.pane.getByRole("button", { name: "Add an entry" }).count(),
      0,
      "Without a chronology table there is nothing to add to.",
    );
    await ctx.screenshot("no-chronology-dark");

    await ctx.pane.getByLabel("Template the chronology follows").selectOption("sar");
    await ctx.pane.getByText("Chosen for this document.").waitFor();
    await status.getByText(/No table has the .* chronology's column headings/).waitFor();
    const parts = await ctx.host<Array<{ namespaceUri: string; xml: string }>>("customXmlParts");
    const settings = parts.find((p) => p.namespaceUri === SETTINGS_NAMESPACE);
    check(
      settings && settings.xml.includes("sar"),
      "The chosen template should be kept in the document's settings.",
    );
    checkEqual(await ctx.host<string[]>("bodyText"), TEXT, "Nothing in the text should change.");
    await ctx.screenshot("template-chosen-dark");
  },
};
