import type { BlockSnapshot } from "../../fakes/word-host";
import { builtinPack } from "../../../src/core/packs/registry";
import { check, checkEqual, type Scenario } from "../context";

const ORIGINAL = "Notes the author wrote before inserting the template.";
const pack = builtinPack("dhr")!;

export const scenario: Scenario = {
  name: "asks where to insert when the document has text, and Insert at the end keeps the author's paragraph first",
  async run(ctx) {
    await ctx.open({ host: { paragraphs: [ORIGINAL] } });
    await ctx.pane.getByLabel("Template", { exact: true }).selectOption("dhr");
    await ctx.pane.getByRole("button", { name: "Insert template" }).click();

    const dialog = ctx.pane.getByRole("alertdialog");
    await dialog.waitFor();
    const choices = await dialog.getByRole("button").allInnerTexts();
    checkEqual(
      choices.map((c) => c.trim()),
      ["Insert at the cursor", "Insert at the end", "Cancel"],
      "The dialog should offer exactly these choices (never a replace).",
    );
    await ctx.screenshot("asks-where");

    await dialog.getByRole("button", { name: "Insert at the end" }).click();
    await ctx.pane.getByTestId("insert-result").waitFor();
    const message = await ctx.pane.getByTestId("insert-result").innerText();
    check(
      message.includes("Template inserted:"),
      `Expected the success message; the pane says: "${message}"`,
    );
    check((await dialog.count()) === 0, "The dialog should close after a choice.");
    await ctx.screenshot("inserted-at-end");

    const text = await ctx.host<string[]>("bodyText");
    checkEqual(text[0], ORIGINAL, "The author's paragraph should still come first, unchanged.");
    checkEqual(
      text.filter((t) => t === ORIGINAL).length,
      1,
      "The author's paragraph should appear exactly once.",
    );
    const blocks = await ctx.host<BlockSnapshot[]>("blocks");
    const firstHeading = blocks.findIndex(
      (b) => b.kind === "paragraph" && b.text === pack.sections[0].title,
    );
    check(
      firstHeading > 0,
      `The template's first heading ("${pack.sections[0].title}") should come after the author's text.`,
    );
  },
};
