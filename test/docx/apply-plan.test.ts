import fc from "fast-check";
import { anonymisePlan, applyToText } from "../../src/core/anonymise/plan";
import type { Register } from "../../src/core/anonymise/register";
import type { EditPlan } from "../../src/core/edits/plan";
import type { DocModel } from "../../src/core/model/types";
import { applyPlanToDocx, blockTexts, openEditable } from "../../src/docx/apply-plan";
import { DocxError } from "../../src/docx/errors";
import { readDocx } from "../../src/docx/read/docx";
import { register } from "../core/anonymise/helpers";
import { RED_ITALIC, makeDocx, para, unzip } from "./helpers";

const people: Register = register([
  { name: "Joanne Bloggs", variants: ["Jo"], code: "Adult A", role: "victim" },
  { name: "Doctor Smith", code: "Doctor S", role: "professional", roleDetail: "GP" },
  { name: "James Ward", code: "Adult B", role: "perpetrator" },
]);

const cell = (inner: string) =>
  `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join("")}</w:tbl>`;

/** Anonymise through the file: read, plan, apply, read back. */
async function anonymise(bytes: Uint8Array, reg: Register = people) {
  const model = await readDocx(bytes);
  const planned = anonymisePlan(model, reg);
  const result = await applyPlanToDocx(bytes, planned.plan);
  if (!result.ok) throw new Error(result.reason);
  return { model, planned, result, after: await readDocx(result.bytes) };
}

/** What the pure core says the text should be after the plan. */
function expectedAfter(model: DocModel, plan: EditPlan): DocModel {
  const done = applyToText(model, plan);
  if (!done.ok) throw new Error(done.reason);
  return done.model;
}

function texts(model: DocModel): Array<string | string[][]> {
  return model.blocks.map((b) => (b.kind === "paragraph" ? b.text : b.rows));
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await unzip(bytes)).get("word/document.xml") ?? "";
}

