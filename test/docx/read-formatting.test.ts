import { readDocx, readDocxDetailed } from "../../src/docx/read/docx";
import { isWhollyGuidance } from "../../src/core/model/text";
import { guidanceOf, makeDocx, para, paragraphs, RED_ITALIC, tables } from "./helpers";

const STYLES = `
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="AgencyHeading"><w:name w:val="Agency Heading"/><w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="Outlined"><w:name w:val="Outlined Para"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="GuidanceText"><w:name w:val="Guidance Text"/><w:rPr><w:i/><w:color w:val="C00000"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="RedPara"><w:name w:val="Red Para"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Emph"><w:name w:val="Emph"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="character" w:styleId="RedEmph"><w:name w:val="Red Emph"/><w:basedOn w:val="Emph"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>`;

async function read(body: string, extra: Partial<Parameters<typeof makeDocx>[0]> = {}) {
  return readDocx(await makeDocx({ body, styles: STYLES, ...extra }));
}

describe("readDocx: red italic guidance without content controls", () => {
  it("finds red italic runs as guidance spans, and only those", async () => {
    const m = await read(
      para(["Author text. ", ["Guidance here.", RED_ITALIC], " More author text."]),
    );
    const [p] = paragraphs(m);
    expect(p.text).toBe("Author text. Guidance here. More author text.");
    expect(guidanceOf(p)).toEqual(["Guidance here."]);
  });

  it("does not count red text that is not italic, but reports it as ambiguous", async () => {
    const bytes = await makeDocx({
      body: para([
        "Plain ",
        ["red only", '<w:color w:val="FF0000"/>'],
        " ",
        ["italic only", "<w:i/>"],
      ]),
      styles: STYLES,
    });
    const { model, ambiguous } = await readDocxDetailed(bytes);
    const [p] = paragraphs(model);
    expect(p.guidanceSpans).toBeUndefined();
    expect(ambiguous).toEqual([{ blockId: p.id, start: 6, end: 14 }]);
  });

  it("treats w:i w:val=0 as not italic", async () => {
    const m = await read(para([["not italic", '<w:i w:val="0"/><w:color w:val="FF0000"/>']]));
    expect(paragraphs(m)[0].guidanceSpans).toBeUndefined();
  });

  it.each(["FF0000", "C00000", "E60000", "ff0000", "C9211E"])(
    "accepts the red %s",
    async (colour) => {
      const m = await read(para([["note", `<w:i/><w:color w:val="${colour}"/>`]]));
      expect(guidanceOf(paragraphs(m)[0])).toEqual(["note"]);
    },
  );

  it.each(["0000FF", "auto", "FF6600", "000000"])("does not accept %s", async (colour) => {
    const m = await read(para([["note", `<w:i/><w:color w:val="${colour}"/>`]]));
    expect(paragraphs(m)[0].guidanceSpans).toBeUndefined();
  });

  it("takes the set of reds as an option", async () => {
    const bytes = await makeDocx({
      body: para([
        ["note", '<w:i/><w:color w:val="0000FF"/>'],
        ["red", RED_ITALIC],
      ]),
      styles: STYLES,
    });
    const m = await readDocx(bytes, { guidanceColours: ["#0000ff"] });
    expect(guidanceOf(paragraphs(m)[0])).toEqual(["note"]);
  });

  it("follows character styles (with basedOn), paragraph styles and direct overrides", async () => {
    const m = await read(
      [
        para([["from char style", '<w:rStyle w:val="RedEmph"/>']]),
        para(["from para style"], '<w:pStyle w:val="GuidanceText"/>'),
        para(["red para, ", ["italic run", "<w:i/>"]], '<w:pStyle w:val="RedPara"/>'),
        para(
          ["guidance ", ["but this is black", '<w:color w:val="000000"/>']],
          '<w:pStyle w:val="GuidanceText"/>',
        ),
      ].join(""),
    );
    const ps = paragraphs(m);
    expect(guidanceOf(ps[0])).toEqual(["from char style"]);
    expect(guidanceOf(ps[1])).toEqual(["from para style"]);
    expect(guidanceOf(ps[2])).toEqual(["italic run"]);
    expect(guidanceOf(ps[3])).toEqual(["guidance "]);
  });

  it("finds guidance spans in table cells and marks cells that are wholly guidance", async () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const m = await read(
      `<w:tbl><w:tr>${cell(para(["Date"]))}${cell(para(["Event"]))}</w:tr>` +
        `<w:tr>${cell(para([["01/01/2024", RED_ITALIC]]))}${cell(para(["Seen by GP ", ["(say who)", RED_ITALIC]]))}</w:tr></w:tbl>`,
    );
    const [t] = tables(m);
    expect(t.rows).toEqual([
      ["Date", "Event"],
      ["01/01/2024", "Seen by GP (say who)"],
    ]);
    expect(t.guidanceCells).toEqual([
      [false, false],
      [true, false],
    ]);
  });
});

