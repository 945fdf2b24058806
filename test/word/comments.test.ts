import { setUp, tearDown } from "./helpers";

afterEach(tearDown);

const PARAGRAPHS = ["Introduction", "The family was seen at home on 3 May by the health visitor."];

describe("commentOnSelection", () => {
  it("adds a Word comment on the selected text, in two syncs", async () => {
    const { host, gateway } = setUp({
      paragraphs: PARAGRAPHS,
      requirementSets: { WordApi: "1.4" },
    });
    const start = PARAGRAPHS[1].indexOf("seen at home");
    host.setSelection(1, start, start + "seen at home".length);
    host.syncCount = 0;

    expect(await gateway.commentOnSelection("[QA: Chronology] Say who visited.")).toBe(true);

    expect(host.syncCount).toBe(2);
    expect(host.comments()).toEqual([
      expect.objectContaining({
        content: "[QA: Chronology] Say who visited.",
        text: "seen at home",
      }),
    ]);
    expect(host.bodyText()).toEqual(PARAGRAPHS);
  });

  it("adds nothing and resolves false for a caret or a selection of spaces", async () => {
    const { host, gateway } = setUp({ paragraphs: ["Some   text"] });
    host.setSelection(0, 3);
    expect(await gateway.commentOnSelection("A comment")).toBe(false);
    host.setSelection(0, 4, 7);
    expect(await gateway.commentOnSelection("A comment")).toBe(false);
    expect(host.comments()).toEqual([]);
  });

  it("refuses an empty comment before touching Word", async () => {
    const { host, gateway } = setUp({ paragraphs: ["Some text"] });
    host.setSelection(0, 0, 4);
    host.syncCount = 0;
    await expect(gateway.commentOnSelection("   ")).rejects.toThrow("A comment needs some text.");
    expect(host.syncCount).toBe(0);
  });

  it("says plainly that Word without API 1.4 cannot add comments", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Some text"],
      requirementSets: { WordApi: "1.3" },
    });
    host.setSelection(0, 0, 4);
    await expect(gateway.commentOnSelection("A comment")).rejects.toThrow(/needs Word API 1\.4/);
    expect(host.comments()).toEqual([]);
  });

  it("keeps the comment on its text when the author types before it", async () => {
    const { host, gateway } = setUp({ paragraphs: ["Seen on 3 May."] });
    host.setSelection(0, 8, 13);
    await gateway.commentOnSelection("Which year?");
    const edit = { kind: "replaceText" as const, location: { blockId: "b0", start: 0, end: 4 } };
    await gateway.applyPlan({
      description: "Replace a word",
      edits: [{ ...edit, expected: "Seen", replacement: "Visited" }],
    });
    expect(host.bodyText()).toEqual(["Visited on 3 May."]);
    expect(host.comments().map((c) => c.text)).toEqual(["3 May"]);
  });
});

describe("the fake host's comments (Office.js semantics)", () => {
  it("lists comments with Body.getComments and reads their range", async () => {
    const { host, gateway } = setUp({ paragraphs: ["Alpha beta", "Gamma delta"] });
    host.setSelection(1, 0, 5);
    await gateway.commentOnSelection("On gamma");
    const result = await Word.run(async (context) => {
      const comments = context.document.body.getComments().load("items/content,items/authorName");
      await context.sync();
      const ranges = comments.items.map((c) => c.getRange().load("text"));
      await context.sync();
      return comments.items.map((c, i) => ({
        content: c.content,
        author: c.authorName,
        on: ranges[i].text,
      }));
    });
    expect(result).toEqual([{ content: "On gamma", author: "Fake Word User", on: "Gamma" }]);
    expect(host.comments()).toHaveLength(1);
  });

  it("fails at sync with ApiNotFound where WordApi 1.4 is missing", async () => {
    setUp({ paragraphs: ["Alpha"], requirementSets: { WordApi: "1.3" } });
    await expect(
      Word.run(async (context) => {
        context.document.body.getRange("Whole").insertComment("Hello");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("reading a comment's content before load and sync throws, as Office.js does", async () => {
    const { host } = setUp({ paragraphs: ["Alpha"] });
    host.setSelection(0, 0, 5);
    await expect(
      Word.run(async (context) => {
        const c = context.document.getSelection().insertComment("Hi");
        return c.content;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});
