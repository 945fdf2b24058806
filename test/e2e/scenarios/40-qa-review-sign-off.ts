import { readFileSync } from "node:fs";
import { builtinPack } from "../../../src/core/packs/registry";
import { formatUkDate } from "../../../src/core/qa/schema";
import type { BlockSnapshot, CommentSnapshot, TableSnapshot } from "../../fakes/word-host";
import { check, checkEqual, type Scenario, type ScenarioContext } from "../context";

const QA_NAMESPACE = "urn:imr-assistant:qa";
const pack = builtinPack("dhr")!;
const set = pack.qa.sets.find((s) => s.id === pack.qa.defaultSet)!;
const NAME = "Jane QA";
const ROLE = "Head of Safeguarding";
const AUTHOR_TEXT = "The case was closed after the second home visit without a manager's review.";
const SELECTED = "closed after the second home visit";

/** The criteria this scenario answers: [criterion index, answer, comment]. */
const ANSWERS: [number, string, string][] = [
  [0, "Yes", "Terms of reference are clear."],
  [1, "Yes", ""],
  [5, "Partially", "Two entries have no time."],
];

function criterionHeader(ctx: ScenarioContext, i: number) {
  return ctx.pane.getByRole("button", { name: new RegExp(`^${i + 1}\\. `) });
}

async function openCriterion(ctx: ScenarioContext, i: number): Promise<void> {
  const header = criterionHeader(ctx, i);
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await ctx.pane.getByRole("radiogroup", { name: set.criteria[i].text }).waitFor();
}

async function closeCriterion(ctx: ScenarioContext, i: number): Promise<void> {
  const header = criterionHeader(ctx, i);
  if ((await header.getAttribute("aria-expanded")) === "true") await header.click();
}

async function qaPart(ctx: ScenarioContext): Promise<string | undefined> {
  const parts = await ctx.host<{ namespaceUri: string; xml: string }[]>("customXmlParts");
  return parts.find((p) => p.namespaceUri === QA_NAMESPACE)?.xml;
}

async function waitSaved(ctx: ScenarioContext): Promise<void> {
  await ctx.pane.getByTestId("qa-saved").waitFor();
}

function coverRow(blocks: BlockSnapshot[], label: string): string[] | undefined {
  for (const b of blocks)
    if (b.kind === "table") {
      const row = b.values.find((r) => r[0].trim() === label);
      if (row) return row;
    }
  return undefined;
}

