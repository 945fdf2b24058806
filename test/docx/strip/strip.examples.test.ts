import JSZip from "jszip";
import { DocxError } from "../../../src/docx/errors";
import { findGuidance, stripGuidance } from "../../../src/docx/strip";
import {
  a,
  assertValidStructure,
  count,
  deletedText,
  g,
  gsdt,
  heading,
  makeDocx,
  p,
  paragraphTexts,
  partNames,
  pStyled,
  readPart,
  sdt,
  tbl,
  tc,
  tr,
  type DocxSpec,
} from "./helpers";

async function strip(spec: DocxSpec, options?: Parameters<typeof stripGuidance>[1]) {
  const input = await makeDocx(spec);
  const out = await stripGuidance(input, options);
  const xml = await readPart(out.bytes, "word/document.xml");
  assertValidStructure(xml);
  return { input, out, xml, texts: paragraphTexts(xml), report: out.report };
}

describe("tagged guidance content controls", () => {
  it("removes a block-level control and reports it under its section", async () => {
    const { texts, report, xml } = await strip({
      body:
        heading("2. Involvement") +
        gsdt(
          p(
            g(
              "Describe the agency's contact with the subject of the review, in date order, and say why it matters to the terms of reference.",
            ),
          ),
          "involvement",
        ) +
        p(a("We met her twice.")),
    });
    expect(texts).toEqual(["2. Involvement", "We met her twice."]);
    expect(count(xml, "sdt")).toBe(0);
    expect(report.count).toBe(1);
    expect(report.notes[0]).toMatchObject({
      kind: "tagged-control",
      where: "body",
      section: "2. Involvement",
      tag: "imr:guidance:dhr:involvement",
      firstWords: "Describe the agency's contact with the subject of the review, in date …",
    });
  });

  it("keeps text the author typed inside a control, unwrapped, and says so", async () => {
    const { texts, report, xml } = await strip({
      body: gsdt(
        p(g("Say who wrote this. "), a("Jane Smith, Safeguarding Lead")) +
          p(g("Only guidance here.")) +
          p(a("Second paragraph of mine")),
      ),
    });
    expect(texts).toEqual(["Jane Smith, Safeguarding Lead", "Second paragraph of mine"]);
    expect(count(xml, "sdt")).toBe(0);
    expect(report.notes[0].authorTextKept).toBe(true);
  });

  it("removes a run-level control inside the author's paragraph", async () => {
    const { texts } = await strip({ body: p(a("Before "), gsdt(g("[insert date]")), a("after.")) });
    expect(texts).toEqual(["Before after."]);
  });

  it("removes nested guidance controls and keeps an author's control inside one when it holds their text", async () => {
    const { texts, report, xml } = await strip({
      body: gsdt(
        p(g("Outer ")) + gsdt(p(g("Inner note"))) + sdt(p(a("kept inside")), "author-control"),
      ),
    });
    expect(texts).toEqual(["kept inside"]);
    expect(report.count).toBe(1);
    expect(count(xml, "sdt")).toBe(1);
  });

  it("removes a control's placeholder text even when it is not red italic", async () => {
    const { texts } = await strip({
      body:
        p(gsdt(a("Click or tap here to enter text."), "ph", "<w:showingPlcHdr/>")) + p(a("Mine")),
    });
    expect(texts).toEqual(["Mine"]);
  });

  it("removes an empty guidance control and reports it with no words", async () => {
    const { texts, report } = await strip({ body: p(a("Text")) + gsdt("") });
    expect(texts).toEqual(["Text"]);
    expect(report.notes).toEqual([
      expect.objectContaining({ kind: "tagged-control", firstWords: "" }),
    ]);
  });

  it("removes row-level and cell-level guidance controls", async () => {
    const { xml, report } = await strip({
      body: tbl(
        tr(tc(p(a("Date"))), tc(p(a("Event")))),
        gsdt(tr(tc(p(g("01/01/2024"))), tc(p(g("Example event"))))),
        tr(gsdt(tc(p(g("dd/mm/yyyy")))), tc(p(a("Visit")))),
      ),
    });
    expect(count(xml, "tr")).toBe(2);
    expect(count(xml, "sdt")).toBe(0);
    expect(paragraphTexts(xml)).toEqual(["Date", "Event", "", "Visit"]);
    expect(report.notes.map((n) => n.where)).toEqual(["table", "table"]);
  });
});