describe("applyPlanToDocx", () => {
  it("replaces names inside single runs, keeping the rest of the text", async () => {
    const bytes = await makeDocx({
      body: para(["Joanne Bloggs met Doctor Smith on Monday."]) + para(["Nothing here."]),
    });
    const { model, planned, result, after } = await anonymise(bytes);
    expect(result.ok && result.applied).toBe(2);
    expect(texts(after)).toEqual(["Adult A met Doctor S on Monday.", "Nothing here."]);
    expect(texts(after)).toEqual(texts(expectedAfter(model, planned.plan)));
  });

  it("replaces a name split across runs with the formatting of the first run it touches", async () => {
    const bytes = await makeDocx({
      body: para([
        "Seen by ",
        ["Jo", "<w:b/>"],
        ["anne Blo", '<w:i/><w:color w:val="0000FF"/>'],
        ["ggs", '<w:u w:val="single"/>'],
        " today.",
      ]),
    });
    const { after, result } = await anonymise(bytes);
    expect(texts(after)).toEqual(["Seen by Adult A today."]);
    const xml = await documentXml(result.ok ? result.bytes : new Uint8Array());
    // The code sits in the bold run; the italic and underlined runs were emptied and removed.
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><\/w:rPr><w:t[^>]*>Adult A<\/w:t><\/w:r>/);
    expect(xml).not.toContain("<w:i/>");
    expect(xml).not.toContain("w:u ");
    expect(xml).toContain("Seen by ");
  });

  it("keeps a possessive and the apostrophe the author typed", async () => {
    const bytes = await makeDocx({ body: para(["Joanne’s flat; ", "James Ward's car."]) });
    const { after } = await anonymise(bytes);
    expect(texts(after)).toEqual(["Adult A’s flat; Adult B's car."]);
  });

  it("replaces a name broken by a line break or a tab, removing the break inside it", async () => {
    const body =
      "<w:p><w:r><w:t>Joanne</w:t><w:br/><w:t>Bloggs called.</w:t></w:r></w:p>" +
      '<w:p><w:r><w:t xml:space="preserve">Tab:</w:t><w:tab/><w:t>Jo left.</w:t></w:r></w:p>';
    const { after } = await anonymise(await makeDocx({ body }));
    expect(texts(after)).toEqual(["Adult A called.", "Tab:\tAdult A left."]);
  });

  it("replaces names in table cells, including a cell of several paragraphs", async () => {
    const body = table(
      row(cell(para(["Date"])), cell(para(["Event"]))),
      row(
        cell(para(["01/02/2021"])),
        cell(
          para(["GP saw ", ["Joanne", "<w:b/>"], " Bloggs."]) + para(["Doctor Smith referred Jo."]),
        ),
      ),
    );
    const { model, planned, after } = await anonymise(await makeDocx({ body }));
    expect(planned.plan.edits.every((e) => e.kind === "replaceCellText")).toBe(true);
    expect(texts(after)).toEqual([
      [
        ["Date", "Event"],
        ["01/02/2021", "GP saw Adult A.\nDoctor S referred Adult A."],
      ],
    ]);
    expect(texts(after)).toEqual(texts(expectedAfter(model, planned.plan)));
  });

  it("replaces names in headers and footers", async () => {
    const bytes = await makeDocx({
      body: para(["Body text about Jo."]),
      headers: [para(["IMR: Joanne Bloggs"])],
      footers: [para(["Author: James Ward"])],
    });
    const { after } = await anonymise(bytes);
    expect(after.blocks.map((b) => [b.id, b.kind === "paragraph" ? b.text : ""])).toEqual([
      ["b0", "Body text about Adult A."],
      ["h0", "IMR: Adult A"],
      ["f0", "Author: Adult B"],
    ]);
  });

  it("leaves guidance alone and skips nothing else", async () => {
    const bytes = await makeDocx({
      body: para([["Say how Joanne Bloggs was seen. ", RED_ITALIC], "Joanne Bloggs was seen."]),
    });
    const { after } = await anonymise(bytes);
    expect(texts(after)).toEqual(["Say how Joanne Bloggs was seen. Adult A was seen."]);
  });

  it("refuses a stale plan and changes nothing", async () => {
    const bytes = await makeDocx({ body: para(["Joanne Bloggs met James Ward."]) });
    const model = await readDocx(bytes);
    const { plan } = anonymisePlan(model, people);
    const edits = plan.edits.map((e) =>
      e.kind === "replaceText" && e.expected === "James Ward"
        ? { ...e, expected: "James Word" }
        : e,
    );
    const result = await applyPlanToDocx(bytes, { ...plan, edits });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/Nothing was changed/);
    expect(result.stale).toHaveLength(1);
    // The input bytes are untouched and still say what they said.
    expect(texts(await readDocx(bytes))).toEqual(["Joanne Bloggs met James Ward."]);
  });

  it("refuses edits whose offsets point at other text, and unknown blocks", async () => {
    const bytes = await makeDocx({ body: para(["Joanne Bloggs"]) });
    const wrongPlace: EditPlan = {
      description: "x",
      edits: [
        {
          kind: "replaceText",
          location: { blockId: "b0", start: 1, end: 7 },
          expected: "Joanne",
          replacement: "A",
        },
      ],
    };
    expect((await applyPlanToDocx(bytes, wrongPlace)).ok).toBe(false);
    const noBlock: EditPlan = {
      description: "x",
      edits: [
        {
          kind: "replaceText",
          location: { blockId: "b9", start: 0, end: 6 },
          expected: "Joanne",
          replacement: "A",
        },
      ],
    };
    expect((await applyPlanToDocx(bytes, noBlock)).ok).toBe(false);
  });

  it("refuses overlapping edits", async () => {
    const bytes = await makeDocx({ body: para(["Joanne Bloggs"]) });
    const plan: EditPlan = {
      description: "x",
      edits: [
        {
          kind: "replaceText",
          location: { blockId: "b0", start: 0, end: 6 },
          expected: "Joanne",
          replacement: "A",
        },
        {
          kind: "replaceText",
          location: { blockId: "b0", start: 3, end: 13 },
          expected: "nne Bloggs",
          replacement: "B",
        },
      ],
    };
    const result = await applyPlanToDocx(bytes, plan);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/overlap/);
  });

  it("refuses table rewrites with a clear message", async () => {
    const bytes = await makeDocx({ body: table(row(cell(para(["A"])))) });
    const result = await applyPlanToDocx(bytes, {
      description: "x",
      edits: [{ kind: "replaceTable", blockId: "b0", expectedRows: [["A"]], rows: [["B"]] }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/whole table/);
  });

  it("throws DocxError for bytes that are not a .docx", async () => {
    await expect(
      applyPlanToDocx(new TextEncoder().encode("not a zip"), {
        description: "x",
        edits: [
          {
            kind: "replaceText",
            location: { blockId: "b0", start: 0, end: 1 },
            expected: "a",
            replacement: "b",
          },
        ],
      }),
    ).rejects.toBeInstanceOf(DocxError);
  });

  it("numbers blocks and reads text exactly as readDocx does", async () => {
    const body =
      para(["Intro"]) +
      '<w:sdt><w:sdtPr><w:tag w:val="imr:guidance:dhr:x"/></w:sdtPr><w:sdtContent>' +
      para(["Guidance"]) +
      "</w:sdtContent></w:sdt>" +
      "<w:p><w:hyperlink><w:r><w:t>Link</w:t></w:r></w:hyperlink><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>" +
      '<w:ins><w:r><w:t xml:space="preserve"> added</w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      "<w:r><w:noBreakHyphen/><w:t>x</w:t><w:tab/><w:t>y</w:t></w:r></w:p>" +
      table(row(cell(para(["a"])), cell(para(["b"]) + table(row(cell(para(["nested"]))))))) +
      "<w:customXml>" +
      para(["in custom xml"]) +
      "</w:customXml>";
    const bytes = await makeDocx({
      body,
      headers: [para(["H1"]), para(["H2a"]) + para(["H2b"])],
      footers: [para(["F"])],
    });
    const model = await readDocx(bytes);
    const mine = blockTexts(await openEditable(bytes));
    expect([...mine.keys()]).toEqual(model.blocks.map((b) => b.id));
    for (const b of model.blocks)
      expect(mine.get(b.id)).toEqual(b.kind === "paragraph" ? b.text : b.rows);
  });

  it("gives the same text as the pure core for any way the runs are split (property)", async () => {
    const names = ["Joanne Bloggs", "Jo", "Doctor Smith", "Dr Smith", "James Ward's", "Bloggs"];
    const fillers = [" met ", ", then ", " and ", ". ", " said that "];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...fillers)), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 0, maxLength: 6 }),
        async (pieces, cuts) => {
          const text = pieces.map(([n, f]) => n + f).join("");
          const points = [...new Set(cuts.filter((c) => c < text.length))].sort((a, b) => a - b);
          const runs: Array<[string, string]> = [];
          let at = 0;
          points.forEach((p, i) => {
            runs.push([text.slice(at, p), i % 2 ? "<w:b/>" : ""]);
            at = p;
          });
          runs.push([text.slice(at), ""]);
          const bytes = await makeDocx({ body: para(runs) });
          const { model, planned, after } = await anonymise(bytes);
          expect(texts(after)).toEqual(texts(expectedAfter(model, planned.plan)));
          expect(texts(after)[0]).not.toMatch(/Joanne|Smith|Bloggs|James/);
        },
      ),
      { numRuns: 40 },
    );
  });
});
