import JSZip from "jszip";
import { guidanceNotes } from "../../../src/core/checks/guidance";
import type { DocModel } from "../../../src/core/model/types";
import { builtinPack } from "../../../src/core/packs/registry";
import { isGuidanceTag } from "../../../src/core/tags";
import { readDocx, writeTemplateDocx } from "../../../src/docx";
import { check, checkEqual, type Scenario, type ScenarioContext } from "../context";

/**
 * The Submit tab's clean copy, through the pane: insert the DHR template, write in two sections,
 * prepare (checks, then what will go), acknowledge the errors, create the clean copy, and check the
 * copy Word was asked to open. Also exports the steps the other Submit scenarios share.
 */

export const pack = builtinPack("dhr")!;

/** What the author writes, by section (into the empty paragraph under each section's guidance). */
export const AUTHOR: ReadonlyArray<[section: string, text: string]> = [
  [
    "Terms of Reference",
    "The panel asked the agency to review its contact with Adult A from 2019 to 2021.",
  ],
  [
    "Agency Involvement",
    "The agency had six contacts with Adult A during the period under review.",
  ],
];

/** Insert the DHR template through the Write tab and type the author's text into two sections. */
export async function insertTemplateAndWrite(ctx: ScenarioContext): Promise<void> {
  await ctx.pane.getByLabel("Template", { exact: true }).selectOption(pack.id);
  await ctx.pane.getByRole("button", { name: "Insert template" }).click();
  await ctx.pane.getByTestId("insert-result").waitFor();
  for (const [section, text] of AUTHOR) {
    const body = await ctx.host<string[]>("bodyText");
    const heading = body.indexOf(section);
    const target = body.indexOf("", heading);
    check(
      heading >= 0 && target > heading,
      `There should be a paragraph to write in under "${section}".`,
    );
    await ctx.host("typeInto", target, text);
  }
}

/**
 * The same document as a .docx: the template `imr template` writes, with the author's text in the
 * same two places. The fake host cannot save its document, so getFileAsync serves these bytes.
 */
export async function draftDocx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await writeTemplateDocx(pack));
  let xml = await zip.file("word/document.xml")!.async("string");
  for (const [section, text] of AUTHOR) {
    const heading = xml.indexOf(`>${section}</w:t>`);
    const empty = xml.indexOf("<w:p></w:p>", heading);
    check(heading >= 0 && empty > heading, `The template .docx should have "${section}".`);
    xml = `${xml.slice(0, empty)}<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>${xml.slice(empty + "<w:p></w:p>".length)}`;
  }
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array" });
}

/** Give the fake host the document's bytes for getFileAsync. */
export async function serveFile(ctx: ScenarioContext, bytes: Uint8Array): Promise<void> {
  await ctx.page.evaluate((b64) => {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    (window as unknown as { imrHost: { setFileBytes(b: Uint8Array): void } }).imrHost.setFileBytes(
      out,
    );
  }, Buffer.from(bytes).toString("base64"));
}

export async function openSubmitTab(ctx: ScenarioContext): Promise<void> {
  await ctx.pane.getByRole("tab", { name: "Submit" }).click();
  await ctx.pane.getByRole("heading", { name: "Prepare for submission" }).waitFor();
}

/** Press "Prepare for submission" and wait for the three steps. */
export async function prepare(ctx: ScenarioContext): Promise<void> {
  await ctx.pane.getByRole("button", { name: /^Prepare (for submission|again)$/ }).click();
  await ctx.pane.getByTestId("submit-actions").waitFor();
}

export async function guidanceControlCount(ctx: ScenarioContext): Promise<number> {
  const controls = await ctx.host<Array<{ tag: string }>>("contentControls");
  return controls.filter((c) => isGuidanceTag(c.tag)).length;
}

