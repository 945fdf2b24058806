import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseOrganisationJson } from "../../../src/core/config";
import { check, checkEqual, type Scenario } from "../context";
import { serveOrganisationFile } from "../fixtures/organisation/serve";

const FIXTURE = join(__dirname, "..", "fixtures", "organisation", "custom.json");

export const scenario: Scenario = {
  name: "an organisation file offers its own pack and puts its marking on the template",
  async run(ctx) {
    const { settings, problems } = parseOrganisationJson(readFileSync(FIXTURE, "utf8"));
    checkEqual(problems, [], "The custom organisation fixture should be valid.");
    const custom = settings.packs.find((p) => p.id === settings.defaultPackId)!;
    const marking = settings.protectiveMarking!;

    await serveOrganisationFile(ctx, "custom");
    await ctx.open();
    await ctx.pane.getByTestId("organisation-name").waitFor();
    const caption = await ctx.pane.getByTestId("organisation-name").innerText();
    check(
      caption.includes(settings.agencyName!),
      `The pane should say which organisation set it up; it says "${caption}".`,
    );
    check(
      (await ctx.pane.getByTestId("organisation-message").count()) === 0,
      "A valid organisation file should not show the problems message.",
    );

    const select = ctx.pane.getByLabel("Template", { exact: true });
    await check(await select.isEnabled(), "The template list should be ready to use.");
    const options = await select
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    checkEqual(
      options,
      settings.packs.map((p) => p.id),
      "The template list should offer the organisation's packs, in its order.",
    );
    checkEqual(
      await select.inputValue(),
      custom.id,
      "The template list should start on the organisation's default pack.",
    );
    await ctx.screenshot("custom-pack-offered");

    await ctx.pane.getByRole("button", { name: "Insert template" }).click();
    await ctx.pane.getByTestId("insert-result").waitFor();
    const body = await ctx.host<string[]>("bodyText");
    checkEqual(body[0], marking, "The template should start with the organisation's marking.");
    const header = await ctx.host<string[]>("headerText");
    check(
      header.includes(marking),
      `The page header should carry the organisation's marking; it has ${JSON.stringify(header)}.`,
    );
    for (const section of custom.sections)
      check(
        body.includes(section.title),
        `The custom pack's section "${section.title}" is missing.`,
      );
    check(
      body.includes(custom.cover.title),
      `The custom pack's cover title "${custom.cover.title}" is missing.`,
    );
    await ctx.screenshot("custom-template-inserted");
    await ctx.documentScreenshot("custom-template-inserted");
  },
};