describe("red italic text (documents from an agency's own template)", () => {
  it.each([
    ["FF0000", "Word's Red"],
    ["C00000", "Word's Dark Red"],
    ["CC0000", "a near-red on the list"],
    ["c9211e", "LibreOffice Dark Red 2, lower case"],
  ])("removes red italic in %s (%s)", async (colour) => {
    const { texts, report } = await strip({ body: p(a("Keep. "), g("Guidance.", colour)) });
    expect(texts).toEqual(["Keep. "]);
    expect(report.notes[0].kind).toBe("red-italic");
  });

  it("reports but keeps a red that is not on the list", async () => {
    const { texts, report } = await strip({
      body: p(a("dark salmon note", '<w:i/><w:color w:val="B22222"/>')),
    });
    expect(texts).toEqual(["dark salmon note"]);
    expect(report.count).toBe(0);
    expect(report.ambiguous).toEqual([
      expect.objectContaining({
        reason: "unlisted-red",
        colour: "B22222",
        italic: true,
        firstWords: "dark salmon note",
      }),
    ]);
  });

  it("takes the list of reds from the options", async () => {
    const { texts } = await strip(
      { body: p(a("Keep"), a("Custom red note", '<w:i/><w:color w:val="B22222"/>')) },
      { reds: ["#b22222"] },
    );
    expect(texts).toEqual(["Keep"]);
  });

  it("reports red-not-italic and italic-not-red text without removing it, one item per passage", async () => {
    const { texts, report } = await strip({
      body:
        heading("Analysis") +
        p(
          a("Red ", '<w:color w:val="FF0000"/>'),
          a("not italic", '<w:color w:val="FF0000"/><w:b/>'),
        ) +
        p(a("Italic emphasis", "<w:i/>")),
    });
    expect(texts).toEqual(["Analysis", "Red not italic", "Italic emphasis"]);
    expect(report.count).toBe(0);
    expect(report.ambiguous).toEqual([
      expect.objectContaining({
        reason: "red-not-italic",
        firstWords: "Red not italic",
        colour: "FF0000",
        section: "Analysis",
      }),
      expect.objectContaining({
        reason: "italic-not-red",
        firstWords: "Italic emphasis",
        section: "Analysis",
      }),
    ]);
  });

  it("counts w:iCs as italic", async () => {
    const { texts } = await strip({
      body: p(a("Keep"), a("cs italic", '<w:iCs/><w:color w:val="FF0000"/>')),
    });
    expect(texts).toEqual(["Keep"]);
  });

  it("resolves italic and colour through character and paragraph styles and their basedOn chain", async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="NoteBase"><w:name w:val="Note Base"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="NoteBase"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="character" w:styleId="NoteChar"><w:name w:val="Note Char"/><w:rPr><w:i/><w:color w:val="C00000"/></w:rPr></w:style>`;
    const { texts, report } = await strip({
      styles,
      body:
        pStyled("Note", a("Paragraph-style guidance")) +
        pStyled(
          "Note",
          a("Author overrides the style", '<w:i w:val="0"/><w:color w:val="000000"/>'),
        ) +
        p(a("Mine "), a("character-style guidance", '<w:rStyle w:val="NoteChar"/>')) +
        p(
          a(
            "Author text in a red style but upright",
            '<w:rStyle w:val="NoteChar"/><w:i w:val="false"/>',
          ),
        ),
    });
    expect(texts).toEqual([
      "Author overrides the style",
      "Mine ",
      "Author text in a red style but upright",
    ]);
    expect(report.count).toBe(2);
    expect(report.ambiguous.map((x) => x.reason)).toEqual(["red-not-italic"]);
  });

  it("uses the document defaults", async () => {
    const input = await makeDocx({
      body: p(a("italic by default, red direct", '<w:color w:val="FF0000"/>')) + p(a("Mine")),
    });
    const zip = await JSZip.loadAsync(input);
    const styles = (await zip.file("word/styles.xml")!.async("string")).replace(
      "<w:style ",
      "<w:docDefaults><w:rPrDefault><w:rPr><w:i/></w:rPr></w:rPrDefault></w:docDefaults><w:style ",
    );
    zip.file("word/styles.xml", styles);
    const out = await stripGuidance(await zip.generateAsync({ type: "uint8array" }));
    expect(paragraphTexts(await readPart(out.bytes, "word/document.xml"))).toEqual(["Mine"]);
  });

  it("resolves theme colours, with tint and shade, through the document theme", async () => {
    const theme =
      '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:accent1><a:srgbClr val="FF0000"/></a:accent1><a:accent2><a:srgbClr val="4472C4"/></a:accent2>';
    const { texts, report } = await strip({
      themeColours: theme,
      body:
        p(a("Mine"), a("theme red", '<w:i/><w:color w:val="4472C4" w:themeColor="accent1"/>')) +
        p(
          a(
            "theme blue though w:val says red",
            '<w:i/><w:color w:val="FF0000" w:themeColor="accent2"/>',
          ),
        ) +
        p(
          a("Mine too"),
          a(
            "darker theme red",
            '<w:i/><w:color w:val="C00000" w:themeColor="accent1" w:themeShade="BF"/>',
          ),
        ),
    });
    // accent1 FF0000 shaded by BF is BF0000: red-looking but not on the list, so kept and reported.
    expect(texts).toEqual(["Mine", "theme blue though w:val says red", "Mine toodarker theme red"]);
    expect(report.count).toBe(1);
    expect(report.ambiguous).toEqual([
      expect.objectContaining({
        reason: "italic-not-red",
        firstWords: "theme blue though w:val says red",
      }),
      expect.objectContaining({ reason: "unlisted-red", colour: "BF0000" }),
    ]);
  });

  it("reports red italic text in a text box (drawing and VML fallback) once, and leaves the box alone", async () => {
    const box = `<w:txbxContent><w:p>${g("Box guidance")}</w:p></w:txbxContent>`;
    const shape =
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${box}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const { xml, report } = await strip({ body: heading("Intro") + p(a("See the box: "), shape) });
    expect(report.count).toBe(0);
    expect(report.ambiguous).toEqual([
      {
        reason: "in-text-box",
        where: "body",
        part: "word/document.xml",
        section: "Intro",
        firstWords: "Box guidance",
        italic: true,
      },
    ]);
    expect((xml.match(/Box guidance/g) ?? []).length).toBe(2);
  });

  it("only removes tagged controls when red-italic detection is off", async () => {
    const { texts } = await strip(
      { body: p(a("Mine "), g("red italic kept")) + gsdt(p(g("tagged goes"))) },
      { redItalic: false },
    );
    expect(texts).toEqual(["Mine red italic kept"]);
  });

  it("groups consecutive red italic paragraphs into one note and splits notes at the author's text", async () => {
    const { report } = await strip({
      body:
        heading("A") +
        p(g("One")) +
        p(g("two")) +
        p(a("mine")) +
        p(g("three")) +
        heading("B") +
        p(g("four")),
    });
    expect(report.notes.map((n) => [n.firstWords, n.section])).toEqual([
      ["One two", "A"],
      ["three", "A"],
      ["four", "B"],
    ]);
  });
});

describe("tables", () => {
  it("keeps a valid paragraph in a cell whose only content was guidance", async () => {
    const { xml } = await strip({
      body: tbl(
        tr(tc(p(a("Name"))), tc(p(g("Enter the name")))),
        tr(tc(p(a("Role"))), tc(p(a("Nurse")))),
      ),
    });
    expect(paragraphTexts(xml)).toEqual(["Name", "", "Role", "Nurse"]);
  });

  it("adds a paragraph to a cell left with none", async () => {
    const { xml } = await strip({
      body: tbl(tr(tc(p(a("Name"))), tc(gsdt(p(g("Enter the name")))))),
    });
    expect(paragraphTexts(xml)).toEqual(["Name", ""]);
  });

  it("removes the template's example row once every cell in it is empty", async () => {
    const { xml } = await strip({
      body: tbl(
        tr(tc(p(a("Date"))), tc(p(a("Source"))), tc(p(a("Event")))),
        tr(tc(p(gsdt(g("01/02/2023")))), tc(p()), tc(p(gsdt(g("GP visit"))))),
        tr(tc(p(a("03/04/2023"))), tc(p(a("GP"))), tc(p(a("Seen")))),
      ),
    });
    expect(count(xml, "tr")).toBe(2);
    expect(paragraphTexts(xml)).toEqual(["Date", "Source", "Event", "03/04/2023", "GP", "Seen"]);
  });

  it("keeps the example row when the author typed into any cell of it", async () => {
    const { xml } = await strip({
      body:
        tbl(tr(tc(p(a("Date")))), tr(tc(p(gsdt(g("dd/mm/yyyy")), a("03/04/2023"))))) +
        tbl(tr(tc(p(a("A"))), tc(p(a("B")))), tr(tc(p(g("example"))), tc(p(a("typed"))))),
    });
    expect(count(xml, "tr")).toBe(4);
    expect(paragraphTexts(xml)).toEqual(["Date", "03/04/2023", "A", "B", "", "typed"]);
  });

  it("keeps the author's own empty rows and rows in a vertical merge", async () => {
    const merged =
      '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr><w:t>merged guidance</w:t></w:r></w:p></w:tc>';
    const cont = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
    const { xml } = await strip({
      body: tbl(tr(tc(p(a("H")))), tr(tc(p()))) + tbl(tr(merged), tr(cont)),
    });
    expect(count(xml, "tr")).toBe(4);
  });

  it("removes a table that held nothing but guidance", async () => {
    const { xml, texts } = await strip({
      body: p(a("Before")) + tbl(tr(tc(p(g("Example"))), tc(p(g("rows"))))) + p(a("After")),
    });
    expect(count(xml, "tbl")).toBe(0);
    expect(texts).toEqual(["Before", "After"]);
  });
});

describe("headers, footers and notes", () => {
  it("removes guidance from headers and footers and keeps a paragraph in each", async () => {
    const { out, report } = await strip({
      body: p(a("Body")),
      headers: [p(a("OFFICIAL-SENSITIVE ")) + p(g("Insert the protective marking"))],
      footers: [gsdt(p(g("Page numbers go here")), "footer")],
    });
    expect(paragraphTexts(await readPart(out.bytes, "word/header1.xml"))).toEqual([
      "OFFICIAL-SENSITIVE ",
    ]);
    expect(paragraphTexts(await readPart(out.bytes, "word/footer1.xml"))).toEqual([""]);
    expect(report.notes.map((n) => [n.where, n.part, n.section])).toEqual([
      ["header", "word/header1.xml", undefined],
      ["footer", "word/footer1.xml", undefined],
    ]);
  });

  it("removes guidance from footnotes and keeps the footnote reference", async () => {
    const { out, xml } = await strip({
      body: p(
        a("Claim"),
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
      ),
      footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${a(" Source: records. ")}${g("Cite the record.")}</w:p></w:footnote>`,
    });
    expect(count(xml, "footnoteReference")).toBe(1);
    const notes = await readPart(out.bytes, "word/footnotes.xml");
    expect(notes).toContain("Source: records.");
    expect(notes).not.toContain("Cite the record.");
    expect(out.report.notes[0].where).toBe("footnote");
  });
});

