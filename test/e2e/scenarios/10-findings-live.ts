import { findingKey } from "../../../src/core/checks/engine";
import { builtinPack } from "../../../src/core/packs/registry";
import { SETTINGS_NAMESPACE } from "../../../src/core/settings/schema";
import { REOPEN_STORAGE_KEY, type ReopenOptions } from "../../fakes/word-host/reopen";
import type { Locator } from "playwright-core";
import { check, checkEqual, type Scenario, type ScenarioContext } from "../context";

const pack = builtinPack("dhr")!;
const SECTION = "Analysis of Involvement";
const TYPED = "She failed to engage with the MARAC.";
const EXPANDED = "She failed to engage with the Multi-Agency Risk Assessment Conference (MARAC).";

/** Scroll the pane to `item` and the document to the paragraph holding `text`, for a screenshot. */
async function showBoth(ctx: ScenarioContext, item: Locator, text: string): Promise<void> {
  await item.scrollIntoViewIfNeeded();
  await ctx.page.evaluate((t) => {
    (window as { imrRefresh?: () => boolean }).imrRefresh?.();
    const doc = document.getElementById("document");
    const el = [...(doc?.querySelectorAll(".fw-p") ?? [])].find((e) => e.textContent?.includes(t));
    el?.scrollIntoView({ block: "center" });
  }, text);
}

