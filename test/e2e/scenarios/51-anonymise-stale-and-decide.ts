import { check, checkEqual, type Scenario, type ScenarioContext } from "../context";

async function addPerson(
  ctx: ScenarioContext,
  name: string,
  role: string,
  expectedCode: string,
): Promise<void> {
  await ctx.pane.getByRole("button", { name: "Add a person" }).click();
  const form = ctx.pane.getByRole("form", { name: "Add a person" });
  await form.getByRole("textbox", { name: /Real name/ }).fill(name);
  await form.getByRole("combobox", { name: "Role" }).selectOption({ label: role });
  await form.getByRole("button", { name: "Propose a pseudonym" }).click();
  checkEqual(
    await form.getByRole("textbox", { name: /^Code/ }).inputValue(),
    expectedCode,
    `The pseudonym proposed for ${name} should be ${expectedCode}.`,
  );
  await form.getByRole("button", { name: "Add to the register" }).click();
  await ctx.pane.getByTestId("register-list").getByText(name).waitFor();
}

export const scenario: Scenario = {
  name: "anonymise: a name two people share is decided by the author; a stale preview is refused and refreshed",
  async run(ctx) {
    await ctx.open({
      host: {
        paragraphs: ["Joanne Bloggs rang Peter Bloggs.", "Later Mr Bloggs called back."],
      },
    });
    await ctx.pane.getByRole("tab", { name: "Anonymise" }).click();

    // The form says what is missing rather than saving an empty person.
    await ctx.pane.getByRole("button", { name: "Add a person" }).click();
    const form = ctx.pane.getByRole("form", { name: "Add a person" });
    await form.getByRole("button", { name: "Add to the register" }).click();
    await form.getByText("Type the person's real name.").waitFor();
    await ctx.screenshot("form-errors");
    await form.getByRole("button", { name: "Cancel" }).click();
    const focusedText = () =>
      ctx.pane.locator("body").evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    checkEqual(
      await focusedText(),
      "Add a person",
      "Closing the form should put focus back on the button that opened it.",
    );
    await ctx.page.keyboard.press("Enter");
    check(
      await ctx.pane
        .getByRole("textbox", { name: /Real name/ })
        .evaluate((el) => el === document.activeElement),
      "Opening the form from the keyboard should put focus in its first field.",
    );
    await ctx.page.keyboard.press("Escape");
    await ctx.pane
      .getByRole("form", { name: "Add a person" })
      .getByRole("button", { name: "Cancel" })
      .click();

    await addPerson(ctx, "Joanne Bloggs", "Victim", "Adult A");
    await addPerson(ctx, "Peter Bloggs", "Family member", "Adult B");
    const problems = await ctx.pane.getByTestId("register-problems").innerText();
    check(
      /“Bloggs”, alone or in forms like “Mr Bloggs”, could mean Joanne Bloggs \(Adult A\) or Peter Bloggs \(Adult B\)/.test(
        problems,
      ),
      `The register should warn that "Bloggs" could be either person; it says "${problems}"`,
    );
    await ctx.pane.getByTestId("register-problems").scrollIntoViewIfNeeded();
    await ctx.screenshot("register-with-shared-surname");

    await ctx.pane.getByRole("button", { name: "Preview the replacements" }).click();
    const summary = ctx.pane.getByTestId("preview-summary");
    await summary.waitFor();
    checkEqual(
      await summary.innerText(),
      "2 places to change, 1 name to decide.",
      "The preview should count the shared surname apart.",
    );
    const undecided = ctx.pane.getByTestId("undecided");
    await undecided
      .getByRole("combobox", { name: "Replace “Mr Bloggs” with" })
      .selectOption({ label: "Adult B (Peter Bloggs)" });
    await ctx.pane.getByRole("button", { name: "Replace 3 names" }).waitFor();
    await undecided.scrollIntoViewIfNeeded();
    await ctx.screenshot("decided");

    // The author edits the document after the preview: replacing must change nothing.
    await ctx.host("setParagraphText", 1, "Later Mrs Bloggs called back.");
    await ctx.pane.getByRole("button", { name: "Replace 3 names" }).click();
    const result = ctx.pane.getByTestId("anonymise-result");
    await result.waitFor();
    const refused = await result.innerText();
    check(
      refused.includes("Nothing was replaced") && refused.includes("Refresh the preview"),
      `A stale preview should be refused with a way to refresh; the pane says "${refused}"`,
    );
    checkEqual(
      await ctx.host<string[]>("bodyText"),
      ["Joanne Bloggs rang Peter Bloggs.", "Later Mrs Bloggs called back."],
      "A refused replacement must not change the document at all.",
    );
    await result.scrollIntoViewIfNeeded();
    await ctx.screenshot("refused");

    await result.getByRole("button", { name: "Refresh the preview" }).click();
    await ctx.pane
      .getByRole("combobox", { name: "Replace “Mrs Bloggs” with" })
      .selectOption({ label: "Adult B (Peter Bloggs)" });
    await ctx.pane.getByRole("button", { name: "Replace 3 names" }).click();
    const done = ctx.pane.getByTestId("anonymise-result");
    await done.getByText("Replaced 3 names").waitFor();
    check(
      (await done.innerText()).includes("no name from the register is left"),
      `After replacing everything, the check should find no register names; it says "${await done.innerText()}"`,
    );
    checkEqual(
      await ctx.host<string[]>("bodyText"),
      ["Adult A rang Adult B.", "Later Adult B called back."],
      "Every name should be replaced, the decided one with the chosen code.",
    );
    await done.scrollIntoViewIfNeeded();
    await ctx.screenshot("replaced-after-refresh");
  },
};
