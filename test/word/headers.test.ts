/* eslint-disable @typescript-eslint/no-explicit-any -- the global Word object is untyped here */
import type { Edit } from "../../src/core/edits/plan";
import type { Block, TableBlock } from "../../src/core/model/types";
import { readDocx } from "../../src/docx";
import { makeDocx, para } from "../docx/helpers";
import type { TableSnapshot } from "../fakes/word-host";
import { setUp, tearDown } from "./helpers";

afterEach(tearDown);

const NAME_HEADER = "Review into the death of Sarah Jones";
const FOOTER = "OFFICIAL-SENSITIVE: Sarah Jones IMR";

const replace = (blockId: string, text: string, expected: string, replacement: string): Edit => ({
  kind: "replaceText",
  location: {
    blockId,
    start: text.indexOf(expected),
    end: text.indexOf(expected) + expected.length,
  },
  expected,
  replacement,
});

const storyBlocks = (blocks: Block[]) => blocks.filter((b) => b.part && b.part !== "body");

/** What both readers must agree on: ids, kinds, parts and text. */
const shape = (blocks: Block[]) =>
  storyBlocks(blocks).map((b) => ({
    id: b.id,
    part: b.part,
    ...(b.kind === "paragraph" ? { text: b.text } : { rows: b.rows }),
  }));

/** The author (or another add-in) changes the first paragraph of the first primary header. */
async function editHeader(text: string): Promise<void> {
  const Word = (globalThis as any).Word;
  await Word.run(async (context: any) => {
    context.document.sections
      .getFirst()
      .getHeader("Primary")
      .paragraphs.getFirst()
      .insertText(text, "Replace");
    await context.sync();
  });
}

describe("readDocument: headers and footers", () => {
  it("reads a header holding a name and a footer as h0 and f0, in one sync", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Introduction"],
      sections: [{ headers: { Primary: [NAME_HEADER] }, footers: { Primary: [FOOTER] } }],
    });
    host.syncCount = 0;
    const model = await gateway.readDocument();
    expect(host.syncCount).toBe(1);
    expect(storyBlocks(model.blocks)).toEqual([
      { kind: "paragraph", id: "h0", text: NAME_HEADER, part: "header", style: "Header" },
      { kind: "paragraph", id: "f0", text: FOOTER, part: "footer", style: "Footer" },
    ]);
  });

  it("numbers first-page headers and header tables as the .docx reader does", async () => {
    const { gateway } = setUp({
      paragraphs: ["Body"],
      sections: [
        {
          headers: {
            Primary: [NAME_HEADER, { table: [["Agency", "Health"]] }, "Page"],
            FirstPage: ["Cover page header"],
          },
          footers: { Primary: [FOOTER] },
        },
      ],
    });
    const word = await gateway.readDocument();
    const table = `<w:tbl><w:tr><w:tc>${para(["Agency"])}</w:tc><w:tc>${para(["Health"])}</w:tc></w:tr></w:tbl>`;
    const docx = await readDocx(
      await makeDocx({
        body: para(["Body"]),
        headers: [para([NAME_HEADER]) + table + para(["Page"]), para(["Cover page header"])],
        footers: [para([FOOTER])],
      }),
    );
    expect(shape(word.blocks)).toEqual(shape(docx.blocks));
    expect(shape(word.blocks).map((b) => b.id)).toEqual(["h0", "h1", "h2", "h3", "f0"]);
    expect(word.blocks.find((b) => b.id === "h1")).toMatchObject({
      kind: "table",
      rows: [["Agency", "Health"]],
    });
  });

  it("reads each section's own headers once and linked ones not again, in two syncs", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Body"],
      sections: [
        {
          headers: { Primary: ["Agency IMR"], EvenPages: ["Even page"] },
          footers: { Primary: [FOOTER] },
        },
        {}, // linked to the first section's headers and footers (Word's default)
        { headers: { Primary: ["Chronology for Sarah Jones"] } },
      ],
    });
    host.syncCount = 0;
    const model = await gateway.readDocument();
    expect(host.syncCount).toBe(2);
    expect(shape(model.blocks)).toEqual([
      { id: "h0", part: "header", text: "Agency IMR" },
      { id: "h1", part: "header", text: "Even page" },
      { id: "h2", part: "header", text: "Chronology for Sarah Jones" },
      { id: "f0", part: "footer", text: FOOTER },
    ]);
  });

  it("reads guidance in a header table as guidance cells", async () => {
    const { gateway } = setUp({
      sections: [
        {
          headers: {
            Primary: [
              {
                table: [["Agency", "Insert the agency name"]],
                guidanceCells: [{ row: 0, column: 1, tag: "imr:guidance:test:agency" }],
              },
            ],
          },
        },
      ],
    });
    const model = await gateway.readDocument();
    const table = model.blocks.find((b) => b.id === "h0") as TableBlock;
    expect(table).toMatchObject({ kind: "table", part: "header" });
    expect(table.guidanceCells).toEqual([[false, true]]);
  });
});