export const scenario: Scenario = {
  name: "findings appear as the author types; go to, fix and ignore them; ignored stays ignored after reopening",
  async run(ctx) {
    await ctx.open();
    const pane = ctx.pane;
    const status = pane.getByTestId("check-status");
    await pane.getByTestId("check-empty").waitFor();
    await ctx.screenshot("empty-document");

    // 1. Insert the template: the checks run by themselves and list the empty sections.
    await pane.getByLabel("Template", { exact: true }).selectOption("dhr");
    await pane.getByRole("button", { name: "Insert template" }).click();
    await pane.getByTestId("insert-result").waitFor();
    const emptySection = pane.locator(
      '[data-testid="finding"][data-rule="structure.empty-section"]',
    );
    await emptySection.first().waitFor();
    const statusText = await status.innerText();
    check(
      /^Checked just now · \d+ errors?/.test(statusText),
      `The status line should say when and what was found; it says "${statusText}".`,
    );
    check(
      (await pane.getByTestId("check-pack").innerText()).includes(pack.title),
      "The pane should say which template the checks used.",
    );
    check(
      (await pane.locator('[data-rule^="language."]').count()) === 0,
      "A fresh template should have no language findings (guidance is not checked).",
    );
    await pane.getByRole("heading", { name: "Check the report" }).scrollIntoViewIfNeeded();
    await ctx.screenshot("template-findings");

    // 2. The author types judgemental text into a section: findings appear after the pause.
    const text = await ctx.host<string[]>("bodyText");
    const heading = text.indexOf(SECTION);
    check(heading >= 0, `The template should have the heading "${SECTION}".`);
    // The section has guidance, then an empty paragraph to write in (in body.paragraphs order).
    const target = text.indexOf("", heading);
    check(target > heading, `There should be an empty paragraph to write in under "${SECTION}".`);
    await ctx.host("typeInto", target, TYPED);
    const judgemental = pane.locator('[data-testid="finding"][data-rule="language.judgemental"]');
    await judgemental.waitFor();
    const acronym = pane.locator('[data-testid="finding"][data-rule="language.acronym-undefined"]');
    await acronym.waitFor();
    check(
      (await judgemental.innerText()).includes("“failed to engage”"),
      "The finding should quote the exact words.",
    );
    check(
      (await judgemental.innerText()).includes("Warning"),
      "The severity should be in words, not colour alone.",
    );
    check(
      (await pane.getByRole("heading", { name: new RegExp(`^${SECTION} \\(`) }).count()) === 1,
      "Findings should be grouped under their section, with counts.",
    );
    await showBoth(ctx, judgemental, TYPED);
    await ctx.screenshot("typed-findings");

    // 3. Go to selects the words in the document.
    await judgemental.getByRole("button", { name: "Go to" }).click();
    await ctx.page.waitForFunction(
      ([t]) =>
        (window as unknown as { imrHost: { selectedText(): string } }).imrHost.selectedText() === t,
      ["failed to engage"],
    );
    const sel = await ctx.host<{ paragraph: number; start: number; end: number }>("selection");
    checkEqual(
      sel,
      { paragraph: target, start: 4, endParagraph: target, end: 20 } as never,
      "Go to should select the finding's words.",
    );
    await showBoth(ctx, judgemental, "failed to engage");
    await ctx.screenshot("go-to-selected");

    // 4. Fix spells the acronym out at its first use, in the document.
    await acronym.getByRole("button", { name: /^Fix/ }).click();
    await ctx.page.waitForFunction(
      ([i, t]) =>
        (window as unknown as { imrHost: { bodyText(): string[] } }).imrHost.bodyText()[
          i as number
        ] === t,
      [target, EXPANDED] as const,
    );
    await acronym.waitFor({ state: "detached" });
    const announced = await pane.getByTestId("check-announcement").innerText();
    check(
      announced.includes("Replace “MARAC”"),
      `The pane should say what the fix did; it says "${announced}".`,
    );
    await showBoth(ctx, judgemental, EXPANDED);
    await ctx.screenshot("acronym-fixed");

    // 5. Ignore the judgemental finding: it goes, and the document remembers it.
    await judgemental.getByRole("button", { name: /^Ignore/ }).click();
    await judgemental.waitFor({ state: "detached" });
    const parts = await ctx.host<Array<{ namespaceUri: string; xml: string }>>("customXmlParts");
    const settings = parts.find((p) => p.namespaceUri === SETTINGS_NAMESPACE);
    const key = findingKey({
      rule: "language.judgemental",
      text: "failed to engage",
      section: SECTION,
    });
    check(
      settings?.xml.includes(key),
      `The settings part should hold the ignore key "${key}"; it is: ${settings?.xml}`,
    );
    await showBoth(ctx, pane.getByTestId("check-announcement"), EXPANDED);
    await ctx.screenshot("ignored");
    // It stays gone when the document changes again.
    await ctx.host("typeInto", target, " Staff did not follow up.");
    await ctx.page.waitForTimeout(1200);
    check(
      (await judgemental.count()) === 0,
      "An ignored finding should stay ignored after the next re-check.",
    );

    // 6. Save, close and reopen: the ignored finding is still ignored; it can be shown again.
    const reopen = await ctx.host<ReopenOptions>("reopenOptions");
    const frame = ctx.page.frames().find((f) => f.url().includes("harness-pane"));
    check(frame, "The pane's frame should be on the page.");
    await frame.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
      REOPEN_STORAGE_KEY,
      JSON.stringify(reopen),
    ] as const);
    await frame.goto(frame.url());
    await pane.getByRole("heading", { name: "IMR Assistant" }).waitFor();
    await pane.getByText("Loading…").waitFor({ state: "detached" });
    check(
      (await ctx.host<string[]>("bodyText"))[target] === `${EXPANDED} Staff did not follow up.`,
      "The reopened document should hold the author's text as it was saved.",
    );
    await pane
      .locator('[data-testid="finding"][data-rule="structure.empty-section"]')
      .first()
      .waitFor();
    check(
      (await pane.locator('[data-testid="finding"][data-rule="language.judgemental"]').count()) ===
        0,
      "After reopening, the ignored finding should still be left out.",
    );
    const toggle = pane.getByRole("switch", { name: /Show ignored findings \(1\)/ });
    await toggle.click();
    const shown = pane.locator('[data-testid="finding"][data-rule="language.judgemental"]');
    await shown.waitFor();
    check(
      (await shown.innerText()).includes("Ignored"),
      "A shown ignored finding should be marked Ignored.",
    );
    await showBoth(ctx, shown, EXPANDED);
    await ctx.screenshot("reopened-show-ignored");
    await shown.getByRole("button", { name: "Stop ignoring" }).click();
    await pane.getByRole("switch", { name: /Show ignored findings \(0\)/ }).click();
    check(
      (await pane.getByRole("switch").count()) === 0,
      "With nothing ignored and the switch off, the switch should go.",
    );
    await pane.locator('[data-testid="finding"][data-rule="language.judgemental"]').waitFor();
    await ctx.screenshot("stopped-ignoring");
  },
};
