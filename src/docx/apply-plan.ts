import type { Document, Element, Node } from "@xmldom/xmldom";
import type { Edit, EditPlan } from "../core/edits/plan";
import { DocxError } from "./errors";
import { openDocx, type DocxPackage, type Relationship } from "./package";
import {
  childElements,
  createW,
  isW,
  parsePart,
  serialisePart,
  wAttr,
  wChild,
} from "./strip/ooxml";
import { NS, REL } from "./xml";

/**
 * Apply an EditPlan to .docx bytes: the file-side twin of src/word/apply-plan.ts, for the command
 * line (`imr anonymise`) and for the pane working on getFileAsync bytes.
 *
 * Block ids mean what the reader (read/blocks.ts, read/docx.ts) says they mean: body blocks
 * b0, b1, ... in reading order (paragraphs and top-level tables, through block-level content
 * controls and custom XML / w:ins / w:moveTo wrappers), then the header blocks h0, ... of the
 * header parts the sections reference (each part once, default before first before even), then
 * footers f0, .... Text is read the reader's way too (w:t; w:tab/w:ptab "\t"; w:br/w:cr " ";
 * w:noBreakHyphen "-"; tracked deletions and field codes skipped; a cell's paragraphs joined with
 * "\n", nested tables flattened), so a plan made from readDocx's DocModel lines up exactly.
 *
 * Supported edits: replaceText and replaceCellText. A replacement keeps the formatting of the
 * first run it touches: its text goes into that run, and the rest of the old text is taken out
 * of the runs after it (runs left empty are removed). Before anything changes, every edit's
 * expected text is checked at its offsets; if one does not match, or two overlap, nothing is
 * changed and the edits are returned. replaceTable and insertTableRow are refused (whole-table
 * rewrites need the table's formatting decided; the Word adapter does them).
 */

export type DocxApplyResult =
  { ok: true; bytes: Uint8Array; applied: number } | { ok: false; reason: string; stale: Edit[] };

type TextEdit = Extract<Edit, { kind: "replaceText" }>;
type CellEdit = Extract<Edit, { kind: "replaceCellText" }>;

/** One piece of a paragraph's (or a cell's) text and the element it comes from. */
interface Segment {
  start: number;
  end: number;
  /** w:t (editable text), another run child (tab, break), or a paragraph break inside a cell. */
  kind: "t" | "mark" | "paragraph-break";
  el?: Element;
}

interface TextSource {
  text: string;
  segments: Segment[];
  part: string;
}

type EditBlock =
  | { kind: "paragraph"; id: string; part: string; p: Element }
  | { kind: "table"; id: string; part: string; cells: Element[][][] };

const RUN_TEXT: Record<string, string> = {
  tab: "\t",
  ptab: "\t",
  br: " ",
  cr: " ",
  noBreakHyphen: "-",
};

const INLINE_WRAPPERS = new Set([
  "hyperlink",
  "smartTag",
  "customXml",
  "ins",
  "moveTo",
  "fldSimple",
  "dir",
  "bdo",
]);

/** Block-, row- and cell-level wrappers the reader reads through. */
function isWrapper(el: Element): boolean {
  return isW(el, "customXml") || isW(el, "ins") || isW(el, "moveTo");
}

function sdtContent(sdt: Element): Element | undefined {
  return wChild(sdt, "sdtContent");
}

/** The text segments of one w:p, in the reader's order. */
function paragraphSegments(p: Element, out: Segment[], at: number): number {
  let pos = at;
  const inline = (container: Element): void => {
    for (const n of childElements(container)) {
      if (!isW(n)) continue;
      const name = n.localName ?? "";
      if (name === "r") {
        for (const c of childElements(n)) {
          if (!isW(c)) continue;
          const cname = c.localName ?? "";
          const text = cname === "t" ? (c.textContent ?? "") : RUN_TEXT[cname];
          if (text === undefined || text === "") continue;
          out.push({
            start: pos,
            end: pos + text.length,
            kind: cname === "t" ? "t" : "mark",
            el: c,
          });
          pos += text.length;
        }
      } else if (INLINE_WRAPPERS.has(name)) inline(n);
      else if (name === "sdt") {
        const content = sdtContent(n);
        if (content) inline(content);
      }
    }
  };
  inline(p);
  return pos;
}

