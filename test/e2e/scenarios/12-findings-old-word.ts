import { check, type Scenario } from "../context";

export const scenario: Scenario = {
  name: "findings in a Word without API 1.4 and 1.6: Check now finds new text; ignoring lasts for the session and says so",
  async run(ctx) {
    await ctx.open({
      host: {
        requirementSets: { WordApi: "1.3" },
        blocks: [
          { text: "Methodology", style: "Heading1" },
          "The author read the records.",
          { text: "Terms of Reference", style: "Heading1" },
          "The terms are set out below.",
          { text: "Agency Involvement", style: "Heading1" },
          "Officers attended.",
          { text: "Comprehensive Agency Chronology", style: "Heading1" },
          "The chronology is attached.",
          { text: "Analysis of Involvement", style: "Heading1" },
          "The response was timely.",
        ],
      },
    });
    const pane = ctx.pane;
    await pane.getByTestId("check-pack").waitFor();
    const notice = await pane.getByText(/can.t keep settings inside the document/).innerText();
    check(
      notice.includes("remembered only until the task pane closes"),
      `The pane should say ignored findings last only for the session; it says "${notice}".`,
    );
    await ctx.host("typeInto", 5, " The victim refused to engage.");
    await pane.getByRole("button", { name: "Check now" }).click();
    const judgemental = pane.locator('[data-rule="language.judgemental"]');
    await judgemental.first().waitFor();
    await judgemental.first().scrollIntoViewIfNeeded();
    await ctx.screenshot("old-word-findings");
    const n = await judgemental.count();
    await judgemental
      .first()
      .getByRole("button", { name: /^Ignore/ })
      .click();
    await ctx.page.waitForFunction(
      ([count]) =>
        document
          .querySelector<HTMLIFrameElement>("#pane")!
          .contentDocument!.querySelectorAll('[data-rule="language.judgemental"]').length ===
        (count as number) - 1,
      [n],
    );
    const said = await pane.getByTestId("check-announcement").innerText();
    check(
      said.startsWith("Ignored") && !said.includes("remembered in this document"),
      `Ignoring should not claim to be saved in the document here; the pane says "${said}".`,
    );
    check(
      (await ctx.host<unknown[]>("customXmlParts")).length === 0,
      "Nothing can be written to the document's custom XML in this Word.",
    );
    // It stays ignored on the next check.
    await pane.getByRole("button", { name: "Check now" }).click();
    await ctx.page.waitForTimeout(300);
    check((await judgemental.count()) === n - 1, "The ignored finding should stay ignored.");
    await ctx.screenshot("old-word-ignored");
  },
};
