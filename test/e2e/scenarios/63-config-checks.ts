import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseOrganisationJson } from "../../../src/core/config";
import { check, checkEqual, type Scenario } from "../context";
import { serveOrganisationFile } from "../fixtures/organisation/serve";
import { LONG_SENTENCE_TEXT } from "../../core/checks/fixtures/reports";
import { openSubmitTab, prepare } from "./30-submit-clean-copy";

const FIXTURE = join(__dirname, "..", "fixtures", "organisation", "custom.json");
/** A long sentence (switched off by the organisation), a judgemental phrase and a surname. */
const TYPED = `${LONG_SENTENCE_TEXT} Mr Bloggs refused to engage with the support offered.`;

export const scenario: Scenario = {
  name: "the organisation's check settings: its pack is detected, its rule switched off is not found, its severity is used (Write and Submit)",
  async run(ctx) {
    const { settings, problems } = parseOrganisationJson(readFileSync(FIXTURE, "utf8"));
    checkEqual(problems, [], "The custom organisation fixture should be valid.");
    checkEqual(
      settings.checkOptions.disabledRules,
      ["language.long-sentence"],
      "The fixture should switch the long-sentence rule off.",
    );
    checkEqual(
      settings.checkOptions.severityOverrides,
      { "anonymisation.full-name": "error" },
      "The fixture should make names errors.",
    );
    const custom = settings.packs.find((p) => p.id === settings.defaultPackId)!;
    const pane = ctx.pane;

    await serveOrganisationFile(ctx, "custom");
    await ctx.open();
    await pane.getByTestId("organisation-name").waitFor();

    // 1. The organisation's own template: the checks find it was made from that pack.
    await pane.getByRole("button", { name: "Insert template" }).click();
    await pane.getByTestId("insert-result").waitFor();
    await pane
      .locator('[data-testid="finding"][data-rule="structure.empty-section"]')
      .first()
      .waitFor();
    const packLine = await pane.getByTestId("check-pack").innerText();
    check(
      packLine.includes(custom.title),
      `The checks should use the organisation's pack "${custom.title}"; the pane says "${packLine}".`,
    );

    // 2. The author writes a long sentence, a judgemental phrase and a surname: the phrase's
    // finding shows the text was checked again.
    const body = await ctx.host<string[]>("bodyText");
    const heading = body.indexOf("Analysis of involvement");
    check(heading >= 0, "The custom template should have its analysis section.");
    const target = body.indexOf("", heading);
    check(target > heading, "There should be an empty paragraph to write in under the heading.");
    await ctx.host("typeInto", target, TYPED);
    const phrase = pane.locator('[data-testid="finding"][data-rule="language.judgemental"]');
    await phrase.waitFor();
    check(
      (await phrase.innerText()).includes("“refused to engage”"),
      "The judgemental phrase should be found.",
    );
    const name = pane.locator('[data-testid="finding"][data-rule="anonymisation.full-name"]');
    await name.waitFor();
    check(
      (await name.innerText()).includes("Error"),
      `A name should be an error, as the organisation set it; the finding says "${await name.innerText()}".`,
    );
    checkEqual(
      await pane.locator('[data-testid="finding"][data-rule="language.long-sentence"]').count(),
      0,
      "The organisation switched the long-sentence rule off: the findings should not show it.",
    );
    await phrase.scrollIntoViewIfNeeded();
    await ctx.screenshot("rule-switched-off");

    // 3. Changing the template offers the organisation's packs, its own first.
    await pane.getByRole("button", { name: "Change" }).click();
    const chooser = pane.getByLabel("Template to check against");
    const offered = await chooser
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    checkEqual(
      offered,
      settings.packs.map((p) => p.id),
      "The template chooser should offer the organisation's packs.",
    );
    checkEqual(await chooser.inputValue(), custom.id, "It should start on the pack in use.");
    await chooser.scrollIntoViewIfNeeded();
    await ctx.screenshot("organisation-packs-offered");
    await pane.getByRole("button", { name: "Cancel" }).click();

    // 4. Submit checks with the same settings.
    await openSubmitTab(ctx);
    await prepare(ctx);
    check(
      (await pane
        .locator('[data-testid="submit-finding"][data-rule="anonymisation.full-name"]')
        .count()) > 0,
      "Submit should list the name among its findings.",
    );
    // A long sentence would be a note: open the notes, if there are any, to look.
    const notes = pane.getByRole("button", { name: /^Notes \(\d+\)$/ });
    if ((await notes.count()) > 0) await notes.click();
    checkEqual(
      await pane
        .locator('[data-testid="submit-finding"][data-rule="language.long-sentence"]')
        .count(),
      0,
      "Submit should not list the switched-off rule.",
    );
    const checks = await pane.getByTestId("submit-checks").innerText();
    check(
      checks.includes("Mr Bloggs"),
      `The name should be among the errors to fix; the checks say "${checks}".`,
    );
    check(
      (await pane.getByText(`Checked against the ${custom.title} template`).count()) === 1,
      "Submit should say it checked against the organisation's pack.",
    );
    await pane
      .locator('[data-testid="submit-finding"][data-rule="anonymisation.full-name"]')
      .scrollIntoViewIfNeeded();
    await ctx.screenshot("submit-checks");
  },
};
