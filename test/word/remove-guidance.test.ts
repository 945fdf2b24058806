/* eslint-disable @typescript-eslint/no-explicit-any -- the global Word object is the fake host's */
import { guidanceNotes } from "../../src/core/checks/guidance";
import { BUILTIN_PACKS } from "../../src/core/packs/registry";
import { buildRemovalPreview } from "../../src/taskpane/submit/preview";
import { guidanceTag, isGuidanceTag } from "../../src/core/tags";
import type {
  BlockSnapshot,
  FakeWordHost,
  ParagraphSnapshot,
  TableSnapshot,
} from "../fakes/word-host";
import type { WordGateway } from "../../src/word/gateway";
import { setUp, smallPack, tearDown } from "./helpers";

afterEach(tearDown);

const paragraphsOf = (blocks: BlockSnapshot[]) =>
  blocks.filter((b): b is ParagraphSnapshot => b.kind === "paragraph");
const tablesOf = (blocks: BlockSnapshot[]) =>
  blocks.filter((b): b is TableSnapshot => b.kind === "table");
const inGuidance = (p: ParagraphSnapshot) => p.controls.some((c) => isGuidanceTag(c.tag));
const guidanceControls = (host: FakeWordHost) =>
  host.contentControls().filter((c) => isGuidanceTag(c.tag));

/** Add a row of the author's to the last table (as the author does in Word). */
async function addChronologyRow(values: string[]): Promise<void> {
  const Word = (globalThis as any).Word;
  await Word.run(async (context: any) => {
    const tables = context.document.body.tables.load("items");
    await context.sync();
    tables.items[tables.items.length - 1].addRows("End", 1, [values]);
    await context.sync();
  });
}

/** How many guidance notes the pane would show for the document as Word reads it now. */
async function previewCount(gateway: WordGateway): Promise<number> {
  return guidanceNotes((await gateway.readDocument()).blocks).length;
}

/** The template, with the author's words in two sections, the cover and the chronology. */
async function draft() {
  const ctx = setUp();
  const { host, gateway } = ctx;
  await gateway.insertTemplate(smallPack, "replace-empty");
  // Introduction: after its questions there is an empty paragraph to write in.
  let text = host.bodyText();
  const intro = text.indexOf("Was the family involved?") + 1;
  expect(text[intro]).toBe("");
  host.typeInto(intro, "We reviewed the records for 2023.");
  host.appendParagraph("");
  host.appendParagraph("A closing paragraph of the author's.");
  // The cover's "Author" value cell (no guidance in it).
  text = host.bodyText();
  host.typeInto(text.indexOf("Author") + 1, "Jo Smith, Safeguarding Lead");
  await addChronologyRow(["02/02/2024", "Visit by the GP", "GP records"]);
  // The chronology section's prompt, replaced by the author.
  text = host.bodyText();
  host.setParagraphText(text.indexOf("[Add the chronology]"), "The chronology follows.");
  return ctx;
}