describe("readDocx: content controls", () => {
  const sdt = (tag: string, content: string) =>
    `<w:sdt><w:sdtPr><w:alias w:val="x"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  it("reads block-level guidance controls as guidance with their tag, whatever the formatting", async () => {
    const m = await read(
      sdt("imr:guidance:dhr:n1", para(["black text in a guidance control"]) + para(["second"])) +
        para(["after"]),
    );
    const ps = paragraphs(m);
    expect(ps.map((p) => [p.text, p.tag, isWhollyGuidance(p)])).toEqual([
      ["black text in a guidance control", "imr:guidance:dhr:n1", true],
      ["second", "imr:guidance:dhr:n1", true],
      ["after", undefined, false],
    ]);
  });

  it("reads other controls through, giving the tag but no guidance", async () => {
    const m = await read(sdt("imr:section:dhr:intro", para(["Author text"])));
    expect(paragraphs(m)[0]).toMatchObject({ text: "Author text", tag: "imr:section:dhr:intro" });
    expect(paragraphs(m)[0].guidanceSpans).toBeUndefined();
  });

  it("reads run-level guidance controls as guidance spans", async () => {
    const m = await read(
      `<w:p><w:r><w:t xml:space="preserve">Before </w:t></w:r>${sdt("imr:guidance:dhr:x", "<w:r><w:t>inside</w:t></w:r>")}<w:r><w:t xml:space="preserve"> after</w:t></w:r></w:p>`,
    );
    const [p] = paragraphs(m);
    expect(p.text).toBe("Before inside after");
    expect(guidanceOf(p)).toEqual(["inside"]);
    expect(p.tag).toBeUndefined();
  });

  it("reads cell-level and row-level controls in tables", async () => {
    const m = await read(
      `<w:tbl><w:tr><w:tc>${para(["A"])}</w:tc>${sdt("imr:guidance:dhr:c", `<w:tc>${para(["hint"])}</w:tc>`)}</w:tr>` +
        sdt(
          "imr:guidance:dhr:r",
          `<w:tr><w:tc>${para(["g1"])}</w:tc><w:tc>${para(["g2"])}</w:tc></w:tr>`,
        ) +
        `</w:tbl>`,
    );
    expect(tables(m)[0]).toMatchObject({
      rows: [
        ["A", "hint"],
        ["g1", "g2"],
      ],
      guidanceCells: [
        [false, true],
        [true, true],
      ],
    });
  });
});

describe("readDocx: text", () => {
  it("reads tabs, breaks, hyperlinks, smart tags, insertions and field results; skips deletions and field codes", async () => {
    const m = await read(
      `<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:noBreakHyphen/><w:t>D</w:t></w:r>` +
        `<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t xml:space="preserve"> link</w:t></w:r></w:hyperlink>` +
        `<w:smartTag w:uri="u" w:element="place"><w:r><w:t xml:space="preserve"> Leeds</w:t></w:r></w:smartTag>` +
        `<w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve"> inserted</w:t></w:r></w:ins>` +
        `<w:del w:id="2" w:author="a"><w:r><w:delText xml:space="preserve"> deleted</w:delText></w:r></w:del>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>` +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> 1 May 2024</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `<w:fldSimple w:instr=" PAGE "><w:r><w:t xml:space="preserve"> 7</w:t></w:r></w:fldSimple>` +
        `<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="x"/><w:r><w:t>!</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`,
    );
    expect(paragraphs(m)[0].text).toBe("A\tB C-D link Leeds inserted 1 May 2024 7!");
  });

  it("keeps XML entities and non-ASCII text as text", async () => {
    const m = await read(para(["Tom &amp; Jerry &lt;3 — ‘quoted’ £5 &#x2028;end"]));
    expect(paragraphs(m)[0].text).toBe("Tom & Jerry <3 — ‘quoted’ £5 \u2028end");
  });

  it("reads empty paragraphs as empty text", async () => {
    const m = await read("<w:p/>" + para(["x"]));
    expect(paragraphs(m).map((p) => p.text)).toEqual(["", "x"]);
  });
});

