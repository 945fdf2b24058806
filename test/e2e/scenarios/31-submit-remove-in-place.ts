import type { BlockSnapshot, ParagraphSnapshot } from "../../fakes/word-host";
import { isGuidanceTag } from "../../../src/core/tags";
import { check, checkEqual, type Scenario } from "../context";
import {
  AUTHOR,
  guidanceControlCount,
  insertTemplateAndWrite,
  openSubmitTab,
  prepare,
} from "./30-submit-clean-copy";

const NOTE = "The report writer must review the information in the comprehensive";
const TYPED_IN_NOTE = " Our summary is in section 4.";

/**
 * The Submit tab in a Word that cannot hand the add-in its file: the clean copy is not offered,
 * so the author removes the guidance from the document itself, after a confirmation that says
 * how many notes go, that only Undo brings them back, and which note they had typed into.
 */
export const scenario: Scenario = {
  name: "Submit: remove guidance from the document itself, after a confirmation (edited note shown in full)",
  async run(ctx) {
    await ctx.open();
    await insertTemplateAndWrite(ctx);
    // The author also types inside a guidance note (Word puts it inside the control).
    const body = await ctx.host<string[]>("bodyText");
    const note = body.findIndex((t) => t.startsWith(NOTE));
    check(note >= 0, "The template should have the summary section's guidance note.");
    await ctx.host("typeInto", note, TYPED_IN_NOTE);
    const controls = await guidanceControlCount(ctx);
    const before = (await ctx.host<BlockSnapshot[]>("blocks")).filter(
      (b): b is ParagraphSnapshot =>
        b.kind === "paragraph" && !b.controls.some((c) => isGuidanceTag(c.tag)),
    );

    await openSubmitTab(ctx);
    await prepare(ctx);
    const pane = ctx.pane;

    // The edited note is shown in full, with the warning.
    const edited = pane.getByTestId("submit-edited");
    await edited.waitFor();
    const editedText = await edited.innerText();
    check(
      editedText.includes("This note has been edited — its text will be removed too") &&
        editedText.includes(TYPED_IN_NOTE.trim()),
      `The edited note should be shown in full with its warning; the pane says: ${editedText}`,
    );
    await edited.scrollIntoViewIfNeeded();
    await ctx.screenshot("edited-note-warning");

    // No clean copy in this Word: the pane says why.
    const copy = pane.getByRole("button", { name: "Create a clean copy" });
    checkEqual(await copy.getAttribute("aria-disabled"), "true", "No file access: no clean copy.");
    check(
      (await pane.getByTestId("submit-actions").innerText()).includes(
        "This Word can't give the add-in a copy of the file",
      ),
      "The pane should say why there is no clean copy here.",
    );

    await pane.getByRole("checkbox", { name: /^Submit anyway/ }).check();
    const remove = pane.getByRole("button", { name: "Remove guidance from this document…" });
    await remove.click();
    const dialog = pane.getByRole("alertdialog");
    await dialog.waitFor();
    const dialogText = await dialog.innerText();
    check(
      dialogText.includes(`Remove ${controls} guidance notes from this document?`) &&
        dialogText.includes("can’t be undone except with Word’s Undo") &&
        dialogText.includes("1 note has been edited — its text will be removed too"),
      `The confirmation should say how many notes go, about Undo, and about the edited note; it says: ${dialogText}`,
    );
    await ctx.screenshot("confirm-dialog");

    // From the keyboard: focus is in the dialog; Escape cancels, changes nothing, and puts focus
    // back on the button that opened it.
    check(
      await dialog.evaluate((d) => d.contains(document.activeElement)),
      "Focus should move into the confirmation dialog.",
    );
    await ctx.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    checkEqual(await guidanceControlCount(ctx), controls, "Cancelling should remove nothing.");
    check(
      await remove.evaluate((b) => b === document.activeElement),
      "Focus should return to the Remove button after the dialog closes.",
    );

    await remove.click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: `Remove ${controls} notes` }).click();
    const result = pane.getByTestId("submit-result");
    await result.waitFor();
    const resultText = await result.innerText();
    check(
      resultText.includes(`Removed ${controls} guidance notes from this document`),
      `The pane should say how many notes went; it says: ${resultText}`,
    );
    await result.scrollIntoViewIfNeeded();
    await ctx.screenshot("removed");
    await ctx.documentScreenshot("removed");

    checkEqual(await guidanceControlCount(ctx), 0, "No guidance control should remain.");
    const after = (await ctx.host<BlockSnapshot[]>("blocks")).filter(
      (b): b is ParagraphSnapshot => b.kind === "paragraph",
    );
    checkEqual(
      after.map((p) => p.text),
      before.map((p) => p.text),
      "Every paragraph of the author's (empty ones too) should survive, in order, and nothing else.",
    );
    for (const [, text] of AUTHOR)
      check(
        after.some((p) => p.text === text),
        `The author's "${text}" should be in the document.`,
      );
    check(
      (await pane.getByTestId("submit-actions").count()) === 0,
      "After the removal the old preview should give way to what happened.",
    );

    // Prepared again: nothing left to remove.
    await prepare(ctx);
    const summary = await pane.getByTestId("submit-preview-summary").innerText();
    checkEqual(
      summary,
      "There are no guidance notes left in the document.",
      "Prepared again after the removal, the preview should find no guidance.",
    );
    await ctx.screenshot("prepared-again");
  },
};
