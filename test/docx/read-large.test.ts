import { readDocx } from "../../src/docx/read/docx";
import { makeDocx, paragraphs, tables, guidanceOf } from "./helpers";

/**
 * A report the size the budgets name (60,000 words, a 600-row chronology), written the way Word
 * writes runs. Checks that everything comes back; speed is measured by `npm run bench`, not here.
 */
describe("readDocx on a 60,000-word report", () => {
  const WORDS =
    "the agency contacted her on several occasions and the social worker recorded concerns".split(
      " ",
    );
  const sentence = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => WORDS[(seed * 31 + i * 7) % WORDS.length]).join(" ");
  const run = (t: string, rPr = '<w:lang w:val="en-GB"/>') =>
    `<w:r w:rsidR="00A1B2C3"><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${t} </w:t></w:r>`;

  it("reads every paragraph, heading, guidance span and chronology row", async () => {
    const parts: string[] = [];
    let words = 0;
    let paras = 0;
    while (words < 60000) {
      if (paras % 40 === 0)
        parts.push(
          `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(`Section ${paras / 40 + 1}`)}</w:p>`,
        );
      const runs = [
        run(sentence(8, paras)),
        run(sentence(6, paras + 1), "<w:b/>"),
        run(sentence(6, paras + 2)),
      ];
      if (paras % 10 === 0) runs.push(run("[guidance]", '<w:i/><w:color w:val="FF0000"/>'));
      parts.push(
        `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:proofErr w:type="spellStart"/>${runs.join("")}</w:p>`,
      );
      words += 20;
      paras++;
    }
    const cell = (t: string) =>
      `<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/></w:tcPr><w:p>${run(t)}</w:p></w:tc>`;
    const rows = Array.from(
      { length: 600 },
      (_, r) =>
        `<w:tr>${[`${(r % 28) + 1}/01/2023`, "10:00", sentence(12, r)].map(cell).join("")}</w:tr>`,
    );
    parts.push(`<w:tbl>${rows.join("")}</w:tbl>`);
    const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>`;

    const model = await readDocx(await makeDocx({ body: parts.join(""), styles }));
    const ps = paragraphs(model);
    expect(ps.filter((p) => p.headingLevel === 1)).toHaveLength(Math.ceil(paras / 40));
    expect(ps.filter((p) => p.headingLevel === undefined)).toHaveLength(paras);
    expect(ps.filter((p) => guidanceOf(p).join("").trim() === "[guidance]")).toHaveLength(
      Math.ceil(paras / 10),
    );
    const wordCount = ps.reduce(
      (n, p) =>
        n +
        p.text
          .split(/\s+/)
          .filter((w) => w && !w.startsWith("[") && !/^\d+$/.test(w) && w !== "Section").length,
      0,
    );
    expect(wordCount).toBeGreaterThanOrEqual(60000);
    expect(tables(model)[0].rows).toHaveLength(600);
    expect(tables(model)[0].rows[599]).toEqual(["12/01/2023 ", "10:00 ", `${sentence(12, 599)} `]);
  });
});