/** Check a clean copy: no guidance, the headings and the author's text in order. */
export function checkCleanCopy(model: DocModel, what: string): void {
  checkEqual(guidanceNotes(model.blocks).length, 0, `The ${what} should hold no guidance.`);
  const texts = model.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
  const at = AUTHOR.map(([section, text]) => [texts.indexOf(section), texts.indexOf(text)]);
  for (const [i, [section, text]] of AUTHOR.entries())
    check(
      at[i][0] >= 0 && at[i][1] > at[i][0],
      `The ${what} should keep "${section}" with the author's "${text}" under it.`,
    );
  check(at[0][1] < at[1][1], `The ${what} should keep the author's text in order.`);
}

export const scenario: Scenario = {
  name: "Submit: prepare for submission, acknowledge the errors, and open a clean copy (draft untouched)",
  async run(ctx) {
    await ctx.open({ host: { requirementSets: { WordApi: "1.6", File: "1.1" } } });
    await insertTemplateAndWrite(ctx);
    await serveFile(ctx, await draftDocx());
    const controls = await guidanceControlCount(ctx);

    await openSubmitTab(ctx);
    await ctx.screenshot("submit-tab");
    await prepare(ctx);
    const pane = ctx.pane;

    // 1. The checks: a fresh template has empty sections, which are errors.
    const checks = pane.getByTestId("submit-checks");
    const checksText = await checks.innerText();
    check(
      /\d+ errors? to fix before you submit/.test(checksText),
      `The checks should list the errors to fix; they say: ${checksText.slice(0, 200)}`,
    );
    check(
      (await checks.locator('[data-rule="guidance.remaining"]').count()) === 0,
      "Guidance left in should be shown in the removal preview, not among the errors.",
    );
    await ctx.screenshot("prepared-checks");

    // 2. What will go: the count, the sections, the first words of each note.
    const summary = await pane.getByTestId("submit-preview-summary").innerText();
    check(
      summary.startsWith(`${controls} guidance notes will be removed, in `),
      `The preview should say ${controls} notes will go; it says "${summary}".`,
    );
    const preview = pane.getByTestId("submit-preview");
    for (const words of [
      "“List the interventions undertaken;",
      "Methodology (1)",
      "Terms of Reference (1)",
    ])
      check(
        (await preview.innerText()).includes(words),
        `The preview should show "${words}" (sections with counts, notes by their first words).`,
      );
    check(
      (await pane.getByTestId("submit-edited").count()) === 0,
      "No note was typed into, so none should be shown as edited.",
    );
    await preview.scrollIntoViewIfNeeded();
    await ctx.screenshot("prepared-preview");

    // 3. Errors hold the author back until they say they submit anyway.
    const copy = pane.getByRole("button", { name: "Create a clean copy" });
    checkEqual(
      await copy.getAttribute("aria-disabled"),
      "true",
      "With errors listed, the clean copy should wait for the author's say-so.",
    );
    await pane.getByRole("checkbox", { name: /^Submit anyway/ }).check();
    checkEqual(
      await copy.getAttribute("aria-disabled"),
      null,
      "Ticking Submit anyway should allow it.",
    );
    await copy.scrollIntoViewIfNeeded();
    await ctx.screenshot("acknowledged");

    await copy.click();
    const result = pane.getByTestId("submit-result");
    await result.waitFor();
    const resultText = await result.innerText();
    check(
      resultText.includes("The clean copy is open in a new Word window") &&
        resultText.includes("Your draft is unchanged"),
      `The pane should say the copy opened and the draft is unchanged; it says: ${resultText}`,
    );
    await result.scrollIntoViewIfNeeded();
    await ctx.screenshot("clean-copy-opened");

    const opened = await ctx.host<string[]>("openedDocuments");
    checkEqual(opened.length, 1, "Word should have been asked to open one document.");
    checkCleanCopy(await readDocx(Buffer.from(opened[0], "base64")), "clean copy");
    checkEqual(await guidanceControlCount(ctx), controls, "The draft should keep its guidance.");
  },
};
