import { builtinPack } from "../../../src/core/packs/registry";
import { SETTINGS_NAMESPACE } from "../../../src/core/settings/schema";
import { REOPEN_STORAGE_KEY, type ReopenOptions } from "../../fakes/word-host/reopen";
import { check, type Scenario } from "../context";

const sar = builtinPack("sar")!;

/** A report in the agency's own words: no heading matches a built-in template well. */
const DOCUMENT = [
  { text: "Review of our involvement", style: "Heading1" },
  "We saw Adult A at home on 01/02/2021 and on 03/04/2021.",
  { text: "What we learnt", style: "Heading1" },
  "Visits were arranged by telephone.",
  ...Array.from({ length: 14 }, (_, i) => `Note ${i + 1}: she refused to engage with services.`),
];

export const scenario: Scenario = {
  name: "findings: no template recognised, the author chooses one, and the choice is remembered; long lists are shortened",
  async run(ctx) {
    await ctx.open({ host: { blocks: DOCUMENT } });
    const pane = ctx.pane;
    await pane.getByTestId("no-pack").waitFor();
    const note = await pane.getByTestId("no-pack").innerText();
    check(
      note.includes("Which template is this report?"),
      `The pane should say it can't tell the template; it says "${note}".`,
    );
    await pane.getByRole("heading", { name: "Check the report" }).scrollIntoViewIfNeeded();
    await ctx.screenshot("no-template-recognised");

    await pane.getByLabel("Template to check against").selectOption("sar");
    await pane.getByRole("button", { name: "Check against this template" }).click();
    await pane.getByTestId("check-pack").waitFor();
    const packLine = await pane.getByTestId("check-pack").innerText();
    check(
      packLine.includes(sar.title) && packLine.includes("you chose it"),
      `The pane should say the chosen template is used; it says "${packLine}".`,
    );
    const missing = pane.locator('[data-rule="structure.missing-section"]');
    check(
      (await missing.count()) >= 5,
      "Checked against SAR, the SAR sections should be listed as missing.",
    );
    // 14 judgemental phrases in one section: the first 10 are shown, then "Show 4 more …".
    const judgemental = pane.locator('[data-rule="language.judgemental"]');
    await judgemental.first().waitFor();
    check((await judgemental.count()) <= 10, "A long section should show 10 findings at first.");
    const more = pane.getByRole("button", { name: "Show 4 more in Whole document" });
    await more.first().scrollIntoViewIfNeeded();
    await ctx.screenshot("chosen-template-long-list");
    const before = await pane.locator('[data-testid="finding"]').count();
    await more.first().click();
    check(
      (await pane.locator('[data-testid="finding"]').count()) > before,
      "Show more should list more findings.",
    );

    const parts = await ctx.host<Array<{ namespaceUri: string; xml: string }>>("customXmlParts");
    check(
      parts.find((p) => p.namespaceUri === SETTINGS_NAMESPACE)?.xml.includes('packId="sar"'),
      "The chosen template should be kept in the document settings.",
    );

    // Reopened, the document is checked against the chosen template straight away.
    const reopen = await ctx.host<ReopenOptions>("reopenOptions");
    const frame = ctx.page.frames().find((f) => f.url().includes("harness-pane"));
    check(frame, "The pane's frame should be on the page.");
    await frame.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
      REOPEN_STORAGE_KEY,
      JSON.stringify(reopen),
    ] as const);
    await frame.goto(frame.url());
    await pane.getByTestId("check-pack").waitFor();
    check(
      (await pane.getByTestId("no-pack").count()) === 0,
      "After reopening, the chosen template should be used without asking again.",
    );

    // Back to detection: the author asks for it.
    await pane.getByRole("button", { name: "Change" }).click();
    await pane.getByRole("button", { name: "Detect it again" }).click();
    await pane.getByTestId("no-pack").waitFor();
  },
};
