/* eslint-disable @typescript-eslint/no-explicit-any -- results of the fake's callbacks are untyped */
import { createFakeOffice, installFakeOffice, uninstallFakeOffice } from "./index";

describe("fake Word host: Office.js semantics", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const { Word } = createFakeOffice({ paragraphs: ["One", "Two"] });
    await Word.run(async (context: Word.RequestContext) => {
      const first = context.document.body.paragraphs.getFirst();
      // These reads break the rules on purpose: the fake must throw as Office.js does.
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
      expect(() => first.text).toThrow(/not available/);
      first.load("text");
      // loaded but not synced: still not readable
      expect(() => first.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(first.text).toBe("One");
      // a property that was not asked for stays unreadable
      expect(() => first.style).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    });
  });

  it("exposes collection items only after load and sync", async () => {
    const { Word } = createFakeOffice({ paragraphs: ["a", "b", "c"] });
    await Word.run(async (context: Word.RequestContext) => {
      const ps = context.document.body.paragraphs;
      expect(() => ps.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      ps.load("items/text");
      await context.sync();
      expect(ps.items.map((p: Word.Paragraph) => p.text)).toEqual(["a", "b", "c"]);
    });
  });

  it("applies queued writes only at sync, in order", async () => {
    const { Word, host } = createFakeOffice({ paragraphs: ["Start"] });
    await Word.run(async (context: Word.RequestContext) => {
      const body = context.document.body;
      const p = body.insertParagraph("Added", "End");
      p.font.color = "#FF0000";
      expect(host.bodyText()).toEqual(["Start"]);
      await context.sync();
      expect(host.bodyText()).toEqual(["Start", "Added"]);
      expect(host.blocks()[1]).toMatchObject({ kind: "paragraph", font: { color: "#FF0000" } });
    });
  });

  it("counts sync round trips and can be reset", async () => {
    const { Word, host } = createFakeOffice();
    await Word.run(async (context: Word.RequestContext) => {
      await context.sync();
      await context.sync();
    });
    expect(host.syncCount).toBe(2);
    host.syncCount = 0;
    await Word.run(async (context: Word.RequestContext) => {
      context.document.body.insertParagraph("x", "End");
      await context.sync();
    });
    expect(host.syncCount).toBe(1);
  });

  it("flushes commands a batch left unsynced when Word.run ends (one more round trip)", async () => {
    const { Word, host } = createFakeOffice();
    await Word.run(async (context: Word.RequestContext) => {
      context.document.body.insertParagraph("late", "End");
    });
    expect(host.bodyText()).toEqual(["", "late"]);
    expect(host.syncCount).toBe(1);
  });

  it("rejects a sync whose command fails, keeping the commands before it (no transaction)", async () => {
    const { Word, host } = createFakeOffice({ paragraphs: ["text"] });
    await expect(
      Word.run(async (context: Word.RequestContext) => {
        const body = context.document.body;
        body.insertParagraph("kept", "End");
        body.paragraphs.getFirst().search("x".repeat(256));
        body.insertParagraph("never", "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
    expect(host.bodyText()).toEqual(["text", "kept"]);
  });

  it("fails members above the host's WordApi version at sync, and reports sets honestly", async () => {
    const { Word, Office } = createFakeOffice({ requirementSets: { WordApi: "1.3" } });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApi", 1.2)).toBe(true);
    await expect(
      Word.run(async (context: Word.RequestContext) => {
        context.document.customXmlParts.add("<a xmlns='urn:x'/>");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("throws a clear error for members it does not model", async () => {
    const { Word } = createFakeOffice();
    await Word.run(async (context: Word.RequestContext) => {
      const p = context.document.body.paragraphs.getFirst();
      expect(() => p.insertHtml("<b>x</b>", "End")).toThrow(
        "FakeWord: Paragraph.insertHtml is not modelled",
      );
      expect(() => p.getRange().insertContentControl("CheckBox")).toThrow(/not modelled/);
      await context.sync();
    });
  });

  it("reports isNullObject after sync for *OrNullObject members", async () => {
    const { Word } = createFakeOffice({ blocks: [{ text: "in", controlTag: "t1" }, "out"] });
    await Word.run(async (context: Word.RequestContext) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      await context.sync();
      const ccs = ps.items.map((p: Word.Paragraph) =>
        p.parentContentControlOrNullObject.load("tag"),
      );
      await context.sync();
      expect(ccs[0].isNullObject).toBe(false);
      expect(ccs[0].tag).toBe("t1");
      expect(ccs[1].isNullObject).toBe(true);
    });
  });

  it("keeps ranges live: a later search result still covers its text after an earlier replacement", async () => {
    const { Word, host } = createFakeOffice({ paragraphs: ["bad and bad again"] });
    await Word.run(async (context: Word.RequestContext) => {
      const results = context.document.body.paragraphs
        .getFirst()
        .search("bad", { matchCase: true });
      results.load("items");
      await context.sync();
      results.items[0].insertText("terrible", "Replace");
      results.items[1].insertText("poor", "Replace");
      await context.sync();
    });
    expect(host.bodyText()).toEqual(["terrible and poor again"]);
  });

  it("searches case-insensitively unless matchCase, and treats ^^ as a caret", async () => {
    const { Word } = createFakeOffice({ paragraphs: ["Mother said ^ MOTHER"] });
    await Word.run(async (context: Word.RequestContext) => {
      const p = context.document.body.paragraphs.getFirst();
      const any = p.search("mother").load("items");
      const exact = p.search("mother", { matchCase: true }).load("items");
      const caret = p.search("^^").load("items");
      await context.sync();
      expect(any.items).toHaveLength(2);
      expect(exact.items).toHaveLength(0);
      expect(caret.items).toHaveLength(1);
    });
  });

  it("models tables: values, addRows copying the row's formatting, a paragraph kept after a final table", async () => {
    const { Word, host } = createFakeOffice();
    await Word.run(async (context: Word.RequestContext) => {
      const t = context.document.body.insertTable(2, 2, "End", [
        ["Date", "Event"],
        ["", ""],
      ]);
      t.rows.getFirst().font.bold = true;
      t.addRows("End", 1, [["1/1/2024", "Visit"]]);
      t.load("values,rowCount");
      await context.sync();
      expect(t.rowCount).toBe(3);
      expect(t.values).toEqual([
        ["Date", "Event"],
        ["", ""],
        ["1/1/2024", "Visit"],
      ]);
    });
    const blocks = host.blocks();
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
    expect(host.bodyText()).toEqual(["", "Date", "Event", "", "", "1/1/2024", "Visit", ""]);
  });

  it("wraps paragraphs in a content control through a range and formats them", async () => {
    const { Word, host } = createFakeOffice({ paragraphs: ["a", "b", "c"] });
    await Word.run(async (context: Word.RequestContext) => {
      const ps = context.document.body.paragraphs;
      ps.load("items");
      await context.sync();
      const cc = ps.items[0]
        .getRange("Whole")
        .expandTo(ps.items[1].getRange("Whole"))
        .insertContentControl();
      cc.tag = "imr:guidance:x:y";
      cc.title = "Guidance note";
      cc.font.color = "#FF0000";
      cc.font.italic = true;
      await context.sync();
    });
    expect(host.contentControls()).toEqual([
      expect.objectContaining({ tag: "imr:guidance:x:y", paragraphs: 2, text: "a\nb" }),
    ]);
    const [a, b, c] = host.blocks() as any[];
    expect(a.font).toEqual({ color: "#FF0000", italic: true, bold: false });
    expect(b.tag).toBe("imr:guidance:x:y");
    expect(c.tag).toBeUndefined();
  });

  it("rejects colours Word would reject", async () => {
    const { Word } = createFakeOffice({ paragraphs: ["a"] });
    await expect(
      Word.run(async (context: Word.RequestContext) => {
        context.document.body.paragraphs.getFirst().font.color = "FF0000";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("simulates typing, fires paragraph events (1.6) and selection events", async () => {
    const { Word, Office, host } = createFakeOffice({ paragraphs: ["Hello"] });
    const changed: unknown[] = [];
    let selections = 0;
    await Word.run(async (context: Word.RequestContext) => {
      context.document.onParagraphChanged.add(async (e: unknown) => {
        changed.push(e);
      });
      await context.sync();
    });
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, () => {
      selections += 1;
    });
    host.typeInto(0, " world");
    await host.settle();
    expect(host.bodyText()).toEqual(["Hello world"]);
    expect(changed).toEqual([
      expect.objectContaining({ type: "ParagraphChanged", uniqueLocalIds: [expect.any(String)] }),
    ]);
    expect(selections).toBe(1);
    expect(host.selection()).toEqual({ paragraph: 0, start: 11, endParagraph: 0, end: 11 });
  });

  it("selects ranges and reports the selected text", async () => {
    const { Word, host } = createFakeOffice({ paragraphs: ["The mother was seen."] });
    await Word.run(async (context: Word.RequestContext) => {
      const r = context.document.body.search("mother", { matchCase: true }).getFirst();
      r.select();
      await context.sync();
    });
    expect(host.selectedText()).toBe("mother");
    expect(host.renderHtml()).toContain("fw-selection");
  });

  it("records custom XML parts by namespace", async () => {
    const { Word, host } = createFakeOffice();
    await Word.run(async (context: Word.RequestContext) => {
      context.document.customXmlParts.add(
        '<doc xmlns="urn:imr-assistant:document:v1"><pack>dhr</pack></doc>',
      );
      await context.sync();
      const parts = context.document.customXmlParts.getByNamespace("urn:imr-assistant:document:v1");
      parts.load("items/id");
      await context.sync();
      const xml = parts.items[0].getXml();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      expect(xml.value).toContain("<pack>dhr</pack>");
    });
    expect(host.customXmlParts()).toHaveLength(1);
  });

  it("installs onto a global object and renders the document as HTML", () => {
    const target: any = {};
    const host = installFakeOffice(target, {
      blocks: [
        { text: "Title", style: "Title" },
        { text: "Note", color: "#FF0000", italic: true, controlTag: "g" },
      ],
    });
    expect(typeof target.Word.run).toBe("function");
    expect(target.Office.context.requirements.isSetSupported("WordApi", "1.6")).toBe(true);
    const html = host.renderHtml();
    expect(html).toContain("<h1");
    expect(html).toContain("font-style:italic");
    expect(html).toContain('data-tag="g"');
    uninstallFakeOffice(target);
    expect(target.Word).toBeUndefined();
  });

  it("refuses to reuse a context after Word.run ends unless passed back to Word.run", async () => {
    const { Word } = createFakeOffice();
    let saved: any;
    await Word.run(async (context: Word.RequestContext) => {
      saved = context;
      await context.sync();
    });
    await expect(saved.sync()).rejects.toMatchObject({ code: "InvalidRequestContext" });
    await Word.run(saved, async (context: Word.RequestContext) => {
      await context.sync();
    });
  });

  it("serves file bytes in slices only when given them", async () => {
    const none = createFakeOffice();
    const failed: any = await new Promise((resolve) =>
      none.Office.context.document.getFileAsync("compressed", resolve),
    );
    expect(failed.status).toBe("failed");
    expect(failed.error.message).toMatch(/not supported in this host/);
    const some = createFakeOffice({ fileBytes: new Uint8Array([1, 2, 3, 4, 5]) });
    const opened: any = await new Promise((resolve) =>
      some.Office.context.document.getFileAsync("compressed", { sliceSize: 2 }, resolve),
    );
    expect(opened.value.sliceCount).toBe(3);
    const slice: any = await new Promise((resolve) => opened.value.getSliceAsync(2, resolve));
    expect(slice.value.data).toEqual([5]);
    await new Promise((resolve) => opened.value.closeAsync(resolve));
  });

  it("models sections: three header and footer types, and stories linked to the section before", async () => {
    const { Word, host } = createFakeOffice({
      sections: [
        { headers: { Primary: ["Main"], FirstPage: ["First"] }, footers: { EvenPages: ["Even"] } },
        {},
      ],
    });
    await Word.run(async (context: Word.RequestContext) => {
      const sections = context.document.sections.load("items");
      await context.sync();
      expect(sections.items).toHaveLength(2);
      const first = sections.items[0]
        .getHeader("FirstPage")
        .paragraphs.load("items/text,items/style");
      const linked = sections.items[1].getHeader("Primary");
      const even = sections.items[1].getFooter("EvenPages").paragraphs.load("items/text");
      const empty = sections.items[0].getFooter("Primary").paragraphs.load("items/text");
      linked.insertParagraph("Added", "End");
      await context.sync();
      expect(first.items.map((p) => [p.text, p.style])).toEqual([["First", "Header"]]);
      expect(even.items.map((p) => p.text)).toEqual(["Even"]);
      expect(empty.items.map((p) => p.text)).toEqual([""]);
    });
    // The second section's primary header is the first's: the paragraph shows in both.
    expect(host.headerText()).toEqual(["Main", "Added"]);
    expect(host.headerText({ section: 1 })).toEqual(["Main", "Added"]);
    await expect(
      Word.run(async (context: Word.RequestContext) => {
        context.document.sections.getFirst().getHeader("Odd" as Word.HeaderFooterType);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      Word.run(async (context: Word.RequestContext) => {
        context.document.sections.getFirst().body.load("text");
        await context.sync();
      }),
    ).rejects.toThrow(/not modelled/);
  });
});