describe("tracked changes", () => {
  const ins = (body: string) =>
    `<w:ins w:id="90" w:author="Author" w:date="2024-01-01T00:00:00Z">${body}</w:ins>`;
  const del = (body: string) =>
    `<w:del w:id="91" w:author="Author" w:date="2024-01-01T00:00:00Z">${body}</w:del>`;
  const delRun = (text: string, rPr = "") =>
    `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:delText xml:space="preserve">${text}</w:delText></w:r>`;

  it("removes guidance inside a tracked insertion and keeps the author's insertion", async () => {
    const { xml, texts } = await strip({
      body:
        p(a("Start "), ins(a("inserted by author") + g(" inserted guidance"))) +
        p(ins(g("only guidance inserted"))),
    });
    expect(texts).toEqual(["Start inserted by author"]);
    expect(count(xml, "ins")).toBe(1);
  });

  it("removes deleted guidance and leaves the author's deletions as deletions", async () => {
    const { xml, texts, report } = await strip({
      body:
        p(
          a("Kept "),
          del(
            delRun("author deleted this") +
              delRun("deleted guidance", '<w:i/><w:color w:val="FF0000"/>'),
          ),
        ) + p(del(delRun("gone guidance", '<w:i/><w:color w:val="FF0000"/>'))),
    });
    expect(texts).toEqual(["Kept "]);
    expect(deletedText(xml)).toBe("author deleted this");
    expect(count(xml, "t")).toBe(1);
    // Consecutive guidance with no text of the author's between is one note.
    expect(report.notes).toEqual([
      expect.objectContaining({ tracked: "deleted", firstWords: "deleted guidance gone guidance" }),
    ]);
  });
});

