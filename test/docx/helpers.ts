import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import type { Document } from "@xmldom/xmldom";
import { writeZip, type Part } from "../../src/docx/package";
import { PackSchema, type Pack, type PackInput } from "../../src/core/packs/schema";
import type { Block, DocModel, ParagraphBlock, TableBlock } from "../../src/core/model/types";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Parse XML strictly: any warning or error fails the test with the part's name. */
export function parseStrict(xml: string, name: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => void problems.push(`${level}: ${msg}`),
  }).parseFromString(xml, "application/xml");
  if (problems.length > 0) throw new Error(`${name} is not well-formed: ${problems.join("; ")}`);
  return doc;
}

export async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name];
    if (!f.dir) out.set(name, await f.async("string"));
  }
  return out;
}

export interface DocxSpec {
  /** Inner XML of w:body. */
  body: string;
  /** Inner XML of w:styles (w:style elements, w:docDefaults). Omit for no styles part. */
  styles?: string;
  /** Inner XML of header parts (each becomes a w:hdr referenced from the final sectPr). */
  headers?: string[];
  footers?: string[];
  /** Extra parts, e.g. custom XML. */
  extra?: Part[];
}

/** Build a minimal but valid .docx around hand-written body XML, as other writers would. */
export async function makeDocx(spec: DocxSpec): Promise<Uint8Array> {
  const headers = spec.headers ?? [];
  const footers = spec.footers ?? [];
  const rels: string[] = [];
  const overrides: string[] = [
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
  ];
  const parts: Part[] = [];
  if (spec.styles !== undefined) {
    rels.push(
      `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
    );
    overrides.push(
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`,
    );
    parts.push({
      path: "word/styles.xml",
      content: `<w:styles xmlns:w="${W_NS}">${spec.styles}</w:styles>`,
    });
  }
  const refs: string[] = [];
  headers.forEach((h, i) => {
    rels.push(
      `<Relationship Id="rIdH${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header${i + 1}.xml"/>`,
    );
    parts.push({
      path: `word/header${i + 1}.xml`,
      content: `<w:hdr xmlns:w="${W_NS}">${h}</w:hdr>`,
    });
    refs.push(`<w:headerReference w:type="${i === 0 ? "default" : "first"}" r:id="rIdH${i}"/>`);
  });
  footers.forEach((f, i) => {
    rels.push(
      `<Relationship Id="rIdF${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer${i + 1}.xml"/>`,
    );
    parts.push({
      path: `word/footer${i + 1}.xml`,
      content: `<w:ftr xmlns:w="${W_NS}">${f}</w:ftr>`,
    });
    refs.push(`<w:footerReference w:type="${i === 0 ? "default" : "first"}" r:id="rIdF${i}"/>`);
  });
  parts.push(
    {
      path: "[Content_Types].xml",
      content: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
    },
    {
      path: "_rels/.rels",
      content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      path: "word/_rels/document.xml.rels",
      content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
    },
    {
      path: "word/document.xml",
      content: `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${spec.body}<w:sectPr>${refs.join("")}</w:sectPr></w:body></w:document>`,
    },
    ...(spec.extra ?? []),
  );
  return writeZip(parts, new Date(Date.UTC(2024, 0, 1)));
}

/** A paragraph of plain runs; each run is [text, rPr inner XML]. */
export function para(runs: Array<string | [string, string]>, pPr = ""): string {
  const body = runs
    .map((r) => (typeof r === "string" ? [r, ""] : r))
    .map(
      ([t, rPr]) =>
        `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${t}</w:t></w:r>`,
    )
    .join("");
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${body}</w:p>`;
}

export const RED_ITALIC = '<w:i/><w:color w:val="FF0000"/>';

/** A small valid pack, with the given overrides. */
export function smallPack(over: Partial<PackInput> = {}): Pack {
  return PackSchema.parse({
    schemaVersion: 1,
    id: "test-pack",
    title: "Test pack",
    reviewType: "DHR",
    description: "A pack for tests.",
    source: "Tests",
    protectiveMarking: { default: "OFFICIAL-SENSITIVE" },
    preamble: [
      {
        id: "intro",
        paragraphs: [
          "Notes in red italics are guidance.",
          { text: "Delete them before you submit.", bullet: true },
        ],
      },
    ],
    cover: {
      title: "Individual Management Review",
      fields: [
        { id: "agency", label: "Agency", hint: "Name of your agency" },
        { id: "author", label: "Author" },
      ],
    },
    sections: [
      {
        id: "intro",
        title: "Introduction",
        guidance: [{ id: "intro-note", paragraphs: ["Say why the review is being held."] }],
      },
      { id: "chronology", title: "Chronology", table: "chronology" },
      {
        id: "analysis",
        title: "Analysis",
        level: 2,
        questions: ["Was the risk assessed?"],
        placeholders: ["Insert your analysis here"],
      },
    ],
    chronology: {
      title: "Chronology",
      columns: [
        { id: "date", header: "Date", kind: "date", example: "01/01/2024" },
        { id: "event", header: "Event", example: "What happened" },
      ],
    },
    qa: {
      defaultSet: "qa",
      sets: [
        { id: "qa", title: "QA", source: "Tests", criteria: [{ id: "c1", text: "Is it clear?" }] },
      ],
    },
    ...over,
  });
}

export function paragraphs(model: DocModel, part: Block["part"] = "body"): ParagraphBlock[] {
  return model.blocks.filter(
    (b): b is ParagraphBlock => b.kind === "paragraph" && (b.part ?? "body") === part,
  );
}

export function tables(model: DocModel, part: Block["part"] = "body"): TableBlock[] {
  return model.blocks.filter(
    (b): b is TableBlock => b.kind === "table" && (b.part ?? "body") === part,
  );
}

/** Guidance text of a paragraph, span by span. */
export function guidanceOf(p: ParagraphBlock): string[] {
  return (p.guidanceSpans ?? []).map((s) => p.text.slice(s.start, s.end));
}

export function squashAll(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
