import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import type { Document, Element, Node } from "@xmldom/xmldom";

/**
 * Test helpers: build small .docx packages from WordprocessingML snippets, and read text back
 * with a reader independent of the stripper.
 */

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS_DECLS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" mc:Ignorable="w14"';

export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Red italic run (guidance formatting as direct formatting). */
export function g(text: string, colour = "FF0000"): string {
  return `<w:r><w:rPr><w:i/><w:iCs/><w:color w:val="${colour}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

/** A plain run (the author's text). */
export function a(text: string, rPr = ""): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

export function p(...runs: string[]): string {
  return `<w:p>${runs.join("")}</w:p>`;
}

export function pStyled(style: string, ...runs: string[]): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs.join("")}</w:p>`;
}

export function heading(text: string, level = 1): string {
  return pStyled(`Heading${level}`, a(text));
}

let sdtId = 1000;
/** A content control with a guidance tag around `content` (runs, paragraphs, rows or cells). */
export function gsdt(content: string, noteId = "note", extraPr = ""): string {
  return `<w:sdt><w:sdtPr><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr><w:alias w:val="Guidance note"/><w:tag w:val="imr:guidance:dhr:${noteId}"/><w:id w:val="${sdtId++}"/>${extraPr}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

/** A content control that is not guidance. */
export function sdt(content: string, tag = "imr:section:intro"): string {
  return `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/><w:id w:val="${sdtId++}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

export function tc(...paras: string[]): string {
  return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paras.join("")}</w:tc>`;
}

export function tr(...cells: string[]): string {
  return `<w:tr>${cells.join("")}</w:tr>`;
}

export function tbl(...rows: string[]): string {
  const cols = Math.max(1, ...rows.map((r) => (r.match(/<w:tc>/g) ?? []).length));
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(cols)}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

export const SECT_PR =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';

export const BASE_STYLES = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>`;

export interface DocxSpec {
  /** Body content (block-level XML), without w:sectPr (added). */
  body: string;
  /** Extra w:style elements. */
  styles?: string;
  headers?: string[];
  footers?: string[];
  /** w:comment elements. */
  comments?: string;
  /** w:footnote elements (separators are added). */
  footnotes?: string;
  /** a:clrScheme content for word/theme/theme1.xml. */
  themeColours?: string;
  /** Skip the trailing sectPr. */
  noSectPr?: boolean;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export async function makeDocx(spec: DocxSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
  ];
  const rels: string[] = [
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
  ];
  let sectRefs = "";
  (spec.headers ?? []).forEach((h, i) => {
    const name = `header${i + 1}.xml`;
    zip.file(`word/${name}`, `${XML_DECL}<w:hdr ${NS_DECLS}>${h}</w:hdr>`);
    overrides.push(
      `<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rIdH${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="${name}"/>`,
    );
    if (i === 0) sectRefs += `<w:headerReference w:type="default" r:id="rIdH${i}"/>`;
  });
  (spec.footers ?? []).forEach((f, i) => {
    const name = `footer${i + 1}.xml`;
    zip.file(`word/${name}`, `${XML_DECL}<w:ftr ${NS_DECLS}>${f}</w:ftr>`);
    overrides.push(
      `<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rIdF${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="${name}"/>`,
    );
    if (i === 0) sectRefs += `<w:footerReference w:type="default" r:id="rIdF${i}"/>`;
  });
  if (spec.comments !== undefined) {
    zip.file(
      "word/comments.xml",
      `${XML_DECL}<w:comments ${NS_DECLS}>${spec.comments}</w:comments>`,
    );
    overrides.push(
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
    );
    rels.push(
      '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>',
    );
  }
  if (spec.footnotes !== undefined) {
    zip.file(
      "word/footnotes.xml",
      `${XML_DECL}<w:footnotes ${NS_DECLS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${spec.footnotes}</w:footnotes>`,
    );
    overrides.push(
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>',
    );
    rels.push(
      '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>',
    );
  }
  if (spec.themeColours !== undefined) {
    zip.file(
      "word/theme/theme1.xml",
      `${XML_DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Test"><a:themeElements><a:clrScheme name="Test">${spec.themeColours}</a:clrScheme></a:themeElements></a:theme>`,
    );
    overrides.push(
      '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
    );
    rels.push(
      '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>',
    );
  }
  zip.file(
    "[Content_Types].xml",
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  zip.file(
    "word/styles.xml",
    `${XML_DECL}<w:styles ${NS_DECLS}>${BASE_STYLES}${spec.styles ?? ""}</w:styles>`,
  );
  const sect = spec.noSectPr ? "" : SECT_PR.replace("<w:sectPr>", `<w:sectPr>${sectRefs}`);
  zip.file(
    "word/document.xml",
    `${XML_DECL}<w:document ${NS_DECLS}><w:body>${spec.body}${sect}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function readPart(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.async("string");
}

export async function partNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files).filter((n) => !zip.files[n].dir);
}

/** Parse strictly: throws on any XML error. */
export function parseStrict(xml: string): Document {
  return new DOMParser({
    // XML's own end-of-line handling only: U+2028 and U+2029 are text.
    normalizeLineEndings: (t: string) => t.replace(/\r\n?/g, "\n"),
    onError: (level, msg) => {
      if (level !== "warning") throw new Error(msg);
    },
  }).parseFromString(xml, "application/xml");
}

function isEl(n: Node | null): n is Element {
  return !!n && n.nodeType === 1;
}

function wn(n: Node): string {
  return isEl(n) && n.namespaceURI === W ? (n.localName ?? "") : "";
}

/** Visible text of one paragraph (w:t, tabs, breaks; not deleted text). */
export function paraText(para: Element): string {
  let out = "";
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      const name = wn(c);
      if (name === "t") out += c.textContent ?? "";
      else if (name === "tab") out += "\t";
      else if (name === "br") out += "\n";
      else if (name === "del" || name === "moveFrom" || name === "instrText") continue;
      else if (isEl(c)) walk(c);
    }
  };
  walk(para);
  return out;
}

/** Every w:p under the root in document order (none are nested outside text boxes). */
export function paragraphs(root: Element | Document): Element[] {
  return Array.from((root as Document).getElementsByTagNameNS(W, "p"));
}

export function paragraphTexts(xml: string): string[] {
  return paragraphs(parseStrict(xml)).map(paraText);
}

/** All deleted text (w:delText) in order. */
export function deletedText(xml: string): string {
  return Array.from(parseStrict(xml).getElementsByTagNameNS(W, "delText"))
    .map((e) => e.textContent ?? "")
    .join("");
}

export function count(xml: string, localName: string): number {
  return parseStrict(xml).getElementsByTagNameNS(W, localName).length;
}

/** Structural checks every stripped document must pass. */
export function assertValidStructure(xml: string): void {
  const doc = parseStrict(xml);
  for (const cell of Array.from(doc.getElementsByTagNameNS(W, "tc"))) {
    let last: Element | undefined;
    for (let c = cell.lastChild; c; c = c.previousSibling) {
      if (isEl(c) && ["p", "tbl", "sdt", "customXml"].includes(wn(c))) {
        last = c;
        break;
      }
    }
    if (!last || !["p", "sdt", "customXml"].includes(wn(last)))
      throw new Error("a table cell does not end with a paragraph");
  }
  for (const t of Array.from(doc.getElementsByTagNameNS(W, "tbl"))) {
    if (t.getElementsByTagNameNS(W, "tr").length === 0) throw new Error("a table has no rows");
  }
  for (const s of Array.from(doc.getElementsByTagNameNS(W, "sdt"))) {
    const tag = s.getElementsByTagNameNS(W, "tag")[0]?.getAttributeNS(W, "val") ?? "";
    if (tag.startsWith("imr:guidance:")) throw new Error("a guidance control is left");
  }
  const chars = Array.from(doc.getElementsByTagNameNS(W, "fldChar")).map((f) =>
    f.getAttributeNS(W, "fldCharType"),
  );
  let depth = 0;
  for (const c of chars) {
    if (c === "begin") depth++;
    if (c === "end") depth--;
    if (depth < 0) throw new Error("field end without begin");
  }
  if (depth !== 0) throw new Error("unbalanced fields");
  const ids = (name: string): string[] =>
    Array.from(doc.getElementsByTagNameNS(W, name)).map((e) => e.getAttributeNS(W, "id") ?? "");
  const sorted = (xs: string[]): string => [...xs].sort().join(",");
  if (sorted(ids("bookmarkStart")) !== sorted(ids("bookmarkEnd")))
    throw new Error("unbalanced bookmarks");
  if (sorted(ids("commentRangeStart")) !== sorted(ids("commentRangeEnd")))
    throw new Error("unbalanced comment ranges");
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  if (body) {
    const blocks = Array.from(body.childNodes).filter(
      (c) => isEl(c) && ["p", "tbl", "sdt"].includes(wn(c)),
    );
    if (blocks.length === 0) throw new Error("the body is empty");
  }
}