describe("removeGuidance", () => {
  it("removes every guidance note in at most 3 syncs, keeping every author paragraph in order", async () => {
    const { host, gateway } = await draft();
    const before = host.blocks();
    const authorBefore = paragraphsOf(before)
      .filter((p) => !inGuidance(p))
      .map((p) => p.text);
    const count = await previewCount(gateway);
    expect(count).toBe(guidanceControls(host).length);
    // preamble, intro note, intro questions, the cover hint, two example cells
    expect(count).toBe(6);

    host.syncCount = 0;
    expect(await gateway.removeGuidance({ count })).toEqual({ removed: count });
    expect(host.syncCount).toBeLessThanOrEqual(3);

    expect(guidanceControls(host)).toEqual([]);
    const after = host.blocks();
    expect(paragraphsOf(after).some(inGuidance)).toBe(false);
    expect(paragraphsOf(after).map((p) => p.text)).toEqual(authorBefore);
    expect(authorBefore).toEqual(
      expect.arrayContaining([
        "We reviewed the records for 2023.",
        "",
        "A closing paragraph of the author's.",
        "The chronology follows.",
      ]),
    );
    for (const t of ["Delete these notes before submission.", "Was the risk assessed?"])
      expect(host.bodyText()).not.toContain(t);
  });

  it("keeps a table cell's paragraph, emptied and no longer red italic; drops the example row", async () => {
    const { host, gateway } = await draft();
    await gateway.removeGuidance({ count: await previewCount(gateway) });
    const [cover, details, chronology] = tablesOf(host.blocks());
    expect(cover.values).toEqual([
      ["Agency", ""],
      ["Author", "Jo Smith, Safeguarding Lead"],
    ]);
    expect(cover.cells[0][1]).toHaveLength(1);
    expect(cover.cells[0][1][0].font).toMatchObject({ italic: false, color: "#000000" });
    expect(details.values).toEqual([["Name of agency:", ""]]);
    // The example row held nothing but guidance: it goes, as in the clean copy.
    expect(chronology.values).toEqual([
      ["Date", "Event", "Source"],
      ["02/02/2024", "Visit by the GP", "GP records"],
    ]);
  });

  it("keeps the example row when the author wrote in one of its cells", async () => {
    const { host, gateway } = setUp();
    await gateway.insertTemplate(smallPack, "replace-empty");
    const text = host.bodyText();
    // The example row's "Source" cell has no guidance: the author writes in it.
    const source = text.lastIndexOf("Home visit by the health visitor") + 1;
    host.typeInto(source, "Health visitor's notes");
    const count = await previewCount(gateway);
    expect(await gateway.removeGuidance({ count })).toEqual({ removed: count });
    const chronology = tablesOf(host.blocks()).at(-1)!;
    expect(chronology.values).toEqual([
      ["Date", "Event", "Source"],
      ["", "", "Health visitor's notes"],
    ]);
  });

  it("refuses when the number of notes has changed since the preview, changing nothing", async () => {
    const { host, gateway } = await draft();
    const count = await previewCount(gateway);
    const before = host.blocks();
    host.syncCount = 0;
    const result = await gateway.removeGuidance({ count: count + 1 });
    expect(result).toEqual({
      refused: expect.stringMatching(
        new RegExp(`now has ${count} guidance notes, not the ${count + 1}.*nothing was removed`),
      ),
    });
    expect(host.syncCount).toBe(1);
    expect(host.blocks()).toEqual(before);
    expect(guidanceControls(host)).toHaveLength(count);
  });

  it("removes what was previewed, and refuses if a note's text changed after the preview", async () => {
    const { host, gateway } = await draft();
    const preview = buildRemovalPreview(await gateway.readDocument(), smallPack, [smallPack]);
    expect(preview.controlTexts).toHaveLength(preview.count);

    // Typed into a guidance note after Prepare: the same count, different text.
    const note = host.bodyText().indexOf("Delete these notes before submission.");
    host.typeInto(note, " My own sentence.");
    const before = host.blocks();
    const refused = await gateway.removeGuidance({
      count: preview.count,
      texts: preview.controlTexts,
    });
    expect(refused).toEqual({ refused: expect.stringMatching(/has changed since you prepared/) });
    expect(host.blocks()).toEqual(before);

    // Prepared again, it goes through.
    const again = buildRemovalPreview(await gateway.readDocument(), smallPack, [smallPack]);
    const removed = await gateway.removeGuidance({
      count: again.count,
      texts: again.controlTexts,
    });
    expect(removed).toEqual({ removed: again.count });
    expect(guidanceControls(host)).toHaveLength(0);
  });

  it("takes a guidance control inside another with the outer one", async () => {
    const { host, gateway } = setUp({
      blocks: [
        "Intro",
        { text: "Outer note, line one.", controlTag: guidanceTag("test", "outer") },
        { text: "Outer note, line two.", controlTag: guidanceTag("test", "outer") },
        "The author's text.",
      ],
    });
    const Word = (globalThis as any).Word;
    await Word.run(async (context: any) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[2].insertContentControl().tag = guidanceTag("test", "inner");
      await context.sync();
    });
    expect(guidanceControls(host)).toHaveLength(2);
    expect(await gateway.removeGuidance({ count: 2 })).toEqual({ removed: 2 });
    expect(host.bodyText()).toEqual(["Intro", "The author's text."]);
  });

  it("removes a note typed into by the author whole (the pane warns first), and nothing else", async () => {
    const { host, gateway } = setUp();
    await gateway.insertTemplate(smallPack, "replace-empty");
    const i = host.bodyText().indexOf("Say why the review is held.");
    host.typeInto(i, " The review was held because…");
    const count = await previewCount(gateway);
    await gateway.removeGuidance({ count });
    expect(host.bodyText().join("\n")).not.toContain("The review was held because");
    expect(host.bodyText()).toContain("Introduction");
  });

  it("does nothing in one sync where there is no guidance", async () => {
    const { host, gateway } = setUp({ paragraphs: ["Only the author's text.", ""] });
    host.syncCount = 0;
    expect(await gateway.removeGuidance({ count: 0 })).toEqual({ removed: 0 });
    expect(host.syncCount).toBe(1);
    expect(host.bodyText()).toEqual(["Only the author's text.", ""]);
  });

  it.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))(
    "clears the whole built-in %s template of guidance, headings kept",
    async (_id, pack) => {
      const { host, gateway } = setUp();
      await gateway.insertTemplate(pack, "replace-empty");
      const headings = paragraphsOf(host.blocks())
        .filter((p) => p.styleBuiltIn.startsWith("Heading"))
        .map((p) => p.text);
      const count = await previewCount(gateway);
      expect(count).toBe(guidanceControls(host).length);
      host.syncCount = 0;
      expect(await gateway.removeGuidance({ count })).toEqual({ removed: count });
      expect(host.syncCount).toBeLessThanOrEqual(3);
      expect(guidanceControls(host)).toEqual([]);
      expect(
        paragraphsOf(host.blocks())
          .filter((p) => p.styleBuiltIn.startsWith("Heading"))
          .map((p) => p.text),
      ).toEqual(headings);
      expect((await gateway.readDocument()).blocks.some((b) => guidanceNotes([b]).length > 0)).toBe(
        false,
      );
    },
  );
});
