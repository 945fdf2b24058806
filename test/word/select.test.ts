import { setUp, tearDown } from "./helpers";

afterEach(tearDown);

describe("select", () => {
  it("selects the text at a finding's location in two syncs", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Heading", "The mother was uncooperative with the mother's GP."],
    });
    const model = await gateway.readDocument();
    const text = (model.blocks[1] as { text: string }).text;
    const start = text.lastIndexOf("mother");
    host.syncCount = 0;
    expect(await gateway.select({ blockId: "b1", start, end: start + 6 }, "mother")).toBe(true);
    expect(host.syncCount).toBe(2);
    expect(host.selection()).toEqual({ paragraph: 1, start, endParagraph: 1, end: start + 6 });
  });

  it("selects text longer than Word's 255-character search limit", async () => {
    const long = "word ".repeat(80).trim();
    const { host, gateway } = setUp({ paragraphs: [`Before. ${long} After.`] });
    expect(await gateway.select({ blockId: "b0", start: 8, end: 8 + long.length }, long)).toBe(
      true,
    );
    expect(host.selectedText()).toBe(long);
  });

  it("finds the text again when the author has typed before it, and says false when it has gone", async () => {
    const { host, gateway } = setUp({ paragraphs: ["She was difficult."] });
    host.setParagraphText(0, "Earlier, she was difficult.");
    expect(await gateway.select({ blockId: "b0", start: 8, end: 17 }, "difficult")).toBe(true);
    expect(host.selectedText()).toBe("difficult");
    host.setParagraphText(0, "She was seen.");
    expect(await gateway.select({ blockId: "b0", start: 8, end: 17 }, "difficult")).toBe(false);
    expect(await gateway.select({ blockId: "b7", start: 0, end: 1 }, "x")).toBe(false);
  });

  it("selects text in a table cell and a whole paragraph for a missing range", async () => {
    const { host, gateway } = setUp({
      blocks: [
        "Intro",
        {
          table: [
            ["Date", "Event"],
            ["1/2/24", "Home visit"],
          ],
        },
        "End",
      ],
    });
    expect(await gateway.select({ blockId: "b1", row: 1, column: 1 }, "visit")).toBe(true);
    expect(host.selectedText()).toBe("visit");
    expect(await gateway.select({ blockId: "b1", row: 1, column: 1 }, "missing")).toBe(false);
    expect(await gateway.select({ blockId: "b2" }, "")).toBe(true);
    expect(host.selectedText()).toBe("End");
  });

  it("escapes Word's search codes (a caret is searched literally)", async () => {
    const { host, gateway } = setUp({ paragraphs: ["Risk ^p level ^p high"] });
    expect(await gateway.select({ blockId: "b0", start: 14, end: 21 }, "^p high")).toBe(true);
    expect(host.selection()).toMatchObject({ start: 14, end: 21 });
  });
});