function textOf(paragraphs: readonly Element[], part: string): TextSource {
  const segments: Segment[] = [];
  let pos = 0;
  paragraphs.forEach((p, i) => {
    if (i > 0) {
      segments.push({ start: pos, end: pos + 1, kind: "paragraph-break" });
      pos += 1;
    }
    pos = paragraphSegments(p, segments, pos);
  });
  const text = segments
    .map((s) => (s.kind === "paragraph-break" ? "\n" : textOfSegment(s)))
    .join("");
  return { text, segments, part };
}

function textOfSegment(s: Segment): string {
  if (s.kind === "t") return s.el?.textContent ?? "";
  return RUN_TEXT[s.el?.localName ?? ""] ?? "";
}

function rowsOf(container: Element, out: Element[] = []): Element[] {
  for (const n of childElements(container)) {
    if (isW(n, "tr")) out.push(n);
    else if (isW(n, "sdt")) {
      const content = sdtContent(n);
      if (content) rowsOf(content, out);
    } else if (isWrapper(n)) rowsOf(n, out);
  }
  return out;
}

function cellsOf(container: Element, out: Element[] = []): Element[] {
  for (const n of childElements(container)) {
    if (isW(n, "tc")) out.push(n);
    else if (isW(n, "sdt")) {
      const content = sdtContent(n);
      if (content) cellsOf(content, out);
    } else if (isWrapper(n)) cellsOf(n, out);
  }
  return out;
}

function cellParagraphs(container: Element, out: Element[] = []): Element[] {
  for (const n of childElements(container)) {
    if (isW(n, "p")) out.push(n);
    else if (isW(n, "tbl")) {
      for (const row of rowsOf(n)) for (const cell of cellsOf(row)) cellParagraphs(cell, out);
    } else if (isW(n, "sdt")) {
      const content = sdtContent(n);
      if (content) cellParagraphs(content, out);
    } else if (isWrapper(n)) cellParagraphs(n, out);
  }
  return out;
}

/** Blocks of one story, numbered as the reader numbers them; collects section properties. */
class BlockWalker {
  readonly blocks: EditBlock[] = [];
  readonly sectionProps: Element[] = [];
  private count = 0;

  constructor(private readonly prefix: string) {}

  walk(container: Element, part: string): void {
    for (const n of childElements(container)) {
      if (isW(n, "p")) {
        const sectPr = wChild(wChild(n, "pPr"), "sectPr");
        if (sectPr) this.sectionProps.push(sectPr);
        this.blocks.push({ kind: "paragraph", id: this.nextId(), part, p: n });
      } else if (isW(n, "tbl")) {
        const cells = rowsOf(n).map((row) => cellsOf(row).map((cell) => cellParagraphs(cell)));
        this.blocks.push({ kind: "table", id: this.nextId(), part, cells });
      } else if (isW(n, "sdt")) {
        const content = sdtContent(n);
        if (content) this.walk(content, part);
      } else if (isWrapper(n)) this.walk(n, part);
      else if (isW(n, "sectPr")) this.sectionProps.push(n);
    }
  }

  private nextId(): string {
    return `${this.prefix}${this.count++}`;
  }
}

const REFERENCE_ORDER = ["default", "first", "even"];

function isRelType(r: Relationship, kind: "header" | "footer"): boolean {
  return r.type === REL[kind] || r.type.endsWith(`/relationships/${kind}`);
}

/** Header (or footer) parts in the order the sections name them, each once (as the reader). */
function referencedParts(
  sectionProps: readonly Element[],
  kind: "header" | "footer",
  rels: readonly Relationship[],
): string[] {
  const byId = new Map(
    rels.filter((r) => !r.external && isRelType(r, kind)).map((r) => [r.id, r.target]),
  );
  const out: string[] = [];
  for (const sectPr of sectionProps) {
    const refs = childElements(sectPr).filter((n) => isW(n, `${kind}Reference`));
    refs.sort(
      (a, b) =>
        REFERENCE_ORDER.indexOf(wAttr(a, "type") ?? "default") -
        REFERENCE_ORDER.indexOf(wAttr(b, "type") ?? "default"),
    );
    for (const ref of refs) {
      const id = ref.getAttributeNS(NS.r, "id") ?? ref.getAttributeNS(NS.rStrict, "id") ?? "";
      const target = byId.get(id);
      if (target && !out.includes(target)) out.push(target);
    }
  }
  return out;
}

