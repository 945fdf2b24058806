import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseOrganisationJson } from "../../../src/core/config";
import { BUILTIN_PACKS, builtinPack } from "../../../src/core/packs/registry";
import { check, checkEqual, type Scenario } from "../context";
import { serveOrganisationFile } from "../fixtures/organisation/serve";

const FIXTURE = join(__dirname, "..", "fixtures", "organisation", "broken.json");

export const scenario: Scenario = {
  name: "a broken organisation file is explained to the administrator; the pane works with its built-in settings",
  async run(ctx) {
    const { problems } = parseOrganisationJson(readFileSync(FIXTURE, "utf8"));
    check(problems.length >= 3, "The broken fixture should have several problems.");

    await serveOrganisationFile(ctx, "broken");
    await ctx.open();
    const message = ctx.pane.getByTestId("organisation-message");
    await message.waitFor();
    const text = await message.innerText();
    check(
      text.includes("Your organisation’s settings file has problems") &&
        text.includes("using its built-in settings"),
      `The message should say the file has problems and built-in settings are used; it says "${text}".`,
    );
    await ctx.screenshot("problems-message");

    const toggle = ctx.pane.getByRole("button", { name: `Show the problems (${problems.length})` });
    checkEqual(await toggle.getAttribute("aria-expanded"), "false", "The list starts closed.");
    await toggle.click();
    const list = ctx.pane.getByTestId("organisation-problems");
    await list.waitFor();
    const items = await list.locator("li").allInnerTexts();
    checkEqual(
      items,
      problems.map((p) => `${p.path}: ${p.message}`),
      "The message should list every problem as path: reason.",
    );
    checkEqual(
      await ctx.pane
        .getByRole("button", { name: "Hide the problems" })
        .getAttribute("aria-expanded"),
      "true",
      "The toggle should say the list is open.",
    );
    await ctx.screenshot("problems-listed");

    // The pane still works, with the built-in packs and markings.
    const select = ctx.pane.getByLabel("Template", { exact: true });
    const options = await select
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    checkEqual(
      options,
      BUILTIN_PACKS.map((p) => p.id),
      "The built-in packs should be offered.",
    );
    await ctx.pane.getByRole("button", { name: "Insert template" }).click();
    await ctx.pane.getByTestId("insert-result").waitFor();
    const body = await ctx.host<string[]>("bodyText");
    checkEqual(
      body[0],
      builtinPack("dhr")!.protectiveMarking.default,
      "The template should carry the built-in marking.",
    );

    await ctx.pane.getByRole("button", { name: "Dismiss" }).click();
    await message.waitFor({ state: "detached" });
    await ctx.screenshot("dismissed");
  },
};