describe("applyPlan: headers and footers", () => {
  it("replaces a name in a header and a footer in two syncs", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Sarah Jones was known to the service."],
      sections: [{ headers: { Primary: [NAME_HEADER] }, footers: { Primary: [FOOTER] } }],
    });
    const model = await gateway.readDocument();
    expect(model.blocks.map((b) => b.id)).toEqual(["b0", "h0", "f0"]);
    host.syncCount = 0;
    const result = await gateway.applyPlan({
      description: "Anonymise",
      edits: [
        replace("h0", NAME_HEADER, "Sarah Jones", "Adult A"),
        replace("f0", FOOTER, "Sarah Jones", "Adult A"),
        replace("b0", host.bodyText()[0], "Sarah Jones", "Adult A"),
      ],
    });
    expect(result).toEqual({ ok: true, applied: 3 });
    expect(host.syncCount).toBe(2);
    expect(host.headerText()).toEqual(["Review into the death of Adult A"]);
    expect(host.footerText()).toEqual(["OFFICIAL-SENSITIVE: Adult A IMR"]);
    expect(host.bodyText()).toEqual(["Adult A was known to the service."]);
    expect(host.blocks("header")[0]).toMatchObject({ style: "Header" });
  });

  it("refuses a header edit whose text has changed, and changes nothing", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Body"],
      sections: [{ headers: { Primary: [NAME_HEADER] }, footers: { Primary: [FOOTER] } }],
    });
    const plan = {
      description: "Anonymise",
      edits: [
        replace("h0", NAME_HEADER, "Sarah Jones", "Adult A"),
        replace("f0", FOOTER, "Sarah Jones", "Adult A"),
      ],
    };
    await editHeader("Review into the death of S. Jones");
    host.syncCount = 0;
    const result = await gateway.applyPlan(plan);
    expect(host.syncCount).toBe(1);
    expect(result).toMatchObject({ ok: false, stale: [plan.edits[0]] });
    expect(host.headerText()).toEqual(["Review into the death of S. Jones"]);
    expect(host.footerText()).toEqual([FOOTER]);

    // A header block that is not there (the header was emptied) is stale too.
    const missing = await gateway.applyPlan({
      description: "x",
      edits: [replace("h1", NAME_HEADER, "Sarah", "Adult A")],
    });
    expect(missing).toMatchObject({ ok: false });
  });

  it("replaces text in a header table cell", async () => {
    const { host, gateway } = setUp({
      sections: [{ headers: { Primary: ["IMR", { table: [["Subject", "Sarah Jones"]] }] } }],
    });
    const model = await gateway.readDocument();
    expect(model.blocks.find((b) => b.id === "h1")).toMatchObject({ kind: "table" });
    const result = await gateway.applyPlan({
      description: "Anonymise",
      edits: [
        {
          kind: "replaceCellText",
          blockId: "h1",
          row: 0,
          column: 1,
          start: 0,
          end: 5,
          expected: "Sarah",
          replacement: "Adult",
        },
      ],
    });
    expect(result).toEqual({ ok: true, applied: 1 });
    expect((host.blocks("header")[1] as TableSnapshot).values).toEqual([
      ["Subject", "Adult Jones"],
    ]);
  });

  it("changes a header linked between sections once, and a later section's own header with one more sync", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Body"],
      sections: [
        { headers: { Primary: [NAME_HEADER] } },
        {},
        { headers: { Primary: ["Chronology: Sarah Jones"] } },
      ],
    });
    const model = await gateway.readDocument();
    expect(shape(model.blocks).map((b) => b.id)).toEqual(["h0", "h1"]);

    host.syncCount = 0;
    expect(
      await gateway.applyPlan({
        description: "x",
        edits: [replace("h0", NAME_HEADER, "Sarah Jones", "Adult A")],
      }),
    ).toEqual({ ok: true, applied: 1 });
    expect(host.syncCount).toBe(2);
    expect(host.headerText({ section: 1 })).toEqual(["Review into the death of Adult A"]);

    host.syncCount = 0;
    expect(
      await gateway.applyPlan({
        description: "x",
        edits: [replace("h1", "Chronology: Sarah Jones", "Sarah Jones", "Adult A")],
      }),
    ).toEqual({ ok: true, applied: 1 });
    expect(host.syncCount).toBe(3);
    expect(host.headerText({ section: 2 })).toEqual(["Chronology: Adult A"]);
  });
});

describe("select: headers", () => {
  it("selects text in a header block", async () => {
    const { host, gateway } = setUp({
      paragraphs: ["Body"],
      sections: [{ headers: { Primary: ["IMR", NAME_HEADER] } }],
    });
    const at = NAME_HEADER.indexOf("Sarah");
    expect(await gateway.select({ blockId: "h1", start: at, end: at + 5 }, "Sarah")).toBe(true);
    expect(host.selectedText()).toBe("Sarah");
  });
});