/** The package opened for editing: every block by id, and the parsed parts to write back. */
export interface EditableDocx {
  pkg: DocxPackage;
  blocks: Map<string, EditBlock>;
  docs: Map<string, Document>;
}

async function parse(pkg: DocxPackage, path: string): Promise<Document | undefined> {
  const text = await pkg.text(path);
  return text === undefined ? undefined : parsePart(text, path);
}

/** Open .docx bytes and number their blocks as readDocx does. Throws DocxError for bad input. */
export async function openEditable(bytes: Uint8Array): Promise<EditableDocx> {
  const pkg = await openDocx(bytes);
  const doc = await parse(pkg, pkg.mainPart);
  const root = doc?.documentElement ?? undefined;
  const body = root && isW(root, "document") ? wChild(root, "body") : undefined;
  if (!doc || !body)
    throw new DocxError(`the file is damaged: ${pkg.mainPart} has no document body`);
  const docs = new Map<string, Document>([[pkg.mainPart, doc]]);
  const bodyWalker = new BlockWalker("b");
  bodyWalker.walk(body, pkg.mainPart);
  const rels = await pkg.relationships(pkg.mainPart);
  const stories: EditBlock[] = [];
  for (const [kind, prefix] of [
    ["header", "h"],
    ["footer", "f"],
  ] as const) {
    const walker = new BlockWalker(prefix);
    for (const path of referencedParts(bodyWalker.sectionProps, kind, rels)) {
      const partDoc = await parse(pkg, path);
      if (!partDoc?.documentElement) continue;
      docs.set(path, partDoc);
      walker.walk(partDoc.documentElement, path);
    }
    stories.push(...walker.blocks);
  }
  const blocks = new Map<string, EditBlock>();
  for (const b of [...bodyWalker.blocks, ...stories]) blocks.set(b.id, b);
  return { pkg, blocks, docs };
}

/** The text of every block as this module reads it (tests compare it with readDocx). */
export function blockTexts(docx: EditableDocx): Map<string, string | string[][]> {
  const out = new Map<string, string | string[][]>();
  for (const [id, b] of docx.blocks) {
    out.set(
      id,
      b.kind === "paragraph"
        ? textOf([b.p], b.part).text
        : b.cells.map((row) => row.map((cell) => textOf(cell, b.part).text)),
    );
  }
  return out;
}