describe("comments", () => {
  const comment = (id: number, text: string, paraId: string) =>
    `<w:comment w:id="${id}" w:author="QA" w:date="2024-01-01T00:00:00Z"><w:p w14:paraId="${paraId}"><w:r><w:t>${text}</w:t></w:r></w:p></w:comment>`;
  const ref = (id: number) =>
    `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;

  it("removes a comment anchored only on guidance, with its anchors and its entry in comments.xml", async () => {
    const input = await makeDocx({
      body:
        p(
          `<w:commentRangeStart w:id="1"/>`,
          g("Guidance the QA manager commented on"),
          `<w:commentRangeEnd w:id="1"/>`,
          ref(1),
        ) +
        p(
          a("Mine"),
          `<w:commentRangeStart w:id="2"/>`,
          a("commented text"),
          `<w:commentRangeEnd w:id="2"/>`,
          ref(2),
        ),
      comments: comment(1, "Delete this note", "0000AAAA") + comment(2, "Good point", "0000BBBB"),
    });
    const zip = await JSZip.loadAsync(input);
    zip.file(
      "word/commentsExtended.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:commentEx w15:paraId="0000AAAA" w15:done="0"/><w15:commentEx w15:paraId="0000BBBB" w15:done="0"/></w15:commentsEx>',
    );
    const rels = (await zip.file("word/_rels/document.xml.rels")!.async("string")).replace(
      "</Relationships>",
      '<Relationship Id="rIdCx" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
    );
    zip.file("word/_rels/document.xml.rels", rels);
    const out = await stripGuidance(await zip.generateAsync({ type: "uint8array" }));
    const xml = await readPart(out.bytes, "word/document.xml");
    assertValidStructure(xml);
    expect(paragraphTexts(xml)).toEqual(["Minecommented text"]);
    expect(count(xml, "commentReference")).toBe(1);
    const comments = await readPart(out.bytes, "word/comments.xml");
    expect(comments).not.toContain("Delete this note");
    expect(comments).toContain("Good point");
    const ext = await readPart(out.bytes, "word/commentsExtended.xml");
    expect(ext).not.toContain("0000AAAA");
    expect(ext).toContain("0000BBBB");
    expect(out.report.commentsRemoved).toBe(1);
  });

  it("keeps a comment whose range also covers the author's text, with both anchors", async () => {
    const { xml, out } = await strip({
      body:
        p(`<w:commentRangeStart w:id="3"/>`, g("Guidance paragraph")) +
        p(a("Author paragraph"), `<w:commentRangeEnd w:id="3"/>`, ref(3)),
      comments: comment(3, "Spans both", "0000CCCC"),
    });
    expect(paragraphTexts(xml)).toEqual(["Author paragraph"]);
    expect(count(xml, "commentRangeStart")).toBe(1);
    expect(count(xml, "commentRangeEnd")).toBe(1);
    expect(await readPart(out.bytes, "word/comments.xml")).toContain("Spans both");
  });

  it("keeps the anchors of a comment on a guidance paragraph's neighbour", async () => {
    const { xml } = await strip({
      body:
        p(g("Guidance"), `<w:commentRangeStart w:id="4"/>`) +
        p(a("Mine"), `<w:commentRangeEnd w:id="4"/>`, ref(4)),
      comments: comment(4, "On mine", "0000DDDD"),
    });
    expect(paragraphTexts(xml)).toEqual(["Mine"]);
    expect(xml.indexOf("commentRangeStart")).toBeLessThan(xml.indexOf("Mine"));
  });
});

describe("fields, hyperlinks and bookmarks", () => {
  const field = (instr: string, result: string) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

  it("removes a field whose visible text is all guidance, begin to end", async () => {
    const { xml, texts } = await strip({
      body: p(
        a("See "),
        field('HYPERLINK "https://example.org"', g("the national guidance")),
        a("."),
      ),
    });
    expect(texts).toEqual(["See ."]);
    expect(count(xml, "fldChar")).toBe(0);
    expect(count(xml, "instrText")).toBe(0);
  });

  it("keeps a field with the author's text in its result, balanced, and removes the guidance in it", async () => {
    const { xml, texts } = await strip({
      body: p(field("REF _Ref1 \\h", a("Section 3") + g(" (update me)"))),
    });
    expect(texts).toEqual(["Section 3"]);
    expect(count(xml, "fldChar")).toBe(3);
  });

  it("removes a guidance field nested in a kept field without unbalancing either", async () => {
    const { xml, texts } = await strip({
      body: p(field("QUOTE", a("kept ") + field("PAGE", g("7")))),
    });
    expect(texts).toEqual(["kept "]);
    expect(count(xml, "fldChar")).toBe(3);
  });

  it("removes an empty-result field inside a guidance control and a guidance fldSimple", async () => {
    const { xml, texts } = await strip({
      body:
        gsdt(p(g("Note "), field("PAGE", ""))) +
        p(a("Mine"), `<w:fldSimple w:instr=" DATE ">${g("01/01/2024")}</w:fldSimple>`) +
        p(`<w:fldSimple w:instr=" AUTHOR ">${a("J Smith")}</w:fldSimple>`),
    });
    expect(texts).toEqual(["Mine", "J Smith"]);
    expect(count(xml, "fldChar")).toBe(0);
    expect(count(xml, "fldSimple")).toBe(1);
  });

  it("removes a hyperlink whose text is all guidance and keeps a mixed one", async () => {
    const { xml, texts } = await strip({
      body:
        p(a("Read "), `<w:hyperlink r:id="rIdX">${g("the policy")}</w:hyperlink>`) +
        p(`<w:hyperlink w:anchor="s3">${a("Section 3")}${g(" (link)")}</w:hyperlink>`),
    });
    expect(texts).toEqual(["Read ", "Section 3"]);
    expect(count(xml, "hyperlink")).toBe(1);
  });

  it("drops a bookmark wholly inside guidance and moves one that spans into the author's text", async () => {
    const { xml } = await strip({
      body:
        p(
          `<w:bookmarkStart w:id="1" w:name="inner"/>`,
          g("guidance"),
          `<w:bookmarkEnd w:id="1"/>`,
        ) +
        p(`<w:bookmarkStart w:id="2" w:name="span"/>`, g("more guidance")) +
        p(a("Mine"), `<w:bookmarkEnd w:id="2"/>`),
    });
    expect(xml).not.toContain('w:name="inner"');
    expect(xml).toContain('w:name="span"');
    expect(paragraphTexts(xml)).toEqual(["Mine"]);
  });
});

describe("empty paragraphs", () => {
  it("keeps the author's own empty paragraphs and removes paragraphs the removal emptied", async () => {
    const { texts } = await strip({
      body:
        p(a("One")) + p() + p(g("Guidance")) + p("<w:r><w:rPr><w:b/></w:rPr></w:r>") + p(a("Two")),
    });
    expect(texts).toEqual(["One", "", "", "Two"]);
  });

  const redMark = (text: string) =>
    `<w:p><w:pPr><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr></w:pPr>${g(text)}</w:p>`;

  it("keeps a paragraph after the body's last table, emptied, without its red italic paragraph mark", async () => {
    const { xml } = await strip({
      body: p(a("One")) + tbl(tr(tc(p(a("cell"))))) + redMark("Last guidance"),
    });
    expect(paragraphTexts(xml)).toEqual(["One", "cell", ""]);
    expect(xml).not.toContain("FF0000");
    expect(xml).toMatch(/<\/w:tbl><w:p\/><w:sectPr>/);
  });

  it("removes a last guidance paragraph when the body still ends with a paragraph of the author's", async () => {
    const { xml } = await strip({ body: p(a("One")) + redMark("Last guidance") });
    expect(paragraphTexts(xml)).toEqual(["One"]);
  });

  it("keeps a paragraph in a body that held nothing but guidance", async () => {
    const { xml } = await strip({ body: gsdt(p(g("All guidance"))) });
    expect(paragraphTexts(xml)).toEqual([""]);
  });

  it("keeps the last paragraph of a cell, emptied, without guidance formatting on its mark or style", async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Guide"><w:name w:val="Guide"/><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr></w:style>';
    const { xml } = await strip({
      styles,
      body: tbl(tr(tc(p(a("A"))), tc(redMark("x") + pStyled("Guide", a("styled guidance"))))),
    });
    expect(paragraphTexts(xml)).toEqual(["A", ""]);
    expect(xml).not.toContain("FF0000");
    expect(xml).not.toContain("Guide");
  });

  it("keeps a paragraph that carries a section break", async () => {
    const { xml } = await strip({
      body:
        p(a("Section one")) +
        `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr>${g("Guidance before the break")}</w:p>` +
        p(a("Section two")),
    });
    expect(paragraphTexts(xml)).toEqual(["Section one", "", "Section two"]);
    expect(count(xml, "sectPr")).toBe(2);
  });

  it("keeps a paragraph in an author's section control emptied of guidance", async () => {
    const { xml } = await strip({ body: sdt(p(g("Write the summary here"))) + p(a("End")) });
    expect(count(xml, "sdt")).toBe(1);
    expect(paragraphTexts(xml)).toEqual(["", "End"]);
  });
});

describe("the package", () => {
  it("changes only the parts that held guidance and keeps the rest byte for byte", async () => {
    const input = await makeDocx({ body: p(a("Mine"), g(" guidance")), headers: [p(a("Header"))] });
    const { bytes } = await stripGuidance(input);
    const [before, after] = await Promise.all([JSZip.loadAsync(input), JSZip.loadAsync(bytes)]);
    expect(Object.keys(after.files)).toEqual(Object.keys(before.files));
    for (const name of [
      "word/styles.xml",
      "word/header1.xml",
      "[Content_Types].xml",
      "_rels/.rels",
      "word/_rels/document.xml.rels",
    ]) {
      expect(await after.file(name)!.async("uint8array")).toEqual(
        await before.file(name)!.async("uint8array"),
      );
    }
    const xml = await readPart(bytes, "word/document.xml");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>/);
    expect(xml).toContain('mc:Ignorable="w14"');
    expect(xml).toContain('xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"');
  });

  it("keeps characters XML can only hold as references (a carriage return) exactly", async () => {
    const { xml } = await strip({
      body: p(
        '<w:r><w:t xml:space="preserve">line&#13;end &#x1F600; &lt;&amp;&gt; \u2028</w:t></w:r>',
        g("guidance"),
      ),
    });
    expect(paragraphTexts(xml)).toEqual(["line\rend 😀 <&> \u2028"]);
  });

  it("returns the input bytes when there is nothing to remove", async () => {
    const input = await makeDocx({ body: p(a("Nothing to see")) });
    const { bytes, report } = await stripGuidance(input);
    expect(bytes).toEqual(input);
    expect(report).toMatchObject({ count: 0, partsChanged: [] });
  });

  it("finds what it would strip without changing anything", async () => {
    const input = await makeDocx({
      body: heading("Intro") + gsdt(p(g("Guidance"))) + p(a("x"), g("y")),
      headers: [p(g("h"))],
    });
    const found = await findGuidance(input);
    const { report } = await stripGuidance(input);
    expect(found.notes).toEqual(report.notes);
    expect(found.ambiguous).toEqual(report.ambiguous);
    expect(found.partsChanged).toEqual(["word/document.xml", "word/header1.xml"]);
    expect(report.partsChanged).toEqual(["word/document.xml", "word/header1.xml"]);
    expect(await partNames(input)).toContain("word/document.xml");
  });

  it("reads the ISO Strict spelling of WordprocessingML", async () => {
    const input = await makeDocx({ body: p(a("Mine"), g(" strict guidance")) });
    const zip = await JSZip.loadAsync(input);
    const strictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    for (const name of ["word/document.xml", "word/styles.xml"]) {
      zip.file(
        name,
        (await zip.file(name)!.async("string")).replace(
          "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
          strictNs,
        ),
      );
    }
    const out = await stripGuidance(await zip.generateAsync({ type: "uint8array" }));
    const xml = await readPart(out.bytes, "word/document.xml");
    expect(xml).toContain("Mine");
    expect(xml).not.toContain("strict guidance");
  });

  it.each([
    [
      "not a zip",
      async () => new TextEncoder().encode("hello, I am a text file"),
      /not a \.docx file/,
    ],
    ["empty", async () => new Uint8Array(0), /empty/],
    [
      "a zip with no word/document.xml",
      async () => {
        const z = new JSZip();
        z.file("hello.txt", "hi");
        return z.generateAsync({ type: "uint8array" });
      },
      /no word\/document\.xml/,
    ],
    [
      "corrupt XML",
      async () => {
        const z = await JSZip.loadAsync(await makeDocx({ body: p(a("x")) }));
        z.file("word/document.xml", "<w:document><w:body><w:p></w:body>");
        return z.generateAsync({ type: "uint8array" });
      },
      /word\/document\.xml is not well-formed XML/,
    ],
  ])("rejects %s with a DocxError", async (_name, make, message) => {
    const bytes = await make();
    await expect(stripGuidance(bytes)).rejects.toThrow(DocxError);
    await expect(stripGuidance(bytes)).rejects.toThrow(message);
  });
});
