import JSZip from "jszip";
import { stripGuidance } from "../src/docx/strip";

/**
 * Clean-copy benchmark: strip the guidance from a 60,000-word report (about 3,000 paragraphs,
 * a 600-row chronology and 50 guidance notes) in Node. Budget: well under 1 s (DESIGN.md).
 * The document is generated here, deterministically, so the benchmark needs no fixture.
 */

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const WORDS =
  "the agency records show that staff met her at home and discussed the risk assessment with the duty manager before referral".split(
    " ",
  );

/** Deterministic pseudo-random words (a linear congruential generator). */
function wordsFrom(seed: number): (n: number) => string {
  let s = seed >>> 0;
  return (n) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      out.push(WORDS[s % WORDS.length]);
    }
    return out.join(" ");
  };
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const red = (text: string) =>
  `<w:r><w:rPr><w:i/><w:iCs/><w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (inner: string, style?: string) =>
  `<w:p w14:paraId="00000000">${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${inner}</w:p>`;
let sdtId = 1;
const guidance = (inner: string, id: string) =>
  `<w:sdt><w:sdtPr><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr><w:alias w:val="Guidance note"/><w:tag w:val="imr:guidance:dhr:${id}"/><w:id w:val="${sdtId++}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

export interface BenchDocument {
  bytes: Uint8Array;
  words: number;
  /** Paragraphs outside the table. */
  paragraphs: number;
  rows: number;
  notes: number;
}

/** The benchmark report: 60,000 words, ~3,000 paragraphs, a 600-row table, 50 guidance notes. */
export async function makeBenchDocument(): Promise<BenchDocument> {
  const words = wordsFrom(42);
  const body: string[] = [];
  let wordCount = 0;
  let paragraphs = 0;
  let notes = 0;
  const sections = 20;
  for (let s = 0; s < sections; s++) {
    body.push(para(run(`${s + 1}. Section ${s + 1}`), "Heading1"));
    paragraphs++;
    // Two guidance notes per section: a tagged control and a red italic paragraph (40 in all).
    body.push(guidance(para(red(words(40))) + para(red(words(20))), `s${s}`));
    body.push(para(red(words(30))));
    notes += 2;
    paragraphs += 3;
    for (let i = 0; i < 100; i++) {
      const n = 12 + (i % 5);
      body.push(para(run(words(n))));
      wordCount += n;
      paragraphs++;
    }
  }
  // The chronology: header row, the template's example row (guidance), 600 rows of the author's.
  const cell = (inner: string) =>
    `<w:tc><w:tcPr><w:tcW w:w="1300" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
  const rows: string[] = [
    `<w:tr>${["Date", "Time", "Source", "Event", "Action", "Outcome", "Comment"].map((h) => cell(para(run(h)))).join("")}</w:tr>`,
  ];
  const example: string[] = [];
  for (let c = 0; c < 7; c++)
    example.push(cell(para(guidance(red(words(3)), `chronology-example-${c}`))));
  notes += 7;
  rows.push(`<w:tr>${example.join("")}</w:tr>`);
  for (let r = 0; r < 600; r++) {
    const cells: string[] = [];
    for (let c = 0; c < 7; c++) {
      const n = c === 3 ? 6 : 4;
      cells.push(cell(para(run(words(n)))));
      wordCount += n;
    }
    rows.push(`<w:tr>${cells.join("")}</w:tr>`);
  }
  body.push(
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1300"/>'.repeat(7)}</w:tblGrid>${rows.join("")}</w:tbl>`,
  );
  // Fill to 60,000 words after the table, with three more notes (50 in all).
  while (wordCount < 60000) {
    if (notes < 50 && wordCount % 7 === 0) {
      body.push(para(run(words(5)) + red(words(12))));
      notes++;
    }
    body.push(para(run(words(20))));
    wordCount += 20;
    paragraphs++;
  }
  while (notes < 50) {
    body.push(para(red(words(10))));
    notes++;
    paragraphs++;
  }
  body.push(para(run("End of report.")));
  const document = `${DECL}<w:document ${NS}><w:body>${body.join("")}<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`,
  );
  zip.file(
    "word/styles.xml",
    `${DECL}<w:styles ${NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`,
  );
  zip.file("word/document.xml", document);
  zip.file("word/header1.xml", `${DECL}<w:hdr ${NS}>${para(run("OFFICIAL-SENSITIVE"))}</w:hdr>`);
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, words: wordCount, paragraphs, rows: 602, notes };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median wall time of stripping the benchmark report (bytes in, bytes out), after a warm-up. */
export async function benchClean(runs = 7): Promise<{ cleanMs: number }> {
  const doc = await makeBenchDocument();
  await stripGuidance(doc.bytes); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { report } = await stripGuidance(doc.bytes);
    times.push(performance.now() - t0);
    if (report.count !== doc.notes)
      throw new Error(`benchmark document: expected ${doc.notes} notes, found ${report.count}`);
  }
  return { cleanMs: Math.round(median(times) * 10) / 10 };
}

if (require.main === module) {
  benchClean().then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