interface Job {
  edit: TextEdit | CellEdit;
  /** Key of the text it edits: one paragraph or one cell. */
  key: string;
  source: TextSource;
  start: number;
  end: number;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Check one edit against the file; the job to do, or why it cannot be done. */
function verify(
  docx: EditableDocx,
  edit: TextEdit | CellEdit,
  sources: Map<string, TextSource>,
): Job | "stale" | "spans-paragraphs" {
  const blockId = edit.kind === "replaceText" ? edit.location.blockId : edit.blockId;
  const block = docx.blocks.get(blockId);
  const start = edit.kind === "replaceText" ? edit.location.start : edit.start;
  const end = edit.kind === "replaceText" ? edit.location.end : edit.end;
  let key: string;
  let paragraphs: Element[] | undefined;
  if (edit.kind === "replaceText") {
    key = blockId;
    paragraphs = block?.kind === "paragraph" ? [block.p] : undefined;
  } else {
    key = `${blockId}#${edit.row}.${edit.column}`;
    paragraphs = block?.kind === "table" ? block.cells[edit.row]?.[edit.column] : undefined;
  }
  if (!block || !paragraphs) return "stale";
  let source = sources.get(key);
  if (!source) {
    source = textOf(paragraphs, block.part);
    sources.set(key, source);
  }
  if (
    end - start !== edit.expected.length ||
    start < 0 ||
    source.text.slice(start, end) !== edit.expected
  )
    return "stale";
  if (source.segments.some((s) => s.kind === "paragraph-break" && s.start >= start && s.end <= end))
    return "spans-paragraphs";
  return { edit, key, source, start, end };
}

function setText(t: Element, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild((t.ownerDocument as Document).createTextNode(text));
  if (/^\s|\s$|\s\s|\t|\n/.test(text)) t.setAttributeNS(XML_NS, "xml:space", "preserve");
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** Replace [start, end) of a text source in place; the runs touched are added to `touched`. */
function replaceRange(job: Job, touched: Set<Element>): void {
  const { source, start, end } = job;
  const inRange = source.segments.filter((s) => s.start < end && start < s.end);
  let placed = false;
  for (const seg of inRange) {
    const el = seg.el as Element;
    const run = el.parentNode as Element;
    touched.add(run);
    if (seg.kind === "t") {
      const current = el.textContent ?? "";
      const before = placed ? "" : current.slice(0, Math.max(0, start - seg.start));
      const after = seg.end > end ? current.slice(end - seg.start) : "";
      setText(el, before + (placed ? "" : job.edit.replacement) + after);
      placed = true;
    } else {
      if (!placed) {
        const t = createW(el, "t");
        setText(t, job.edit.replacement);
        run.insertBefore(t, el);
        placed = true;
      }
      run.removeChild(el);
    }
  }
}

/** Remove w:t elements left empty, and runs left with nothing but their properties. */
function tidy(runs: Iterable<Element>): void {
  for (const run of runs) {
    for (const c of childElements(run))
      if (isW(c, "t") && (c.textContent ?? "") === "") run.removeChild(c);
    if (childElements(run).every((c) => isW(c, "rPr")) && run.parentNode)
      run.parentNode.removeChild(run as Node);
  }
}

/**
 * Apply `plan` to .docx bytes. All or nothing: the bytes come back changed only when every edit
 * could be made. Throws DocxError when the bytes are not a readable .docx.
 */
export async function applyPlanToDocx(bytes: Uint8Array, plan: EditPlan): Promise<DocxApplyResult> {
  const unsupported = plan.edits.filter(
    (e) => e.kind !== "replaceText" && e.kind !== "replaceCellText",
  );
  if (unsupported.length > 0)
    return {
      ok: false,
      reason:
        "Rewriting a whole table or inserting a table row is not supported in a .docx file here (do it in Word with the add-in). Nothing was changed.",
      stale: unsupported,
    };
  if (plan.edits.length === 0) return { ok: true, bytes: bytes.slice(), applied: 0 };
  const docx = await openEditable(bytes);
  const sources = new Map<string, TextSource>();
  const jobs: Job[] = [];
  const stale: Edit[] = [];
  const split: Edit[] = [];
  for (const edit of plan.edits as Array<TextEdit | CellEdit>) {
    const job = verify(docx, edit, sources);
    if (job === "stale") stale.push(edit);
    else if (job === "spans-paragraphs") split.push(edit);
    else jobs.push(job);
  }
  if (stale.length > 0)
    return {
      ok: false,
      reason: `${plural(stale.length, "change", "changes")} could not be made because the text is not what the plan expected (it has changed since the plan was made). Nothing was changed.`,
      stale,
    };
  if (split.length > 0)
    return {
      ok: false,
      reason: `${plural(split.length, "change runs", "changes run")} across two paragraphs of a table cell, which cannot be replaced safely. Nothing was changed: edit ${split.length === 1 ? "it" : "them"} by hand.`,
      stale: split,
    };
  const byKey = new Map<string, Job[]>();
  for (const j of jobs) byKey.set(j.key, [...(byKey.get(j.key) ?? []), j]);
  const overlapping = new Set<Edit>();
  for (const list of byKey.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++)
      if (list[i].start < list[i - 1].end) overlapping.add(list[i].edit).add(list[i - 1].edit);
  }
  if (overlapping.size > 0)
    return {
      ok: false,
      reason: "Some changes overlap each other, so none were made.",
      stale: [...overlapping],
    };
  const touched = new Set<Element>();
  const parts = new Set<string>();
  for (const list of byKey.values()) {
    // Later text first: each replacement leaves the offsets before it as they were.
    for (const job of [...list].reverse()) {
      replaceRange(job, touched);
      parts.add(job.source.part);
    }
  }
  tidy(touched);
  const names = docx.pkg.paths();
  for (const part of parts) {
    const doc = docx.docs.get(part) as Document;
    const stored = names.find((n) => n.toLowerCase() === part.toLowerCase()) ?? part;
    docx.pkg.zip.file(stored, serialisePart(doc));
  }
  const out = await docx.pkg.zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { ok: true, bytes: out, applied: jobs.length };
}
