import { builtinPack } from "../../../src/core/packs/registry";
import { isGuidanceTag } from "../../../src/core/tags";
import { templateLayout } from "../../../src/core/template/layout";
import type { BlockSnapshot, ParagraphSnapshot, TableSnapshot } from "../../fakes/word-host";
import { check, checkEqual, type Scenario } from "../context";

const pack = builtinPack("dhr")!;

export const scenario: Scenario = {
  name: "inserts the DHR template into an empty document through the pane",
  async run(ctx) {
    check(pack, 'There is no built-in pack with the id "dhr".');
    await ctx.open();
    await ctx.screenshot("pane-opened");

    await ctx.pane.getByLabel("Template", { exact: true }).selectOption("dhr");
    const hint = await ctx.pane.getByText("Review type: DHR (also called DARDR).").count();
    check(
      hint === 1,
      'The pane should describe the chosen pack, starting "Review type: DHR (also called DARDR)."',
    );
    await ctx.pane.getByRole("button", { name: "Insert template" }).click();

    const result = ctx.pane.getByTestId("insert-result");
    await result.waitFor();
    const message = await result.innerText();
    check(
      message.includes(`Template inserted: ${pack.sections.length} sections.`) &&
        message.includes("red italics"),
      `The success message should say how many sections went in and about the red italic guidance; it says: "${message}"`,
    );
    check(
      (await ctx.pane.getByRole("alertdialog").count()) === 0,
      "An empty document should not ask where to put the template.",
    );
    await ctx.screenshot("template-inserted");
    await ctx.documentScreenshot("template-inserted");

    const blocks = await ctx.host<BlockSnapshot[]>("blocks");
    const paragraphs = blocks.filter((b): b is ParagraphSnapshot => b.kind === "paragraph");
    for (const section of pack.sections) {
      const heading = paragraphs.find(
        (p) => p.text === section.title && p.styleBuiltIn.startsWith("Heading"),
      );
      check(heading, `The document should have the heading "${section.title}".`);
      checkEqual(
        heading.styleBuiltIn,
        `Heading${section.level}`,
        `"${section.title}" should be a level ${section.level} heading.`,
      );
    }

    const expectedTags = new Set<string>();
    for (const item of templateLayout(pack)) {
      if (item.kind === "guidance") expectedTags.add(item.tag);
      if (item.kind === "table")
        for (const row of item.rows)
          for (const c of row) if (c.kind === "guidance") expectedTags.add(c.tag);
    }
    const controls = await ctx.host<Array<{ tag: string; text: string }>>("contentControls");
    const tags = new Set(controls.map((c) => c.tag).filter((t) => isGuidanceTag(t)));
    const missing = [...expectedTags].filter((t) => !tags.has(t));
    check(
      missing.length === 0,
      `Guidance content controls missing from the document: ${missing.join(", ")}`,
    );

    const guidanceParagraphs = [
      ...paragraphs,
      ...blocks
        .filter((b): b is TableSnapshot => b.kind === "table")
        .flatMap((t) => t.cells.flat(2)),
    ].filter((p) => p.tag && isGuidanceTag(p.tag) && p.text.trim() !== "");
    check(
      guidanceParagraphs.length > 0,
      "No guidance paragraphs were found inside guidance content controls.",
    );
    const notRedItalic = guidanceParagraphs.filter(
      (p) => p.font.italic !== true || (p.font.color ?? "").toUpperCase() !== "#FF0000",
    );
    check(
      notRedItalic.length === 0,
      `Guidance should be red italic; these are not: ${notRedItalic.map((p) => `"${p.text.slice(0, 40)}"`).join(", ")}`,
    );

    const headers = pack.chronology.columns.map((c) => c.header);
    const chronology = blocks.find(
      (b): b is TableSnapshot =>
        b.kind === "table" && JSON.stringify(b.values[0]) === JSON.stringify(headers),
    );
    check(
      chronology,
      `The chronology table (columns ${headers.join(" | ")}) should be in the document.`,
    );
    check(
      chronology.headerRowCount >= 1,
      "The chronology's first row should repeat as a header row.",
    );
  },
};