describe("readDocx: headings and styles", () => {
  it("resolves heading levels through style names, basedOn and outline levels; Title is not a heading", async () => {
    const m = await read(
      [
        para(["One"], '<w:pStyle w:val="Heading1"/>'),
        para(["Two"], '<w:pStyle w:val="Heading2"/>'),
        para(["Agency"], '<w:pStyle w:val="AgencyHeading"/>'),
        para(["Outlined"], '<w:pStyle w:val="Outlined"/>'),
        para(["Direct"], '<w:outlineLvl w:val="3"/>'),
        para(["Body text level"], '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>'),
        para(["Cover"], '<w:pStyle w:val="Title"/>'),
        para(["Plain"]),
        para(["Unknown style"], '<w:pStyle w:val="NoSuchStyle"/>'),
      ].join(""),
    );
    expect(paragraphs(m).map((p) => [p.text, p.headingLevel, p.style])).toEqual([
      ["One", 1, "Heading 1"],
      ["Two", 2, "Heading 2"],
      ["Agency", 2, "Agency Heading"],
      ["Outlined", 3, "Outlined Para"],
      ["Direct", 4, "Normal"],
      ["Body text level", undefined, "Heading 1"],
      ["Cover", undefined, "Title"],
      ["Plain", undefined, "Normal"],
      ["Unknown style", undefined, "Normal"],
    ]);
  });

  it("recognises LibreOffice-style 'Heading 1' names and works without a styles part", async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/></w:style>`;
    const m = await readDocx(
      await makeDocx({ body: para(["One"], '<w:pStyle w:val="Heading1"/>'), styles }),
    );
    expect(paragraphs(m)[0]).toMatchObject({ headingLevel: 1, style: "Heading 1" });
    const bare = await readDocx(
      await makeDocx({ body: para(["One"], '<w:pStyle w:val="Heading2"/>') }),
    );
    expect(paragraphs(bare)[0]).toMatchObject({ headingLevel: 2, style: "Heading2" });
  });
});

describe("readDocx: tables", () => {
  const tc = (text: string, tcPr = "") =>
    `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${para([text])}</w:tc>`;

  it("joins a cell's paragraphs with a line break", async () => {
    const m = await read(
      `<w:tbl><w:tr><w:tc>${para(["one"])}${para(["two"])}</w:tc></w:tr></w:tbl>`,
    );
    expect(tables(m)[0].rows).toEqual([["one\ntwo"]]);
    expect(tables(m)[0].hasMergedCells).toBeUndefined();
  });

  it.each([
    [
      "gridSpan",
      `<w:tr>${tc("wide", '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${tc("a")}${tc("b")}</w:tr>`,
    ],
    [
      "vMerge",
      `<w:tr>${tc("a", '<w:vMerge w:val="restart"/>')}${tc("b")}</w:tr><w:tr>${tc("", "<w:vMerge/>")}${tc("c")}</w:tr>`,
    ],
    ["uneven rows", `<w:tr>${tc("a")}${tc("b")}</w:tr><w:tr>${tc("c")}</w:tr>`],
  ])("flags merged cells (%s)", async (_name, rows) => {
    const m = await read(`<w:tbl>${rows}</w:tbl>`);
    expect(tables(m)[0].hasMergedCells).toBe(true);
  });

  it("flattens a nested table into its cell's text", async () => {
    const inner = `<w:tbl><w:tr>${tc("x")}${tc("y")}</w:tr></w:tbl>`;
    const m = await read(
      `<w:tbl><w:tr><w:tc>${para(["outer"])}${inner}${para([""])}</w:tc>${tc("b")}</w:tr></w:tbl>`,
    );
    expect(tables(m)).toHaveLength(1);
    expect(tables(m)[0].rows).toEqual([["outer\nx\ny\n", "b"]]);
  });

  it("numbers tables and paragraphs in one sequence", async () => {
    const m = await read(para(["a"]) + `<w:tbl><w:tr>${tc("t")}</w:tr></w:tbl>` + para(["b"]));
    expect(m.blocks.map((b) => [b.id, b.kind])).toEqual([
      ["b0", "paragraph"],
      ["b1", "table"],
      ["b2", "paragraph"],
    ]);
  });
});

describe("readDocx: headers, footers and pack id", () => {
  it("reads header blocks as h0... and footer blocks as f0... after the body", async () => {
    const m = await read(para(["Body"]), {
      headers: [para(["OFFICIAL"]), para(["First page header"])],
      footers: [para(["Footer"]) + `<w:tbl><w:tr><w:tc>${para(["cell"])}</w:tc></w:tr></w:tbl>`],
    });
    expect(m.blocks.map((b) => [b.id, b.part])).toEqual([
      ["b0", "body"],
      ["h0", "header"],
      ["h1", "header"],
      ["f0", "footer"],
      ["f1", "footer"],
    ]);
    expect(paragraphs(m, "header").map((p) => p.text)).toEqual(["OFFICIAL", "First page header"]);
  });

  it("reads the pack id from a custom XML part and ignores other custom XML", async () => {
    const m = await read(para(["x"]), {
      extra: [
        { path: "customXml/item1.xml", content: "<other xmlns='urn:other'>not ours</other>" },
        { path: "customXml/item2.xml", content: "<broken" },
        {
          path: "customXml/item3.xml",
          content: `<imr:document xmlns:imr="urn:imr-assistant:document:v1" pack="cspr" schemaVersion="1"/>`,
        },
      ],
    });
    expect(m.packId).toBe("cspr");
    const none = await read(para(["x"]));
    expect(none.packId).toBeUndefined();
  });
});