export const scenario: Scenario = {
  name: "QA: answers with evidence, a comment on the text, status, sign-off into the cover table, the form, and all of it after the pane reloads",
  async run(ctx) {
    await ctx.open();
    await ctx.pane.getByLabel("Template", { exact: true }).selectOption("dhr");
    await ctx.pane.getByRole("button", { name: "Insert template" }).click();
    await ctx.pane.getByTestId("insert-result").waitFor();
    // The author has written something the reviewer will comment on.
    await ctx.host("appendParagraph", AUTHOR_TEXT);

    await ctx.pane.getByRole("tab", { name: "QA" }).click();
    await ctx.pane.getByRole("heading", { name: "QA form" }).waitFor();
    const progress = ctx.pane.getByTestId("qa-progress");
    checkEqual(
      await progress.innerText(),
      `0 of ${set.criteria.length} criteria answered`,
      "A new document has nothing answered.",
    );
    check(
      (await ctx.pane.getByText(/Chosen because the document records/).count()) === 1,
      "The pane should say the DHR template was recognised from the document.",
    );
    check((await qaPart(ctx)) === undefined, "Opening the QA tab must not write anything.");
    await ctx.screenshot("qa-tab-opened");

    // Answering needs a name first.
    await openCriterion(ctx, 0);
    const firstGroup = ctx.pane.getByRole("radiogroup", { name: set.criteria[0].text });
    check(
      await firstGroup.getByRole("radio", { name: "Yes" }).isDisabled(),
      "The answers should wait for the reviewer's name.",
    );
    await ctx.pane.getByRole("textbox", { name: "Your name", exact: true }).fill(NAME);
    await ctx.pane.getByRole("textbox", { name: "Your role", exact: true }).fill(ROLE);

    for (const [i, value, comment] of ANSWERS) {
      await openCriterion(ctx, i);
      const group = ctx.pane.getByRole("radiogroup", { name: set.criteria[i].text });
      if (comment) await ctx.pane.getByLabel("Comments", { exact: true }).fill(comment);
      await group.getByRole("radio", { name: value }).check();
      if (i === 5) {
        const evidence = ctx.pane.getByRole("list", { name: "Evidence from the checks" });
        const text = await evidence.innerText();
        check(
          text.includes("The chronology table has no entries."),
          `The chronology criterion should show the checks' evidence; it shows "${text}"`,
        );
        await ctx.pane.getByText(`Answered by ${NAME}, ${ROLE} on`).waitFor();
        await evidence.scrollIntoViewIfNeeded();
        await ctx.screenshot("criterion-with-evidence");
      }
      await closeCriterion(ctx, i);
    }
    await progress.getByText(`3 of ${set.criteria.length} criteria answered`).waitFor();
    await waitSaved(ctx);
    const saved = (await qaPart(ctx)) ?? "";
    check(
      saved.includes('criterion="chronology" value="Partially"') &&
        saved.includes("Two entries have no time.") &&
        saved.includes(`by="${NAME}, ${ROLE}"`),
      `The QA record in the document should hold the answers; it is: ${saved.slice(0, 300)}`,
    );
    await ctx.pane.getByTestId("qa-save-status").scrollIntoViewIfNeeded();
    await ctx.screenshot("answered-and-saved");

    // A comment on the text: refused with no selection, then added on the selected words.
    const paragraphs = await ctx.host<string[]>("bodyText");
    const at = paragraphs.indexOf(AUTHOR_TEXT);
    check(at >= 0, "The author's paragraph should be in the document.");
    await ctx.host("setSelection", at, 4);
    await ctx.pane.getByLabel("About").selectOption({ index: 10 });
    await ctx.pane
      .getByLabel("Comment", { exact: true })
      .fill("Say who decided to close the case.");
    await ctx.pane.getByRole("button", { name: "Comment on the selection" }).click();
    const result = ctx.pane.getByTestId("comment-result");
    await result.getByText(/Nothing is selected/).waitFor();
    checkEqual(
      await ctx.host<CommentSnapshot[]>("comments"),
      [],
      "No comment without a selection.",
    );
    const start = AUTHOR_TEXT.indexOf(SELECTED);
    await ctx.host("setSelection", at, start, start + SELECTED.length);
    await ctx.pane.getByRole("button", { name: "Comment on the selection" }).click();
    await result.getByText(`Comment added on “${SELECTED}”.`).waitFor();
    const comments = await ctx.host<CommentSnapshot[]>("comments");
    checkEqual(comments.length, 1, "One Word comment should have been added.");
    checkEqual(comments[0].text, SELECTED, "The comment should be on the selected words.");
    check(
      /^\[QA: Report reflects a critical examination of…\] Say who decided to close the case\.$/.test(
        comments[0].content,
      ),
      `The Word comment should be tagged with the criterion; it says "${comments[0].content}"`,
    );
    await ctx.pane
      .getByRole("list", { name: "Comments in the QA record" })
      .scrollIntoViewIfNeeded();
    await ctx.screenshot("comment-added");

    // Dates: a wrong format is refused, a good one kept.
    const revision = ctx.pane.getByLabel("Date of revision");
    await revision.fill("2024-03-01");
    await revision.press("Tab");
    await ctx.pane.getByText(/Date of revision must be written dd\/mm\/yyyy/).waitFor();
    await revision.fill("");
    await revision.press("Tab");
    const first = ctx.pane.getByLabel("Date of first submission");
    await first.fill("01/03/2024");
    await first.press("Tab");

    // Status: submit; approving waits for every answer and the sign-off, and says so.
    await ctx.pane.getByRole("button", { name: "Submit for quality assurance" }).click();
    await ctx.pane.getByText("Submitted for quality assurance", { exact: true }).first().waitFor();
    const approve = ctx.pane.getByRole("button", { name: "Approve" });
    checkEqual(await approve.getAttribute("aria-disabled"), "true", "Approve should wait.");
    await ctx.pane
      .getByText(
        /Every criterion needs an answer before the report can be approved: 12 not answered/,
      )
      .waitFor();
    await approve.scrollIntoViewIfNeeded();
    await ctx.screenshot("status-submitted");

    // Sign-off: preview of the cover table changes, then made.
    const today = formatUkDate(new Date());
    checkEqual(
      await ctx.pane.getByLabel("Signed off by (name)").inputValue(),
      NAME,
      "The sign-off starts from the reviewer's name.",
    );
    await ctx.pane.getByRole("button", { name: "Sign off", exact: true }).click();
    const preview = ctx.pane.getByTestId("cover-preview");
    await preview.waitFor();
    const previewText = await preview.innerText();
    check(
      previewText.includes("Quality assured and approved by") &&
        previewText.includes(`${NAME}, ${ROLE}. Date: ${today}`) &&
        previewText.includes("Date of first submission") &&
        previewText.includes("01/03/2024"),
      `The preview should show the sign-off and the date going into the cover table; it says "${previewText}"`,
    );
    const before = await ctx.host<BlockSnapshot[]>("blocks");
    check(
      !coverRow(before, "Quality assured and approved by")?.[1].includes(NAME),
      "Nothing should change before the preview is confirmed.",
    );
    await preview.scrollIntoViewIfNeeded();
    await ctx.screenshot("cover-preview");
    await preview.getByRole("button", { name: "Make these changes" }).click();
    await ctx.pane
      .getByTestId("cover-result")
      .getByText(/The cover table is filled in/)
      .waitFor();
    const after = await ctx.host<BlockSnapshot[]>("blocks");
    checkEqual(
      coverRow(after, "Quality assured and approved by")?.[1],
      `${NAME}, ${ROLE}. Date: ${today}`,
      "The cover table should show who signed off.",
    );
    checkEqual(
      coverRow(after, "Date of first submission")?.[1],
      "01/03/2024",
      "The cover table should show the date of first submission.",
    );
    const coverTable = after.find(
      (b): b is TableSnapshot =>
        b.kind === "table" && !!coverRow([b], "Quality assured and approved by"),
    )!;
    const signedCell =
      coverTable.cells[
        coverTable.values.findIndex((r) => r[0].trim() === "Quality assured and approved by")
      ][1][0];
    check(
      signedCell.controls.length === 0 &&
        signedCell.font.italic === false &&
        signedCell.font.color === "#000000",
      `The sign-off should be ordinary text, not left inside the guidance note: ${JSON.stringify(signedCell)}`,
    );
    await ctx.screenshot("cover-filled");
    await ctx.documentScreenshot("cover-filled");

    // The completed form at the end of the document, and as a CSV download.
    await ctx.pane.getByRole("button", { name: "Insert the form at the end" }).click();
    await ctx.pane
      .getByTestId("form-result")
      .getByText(/The QA form is at the end/)
      .waitFor();
    const blocks = await ctx.host<BlockSnapshot[]>("blocks");
    const form = blocks.filter((b): b is TableSnapshot => b.kind === "table").pop()!;
    checkEqual(
      form.values[0],
      ["Criteria", ...set.answers, "Comments"],
      "The inserted form's header row.",
    );
    checkEqual(
      form.values[6],
      [set.criteria[5].text, "", "", "✓", "Two entries have no time."],
      "The chronology criterion's row ticks Partially and has the comment.",
    );
    const [download] = await Promise.all([
      ctx.page.waitForEvent("download"),
      ctx.pane.getByRole("button", { name: "Download as CSV" }).click(),
    ]);
    check(
      /^IMR QA form gm-dhr-qa \d\d-\d\d-\d{4}\.csv$/.test(download.suggestedFilename()),
      `The download's name: ${download.suggestedFilename()}`,
    );
    const csv = readFileSync((await download.path())!, "utf8");
    check(
      csv.startsWith("\uFEFFNumber,Criterion,Answer,Comments,Answered by,Answered on\r\n") &&
        csv.includes("Partially,Two entries have no time.") &&
        csv.includes(`Quality assured and approved by,${NAME}`),
      `The CSV should hold the answers and the sign-off; it starts: ${csv.slice(0, 200)}`,
    );
    await ctx.pane.getByTestId("form-result").scrollIntoViewIfNeeded();
    await ctx.screenshot("form-inserted");
    await ctx.documentScreenshot("form-inserted");

    // The pane reloads (Word restarts the add-in): everything is read back from the document.
    await waitSaved(ctx);
    await ctx.reloadPane();
    await ctx.pane.getByRole("tab", { name: "QA" }).click();
    await ctx.pane.getByRole("heading", { name: "QA form" }).waitFor();
    checkEqual(
      await ctx.pane.getByRole("textbox", { name: "Your name", exact: true }).inputValue(),
      NAME,
      "The reviewer's name is remembered for the session.",
    );
    checkEqual(
      await ctx.pane.getByTestId("qa-progress").innerText(),
      `3 of ${set.criteria.length} criteria answered`,
      "The answers come back from the document.",
    );
    await ctx.pane
      .getByTestId("sign-off-summary")
      .getByText(`Signed off by ${NAME}, ${ROLE}, on ${today}.`)
      .waitFor();
    await ctx.pane.getByText("Submitted for quality assurance", { exact: true }).first().waitFor();
    await openCriterion(ctx, 5);
    const group = ctx.pane.getByRole("radiogroup", { name: set.criteria[5].text });
    check(
      await group.getByRole("radio", { name: "Partially" }).isChecked(),
      "Partially should still be chosen for the chronology criterion.",
    );
    checkEqual(
      await ctx.pane.getByLabel("Comments", { exact: true }).inputValue(),
      "Two entries have no time.",
      "The comment on the answer comes back.",
    );
    await ctx.pane.getByText("Say who decided to close the case.").waitFor();
    await ctx.screenshot("after-reload");

    // The author's view: the same record, read-only.
    await ctx.pane.getByRole("radio", { name: /The author/ }).check();
    check(
      (await ctx.pane.getByRole("radiogroup", { name: set.criteria[5].text }).count()) === 0,
      "The author should not be able to change the answers.",
    );
    await ctx.pane.getByText(/Answer: Partially/).waitFor();
    check(
      (await ctx.pane.getByRole("button", { name: "Comment on the selection" }).count()) === 0,
      "The author should not add QA comments.",
    );
    await ctx.pane.getByText(/Answer: Partially/).scrollIntoViewIfNeeded();
    await ctx.screenshot("author-view");
  },
};
