/**
 * The fake Word host's document: plain data plus the operations Office.js can ask for. No Office.js
 * semantics here (loading, queuing, syncing live in ./proxies.ts); this is "what Word holds".
 *
 * A story (body, primary header, primary footer) is a container of blocks: paragraphs and tables.
 * A table cell is a container of paragraphs. Content controls are block-level only: a control wraps
 * one or more whole paragraphs of one container (a paragraph points at its innermost control;
 * controls point at their parent control). Character formatting lives in runs.
 */

import type { CommentState } from "./comments";
import { notModelled, officeError } from "./errors";

export interface FontState {
  color: string;
  italic: boolean;
  bold: boolean;
  highlightColor: string | null;
}

export const DEFAULT_FONT: FontState = {
  color: "#000000",
  italic: false,
  bold: false,
  highlightColor: null,
};

export function copyFont(f: FontState): FontState {
  return { color: f.color, italic: f.italic, bold: f.bold, highlightColor: f.highlightColor };
}

export interface Run {
  text: string;
  font: FontState;
}

export type ContainerKind = "body" | "header" | "footer" | "cell";

export interface Container {
  kind: ContainerKind;
  blocks: Block[];
  /** For a cell: the cell itself. */
  cell?: Cell;
}

export type Block = Para | Table;

let uidCounter = 0;
function nextUid(): string {
  uidCounter += 1;
  const hex = uidCounter.toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
}

/** A live position: offsets move when text before them changes (Word ranges are live too). */
export class Anchor {
  constructor(
    public para: Para,
    public offset: number,
  ) {
    para.anchors.add(this);
  }
  get alive(): boolean {
    return !this.para.deleted;
  }
}

export class Para {
  readonly kind = "paragraph";
  readonly uid = nextUid();
  runs: Run[];
  style: string;
  /** Formatting of the paragraph mark: what text typed into an empty paragraph takes. */
  mark: FontState;
  cc: ContentControlState | null = null;
  deleted = false;
  anchors = new Set<Anchor>();
  constructor(
    public container: Container,
    text: string,
    style = "Normal",
    font: FontState = DEFAULT_FONT,
  ) {
    this.runs = text ? [{ text, font: copyFont(font) }] : [];
    this.style = style;
    this.mark = copyFont(font);
  }
  get text(): string {
    let s = "";
    for (const r of this.runs) s += r.text;
    return s;
  }
}

export class Cell {
  readonly container: Container;
  constructor(
    public table: Table,
    paragraph: (c: Container) => Para,
  ) {
    this.container = { kind: "cell", blocks: [], cell: this };
    this.container.blocks.push(paragraph(this.container));
  }
  get paragraphs(): Para[] {
    return this.container.blocks as Para[];
  }
  get text(): string {
    return this.paragraphs.map((p) => p.text).join("\r");
  }
  get rowIndex(): number {
    return this.table.rows.findIndex((r) => r.includes(this));
  }
  get cellIndex(): number {
    return this.table.rows[this.rowIndex].indexOf(this);
  }
}

export class Table {
  readonly kind = "table";
  readonly uid = nextUid();
  rows: Cell[][] = [];
  headerRowCount = 0;
  style = "Table Grid";
  deleted = false;
  constructor(public container: Container) {}
  get values(): string[][] {
    return this.rows.map((r) => r.map((c) => c.text));
  }
}

export class ContentControlState {
  tag = "";
  title = "";
  appearance: "BoundingBox" | "Tags" | "Hidden" = "BoundingBox";
  color = "#000000";
  placeholderText = "";
  deleted = false;
  constructor(
    public readonly id: number,
    public parent: ContentControlState | null,
  ) {}
}

export interface CustomXmlPartState {
  id: string;
  namespaceUri: string;
  xml: string;
  deleted: boolean;
}

/** A range: two live positions, possibly in different paragraphs of one story. */
export interface RangeState {
  start: Anchor;
  end: Anchor;
}

export interface ChangeLog {
  changed: Set<string>;
  added: Set<string>;
  deleted: Set<string>;
}

// ---------------------------------------------------------------------------------------------
// Colours and styles

const NAMED_COLOURS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  gray: "#808080",
  grey: "#808080",
};

/** Word accepts "#RRGGBB" or a colour name; anything else is an InvalidArgument error. */
export function normaliseColour(value: unknown, what: string): string {
  if (typeof value === "string") {
    if (/^#[0-9a-fA-F]{6}$/.test(value)) return value.toUpperCase();
    const named = NAMED_COLOURS[value.toLowerCase()];
    if (named) return named;
  }
  throw officeError(
    "InvalidArgument",
    `FakeWord: ${what} must be "#RRGGBB" or a colour name, not ${JSON.stringify(value)}`,
  );
}

/** Word.BuiltInStyleName values the fake knows, with the (English) style names Word shows. */
export const BUILT_IN_STYLES: Record<string, string> = {
  Normal: "Normal",
  Heading1: "Heading 1",
  Heading2: "Heading 2",
  Heading3: "Heading 3",
  Heading4: "Heading 4",
  Heading5: "Heading 5",
  Heading6: "Heading 6",
  Heading7: "Heading 7",
  Heading8: "Heading 8",
  Heading9: "Heading 9",
  Title: "Title",
  Subtitle: "Subtitle",
  Header: "Header",
  Footer: "Footer",
  Caption: "Caption",
  Quote: "Quote",
  ListParagraph: "List Paragraph",
  NoSpacing: "No Spacing",
  TableGrid: "Table Grid",
  GridTable1Light: "Grid Table 1 Light",
  PlainTable1: "Plain Table 1",
};

export function styleNameOf(builtIn: unknown): string {
  const name = typeof builtIn === "string" ? BUILT_IN_STYLES[builtIn] : undefined;
  if (!name) throw notModelled(`built-in style ${JSON.stringify(builtIn)}`);
  return name;
}

export function builtInOf(styleName: string): string {
  for (const [k, v] of Object.entries(BUILT_IN_STYLES)) if (v === styleName) return k;
  return "Other";
}

// ---------------------------------------------------------------------------------------------
// The document

export interface SelectionState {
  start: Anchor;
  end: Anchor;
}

/** Word.HeaderFooterType. */
export type HeaderFooterType = "Primary" | "FirstPage" | "EvenPages";
export const HEADER_FOOTER_TYPES: readonly HeaderFooterType[] = [
  "Primary",
  "FirstPage",
  "EvenPages",
];

/**
 * A section's headers and footers. A story linked to the previous section's (Word's default for a
 * new section) is the same Container object, so an edit through either changes both, as in Word.
 */
export interface SectionState {
  headers: Record<HeaderFooterType, Container>;
  footers: Record<HeaderFooterType, Container>;
}

function emptyStory(kind: "header" | "footer"): Container {
  const c: Container = { kind, blocks: [] };
  c.blocks.push(new Para(c, "", kind === "header" ? "Header" : "Footer"));
  return c;
}

export function newSection(previous?: SectionState): SectionState {
  const stories = (kind: "header" | "footer") =>
    Object.fromEntries(
      HEADER_FOOTER_TYPES.map((t) => [
        t,
        previous ? previous[kind === "header" ? "headers" : "footers"][t] : emptyStory(kind),
      ]),
    ) as Record<HeaderFooterType, Container>;
  return { headers: stories("header"), footers: stories("footer") };
}

export class DocState {
  readonly body: Container = { kind: "body", blocks: [] };
  /** Sections in order (the body is not split between them: see README). */
  sections: SectionState[] = [newSection()];
  readonly controls: ContentControlState[] = [];
  readonly parts: CustomXmlPartState[] = [];
  /** Comments (WordApi 1.4): see ./comments.ts. */
  readonly comments: CommentState[] = [];
  selection!: SelectionState;
  log: ChangeLog = { changed: new Set(), added: new Set(), deleted: new Set() };
  private nextControlId = 1;
  private nextPartId = 1;

  constructor(paragraphs: readonly string[]) {
    const texts = paragraphs.length > 0 ? paragraphs : [""];
    for (const t of texts) this.body.blocks.push(new Para(this.body, t));
    const first = this.body.blocks[0] as Para;
    this.selection = { start: new Anchor(first, 0), end: new Anchor(first, 0) };
  }

  /** The first section's primary header and footer. */
  get header(): Container {
    return this.sections[0].headers.Primary;
  }
  get footer(): Container {
    return this.sections[0].footers.Primary;
  }

  /** The body, then every distinct header and footer story. */
  stories(): Container[] {
    const out: Container[] = [this.body];
    for (const s of this.sections)
      for (const c of [...Object.values(s.headers), ...Object.values(s.footers)])
        if (!out.includes(c)) out.push(c);
    return out;
  }

  newControl(parent: ContentControlState | null): ContentControlState {
    const cc = new ContentControlState(this.nextControlId++, parent);
    this.controls.push(cc);
    return cc;
  }

  newPart(namespaceUri: string, xml: string): CustomXmlPartState {
    const part = { id: `{FAKE-PART-${this.nextPartId++}}`, namespaceUri, xml, deleted: false };
    this.parts.push(part);
    return part;
  }

  changed(p: Para): void {
    if (!this.log.added.has(p.uid)) this.log.changed.add(p.uid);
  }
  added(p: Para): void {
    this.log.added.add(p.uid);
  }
  removed(p: Para): void {
    this.log.changed.delete(p.uid);
    if (this.log.added.has(p.uid)) this.log.added.delete(p.uid);
    else this.log.deleted.add(p.uid);
  }
  takeLog(): ChangeLog {
    const log = this.log;
    this.log = { changed: new Set(), added: new Set(), deleted: new Set() };
    return log;
  }
}

// ---------------------------------------------------------------------------------------------
// Walking

/** Every paragraph of a container in document order, table cells included (as Word lists them). */
export function paragraphsOf(container: Container): Para[] {
  const out: Para[] = [];
  for (const b of container.blocks) {
    if (b.kind === "paragraph") out.push(b);
    else
      for (const row of b.rows) for (const cell of row) out.push(...paragraphsOf(cell.container));
  }
  return out;
}

export function tablesOf(container: Container): Table[] {
  const out: Table[] = [];
  for (const b of container.blocks) {
    if (b.kind === "table") {
      out.push(b);
      for (const row of b.rows) for (const cell of row) out.push(...tablesOf(cell.container));
    }
  }
  return out;
}

/** The story (body, header, footer) a container belongs to. */
export function storyOf(container: Container): Container {
  let c = container;
  while (c.kind === "cell" && c.cell) c = c.cell.table.container;
  return c;
}

export function tableNestingLevel(p: Para): number {
  let level = 0;
  let c = p.container;
  while (c.kind === "cell" && c.cell) {
    level += 1;
    c = c.cell.table.container;
  }
  return level;
}

export function controlChain(p: Para): ContentControlState[] {
  const chain: ContentControlState[] = [];
  for (let c = p.cc; c; c = c.parent) chain.unshift(c);
  return chain;
}

export function isInside(p: Para, cc: ContentControlState): boolean {
  for (let c = p.cc; c; c = c.parent) if (c === cc) return true;
  return false;
}

/** The paragraphs a control wraps, in document order. */
export function controlParagraphs(doc: DocState, cc: ContentControlState): Para[] {
  for (const story of doc.stories()) {
    const ps = paragraphsOf(story).filter((p) => isInside(p, cc));
    if (ps.length > 0) return ps;
  }
  return [];
}

/** Controls in a container, in document order (outer before inner). */
export function controlsOf(paragraphs: readonly Para[]): ContentControlState[] {
  const seen = new Set<ContentControlState>();
  const out: ContentControlState[] = [];
  for (const p of paragraphs) {
    for (const c of controlChain(p)) {
      if (!seen.has(c)) {
        seen.add(c);
        out.push(c);
      }
    }
  }
  return out;
}

/** Drop controls that wrap nothing any more. */
export function pruneControls(doc: DocState): void {
  const live = new Set<ContentControlState>();
  for (const story of doc.stories())
    for (const p of paragraphsOf(story)) for (const c of controlChain(p)) live.add(c);
  for (const c of doc.controls) if (!live.has(c)) c.deleted = true;
}

export function position(p: Para): { story: Container; index: number } {
  const story = storyOf(p.container);
  return { story, index: paragraphsOf(story).indexOf(p) };
}

/** Compare two anchors in one story: negative when a is before b. */
export function compareAnchors(a: Anchor, b: Anchor): number {
  if (a.para === b.para) return a.offset - b.offset;
  const pa = position(a.para);
  const pb = position(b.para);
  if (pa.story !== pb.story)
    throw notModelled("a range spanning two stories (body and header, say)");
  return pa.index - pb.index;
}

export function rangeParagraphs(r: RangeState): Para[] {
  if (r.start.para === r.end.para) return [r.start.para];
  const { story, index: a } = position(r.start.para);
  const b = position(r.end.para).index;
  return paragraphsOf(story).slice(Math.min(a, b), Math.max(a, b) + 1);
}

export function rangeText(r: RangeState): string {
  checkAlive(r);
  const ps = rangeParagraphs(r);
  return ps
    .map((p, i) => {
      const from = i === 0 ? r.start.offset : 0;
      const to = i === ps.length - 1 ? r.end.offset : p.text.length;
      return p.text.slice(from, to);
    })
    .join("\r");
}

export function checkAlive(r: RangeState): void {
  if (!r.start.alive || !r.end.alive)
    throw officeError("InvalidObjectPath", "FakeWord: the range's paragraph has been deleted");
}

export function wholeParagraphRange(p: Para): RangeState {
  return { start: new Anchor(p, 0), end: new Anchor(p, p.text.length) };
}

export function spanRange(first: Para, last: Para): RangeState {
  return { start: new Anchor(first, 0), end: new Anchor(last, last.text.length) };
}

// ---------------------------------------------------------------------------------------------
// Text and formatting in one paragraph

function fontAt(p: Para, offset: number): FontState {
  // Word gives typed text the formatting of the character before it (or after, at the start).
  let at = 0;
  let before: FontState | undefined;
  for (const r of p.runs) {
    if (r.text.length === 0) continue;
    if (offset > at && offset <= at + r.text.length) return r.font;
    if (offset <= at) return before ?? r.font;
    before = r.font;
    at += r.text.length;
  }
  return before ?? p.mark;
}

function splitRunsAt(p: Para, offset: number): number {
  // Ensure a run boundary at `offset`; returns the index of the run starting there.
  let at = 0;
  for (let i = 0; i < p.runs.length; i++) {
    const r = p.runs[i];
    if (offset === at) return i;
    if (offset < at + r.text.length) {
      const cut = offset - at;
      p.runs.splice(
        i,
        1,
        { text: r.text.slice(0, cut), font: r.font },
        { text: r.text.slice(cut), font: copyFont(r.font) },
      );
      return i + 1;
    }
    at += r.text.length;
  }
  return p.runs.length;
}

function mergeRuns(p: Para): void {
  const out: Run[] = [];
  for (const r of p.runs) {
    if (r.text.length === 0) continue;
    const last = out[out.length - 1];
    if (last && sameFont(last.font, r.font)) last.text += r.text;
    else out.push(r);
  }
  p.runs = out;
}

export function sameFont(a: FontState, b: FontState): boolean {
  return (
    a.color === b.color &&
    a.italic === b.italic &&
    a.bold === b.bold &&
    a.highlightColor === b.highlightColor
  );
}

/**
 * Replace [start, end) of a paragraph's text with `text`, formatted like the text it replaces (or
 * the character before it). Live anchors after the edit move; anchors inside it collapse.
 */
export function spliceText(
  doc: DocState,
  p: Para,
  start: number,
  end: number,
  text: string,
  font?: FontState,
): void {
  if (p.deleted) throw officeError("InvalidObjectPath", "FakeWord: the paragraph has been deleted");
  if (/[\r\n]/.test(text))
    throw notModelled(
      "inserting text containing a line break (\\n or \\r); insert paragraphs instead",
    );
  const len = p.text.length;
  if (start < 0 || end > len || start > end)
    throw officeError("InvalidArgument", "FakeWord: range offsets out of bounds");
  const f = copyFont(font ?? (start < end ? fontAt(p, start + 1) : fontAt(p, start)));
  const i = splitRunsAt(p, start);
  const j = splitRunsAt(p, end);
  p.runs.splice(i, j - i, { text, font: f });
  mergeRuns(p);
  const delta = text.length - (end - start);
  for (const a of p.anchors) {
    if (a.offset > end || (a.offset === end && end > start)) a.offset += delta;
    else if (a.offset > start) a.offset = start;
    // anchors at or before `start` stay; a collapsed insertion point stays before the new text
  }
  doc.changed(p);
}

export function setFont(
  doc: DocState,
  p: Para,
  start: number,
  end: number,
  patch: Partial<FontState>,
): void {
  const wholeOrEmpty = start === 0 && end >= p.text.length;
  if (end > start) {
    const i = splitRunsAt(p, start);
    const j = splitRunsAt(p, end);
    for (let k = i; k < j; k++) p.runs[k].font = { ...p.runs[k].font, ...patch };
    mergeRuns(p);
  }
  if (wholeOrEmpty) p.mark = { ...p.mark, ...patch };
  doc.changed(p);
}

/** A property's value over a range: the value, or null where the range is mixed (like Word). */
export function mergedFont(parts: Array<{ p: Para; start: number; end: number }>): {
  [K in keyof FontState]: FontState[K] | null;
} {
  const fonts: FontState[] = [];
  for (const { p, start, end } of parts) {
    let at = 0;
    let any = false;
    for (const r of p.runs) {
      const rs = at;
      const re = at + r.text.length;
      at = re;
      if (re > start && rs < end) {
        fonts.push(r.font);
        any = true;
      }
    }
    if (!any) fonts.push(start >= p.text.length || p.runs.length === 0 ? p.mark : fontAt(p, start));
  }
  const pick = <K extends keyof FontState>(k: K): FontState[K] | null => {
    const v = fonts[0]?.[k];
    return fonts.every((f) => f[k] === v) ? (v as FontState[K]) : null;
  };
  return {
    color: pick("color"),
    italic: pick("italic"),
    bold: pick("bold"),
    highlightColor: pick("highlightColor"),
  };
}

// ---------------------------------------------------------------------------------------------
// Paragraph and table structure

/** Insert a paragraph next to `anchor` (inside the same container and control), like Word. */
export function insertParagraphBeside(
  doc: DocState,
  anchor: Para,
  text: string,
  where: "Before" | "After",
): Para {
  if (anchor.deleted)
    throw officeError("InvalidObjectPath", "FakeWord: the paragraph has been deleted");
  const c = anchor.container;
  const lastFont = anchor.runs.length > 0 ? anchor.runs[anchor.runs.length - 1].font : anchor.mark;
  // A new paragraph takes the formatting of the paragraph it was made from (as pressing Enter does).
  const p = new Para(c, "", anchor.style, anchor.mark);
  if (text) p.runs = [{ text, font: copyFont(lastFont) }];
  p.cc = anchor.cc;
  const i = c.blocks.indexOf(anchor);
  c.blocks.splice(where === "Before" ? i : i + 1, 0, p);
  doc.added(p);
  return p;
}

/** Insert a paragraph at the start or end of a container, outside any control. */
export function insertParagraphInContainer(
  doc: DocState,
  c: Container,
  text: string,
  where: "Start" | "End",
): Para {
  const neighbour = where === "Start" ? firstParagraph(c) : lastParagraph(c);
  const font = neighbour ? neighbour.mark : DEFAULT_FONT;
  const p = new Para(c, text, neighbour?.style ?? "Normal", font);
  if (c.kind === "cell") p.cc = neighbour?.cc ?? null;
  if (where === "Start") c.blocks.unshift(p);
  else c.blocks.push(p);
  doc.added(p);
  return p;
}

function firstParagraph(c: Container): Para | undefined {
  return paragraphsOf(c)[0];
}
function lastParagraph(c: Container): Para | undefined {
  const ps = paragraphsOf(c);
  return ps[ps.length - 1];
}

export function insertParagraphBesideTable(
  doc: DocState,
  t: Table,
  text: string,
  where: "Before" | "After",
): Para {
  const c = t.container;
  const p = new Para(c, text);
  const i = c.blocks.indexOf(t);
  c.blocks.splice(where === "Before" ? i : i + 1, 0, p);
  doc.added(p);
  return p;
}

export function deleteParagraph(doc: DocState, p: Para): void {
  const c = p.container;
  const ps = paragraphsOf(c);
  if (c.kind === "cell" ? c.blocks.length === 1 : ps.length === 1 || c.blocks.length === 1) {
    // Word never leaves a container without a paragraph: the last one is emptied instead.
    spliceText(doc, p, 0, p.text.length, "");
    p.cc = null;
    pruneControls(doc);
    return;
  }
  const i = c.blocks.indexOf(p);
  c.blocks.splice(i, 1);
  p.deleted = true;
  doc.removed(p);
  ensureParagraphAfterTable(doc, c);
  pruneControls(doc);
  moveSelectionOffDeleted(doc);
}

function moveSelectionOffDeleted(doc: DocState): void {
  if (doc.selection.start.alive && doc.selection.end.alive) return;
  const first = paragraphsOf(doc.body)[0];
  doc.selection = { start: new Anchor(first, 0), end: new Anchor(first, 0) };
}

/** Word keeps a paragraph after a table that ends its container. */
export function ensureParagraphAfterTable(doc: DocState, c: Container): void {
  const last = c.blocks[c.blocks.length - 1];
  if (last && last.kind === "table") {
    const p = new Para(c, "");
    c.blocks.push(p);
    doc.added(p);
  }
}

export function newTable(
  doc: DocState,
  c: Container,
  rows: number,
  cols: number,
  values: string[][] | undefined,
): Table {
  if (c.kind === "cell") throw notModelled("nested tables");
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
    throw officeError(
      "InvalidArgument",
      `FakeWord: a table needs at least one row and one column (got ${rows} x ${cols})`,
    );
  }
  checkValues(values, rows, cols, false);
  const t = new Table(c);
  for (let r = 0; r < rows; r++) {
    const row: Cell[] = [];
    for (let k = 0; k < cols; k++) {
      const cell = new Cell(t, (cc) => new Para(cc, values?.[r]?.[k] ?? ""));
      row.push(cell);
      doc.added(cell.paragraphs[0]);
    }
    t.rows.push(row);
  }
  return t;
}

function checkValues(
  values: string[][] | undefined,
  rows: number,
  cols: number,
  exact: boolean,
): void {
  if (values === undefined) return;
  const ok =
    Array.isArray(values) &&
    values.length === rows &&
    values.every(
      (r) =>
        Array.isArray(r) &&
        (exact ? r.length === cols : r.length <= cols) &&
        r.every((v) => typeof v === "string"),
    );
  if (!ok) {
    throw officeError(
      "InvalidArgument",
      `FakeWord: values must be ${rows} row(s) of ${exact ? "" : "at most "}${cols} string(s)`,
    );
  }
}

export function insertTableBeside(
  doc: DocState,
  anchor: Block,
  rows: number,
  cols: number,
  where: "Before" | "After",
  values?: string[][],
): Table {
  const c = anchor.container;
  const t = newTable(doc, c, rows, cols, values);
  const i = c.blocks.indexOf(anchor);
  c.blocks.splice(where === "Before" ? i : i + 1, 0, t);
  ensureParagraphAfterTable(doc, c);
  return t;
}

export function insertTableInContainer(
  doc: DocState,
  c: Container,
  rows: number,
  cols: number,
  where: "Start" | "End",
  values?: string[][],
): Table {
  const t = newTable(doc, c, rows, cols, values);
  if (where === "Start") c.blocks.unshift(t);
  else c.blocks.push(t);
  ensureParagraphAfterTable(doc, c);
  return t;
}

/** New rows copy the formatting (not the controls or text) of the row they are made from. */
export function addRows(
  doc: DocState,
  t: Table,
  at: number,
  count: number,
  template: Cell[],
  values?: string[][],
): Cell[][] {
  if (!Number.isInteger(count) || count < 1)
    throw officeError("InvalidArgument", "FakeWord: rowCount must be at least 1");
  const cols = template.length;
  checkValues(values, count, cols, false);
  const made: Cell[][] = [];
  for (let r = 0; r < count; r++) {
    const row = template.map((tc, k) => {
      const src = tc.paragraphs[0];
      const runFont = src.runs[0]?.font ?? src.mark;
      const cell = new Cell(t, (cc) => {
        const p = new Para(cc, "", src.style, src.mark);
        const text = values?.[r]?.[k] ?? "";
        if (text) p.runs = [{ text, font: copyFont(runFont) }];
        return p;
      });
      doc.added(cell.paragraphs[0]);
      return cell;
    });
    made.push(row);
  }
  t.rows.splice(at, 0, ...made);
  return made;
}

export function deleteRows(doc: DocState, t: Table, index: number, count: number): void {
  if (!Number.isInteger(index) || index < 0 || index + count > t.rows.length || count < 1) {
    throw officeError(
      "InvalidArgument",
      `FakeWord: cannot delete ${count} row(s) from row ${index} of a ${t.rows.length}-row table`,
    );
  }
  if (count === t.rows.length)
    throw notModelled("deleting every row of a table (delete the table instead)");
  const gone = t.rows.splice(index, count);
  for (const row of gone)
    for (const cell of row)
      for (const p of cell.paragraphs) {
        p.deleted = true;
        doc.removed(p);
      }
  pruneControls(doc);
  moveSelectionOffDeleted(doc);
}

/**
 * Table.values = ...: the array must match the table's shape. A cell whose text changes gets one
 * paragraph holding the new text, formatted like the cell's first run; content controls that
 * wrapped the cell's old paragraphs go with them (a modelling assumption, see README).
 */
export function setTableValues(doc: DocState, t: Table, values: string[][]): void {
  const shapeOk =
    Array.isArray(values) &&
    values.length === t.rows.length &&
    values.every((r, i) => Array.isArray(r) && r.length === t.rows[i].length);
  if (!shapeOk) {
    throw officeError(
      "InvalidArgument",
      `FakeWord: Table.values must have the table's shape (${t.rows.length} rows of ${t.rows.map((r) => r.length).join("/")} cells); add or delete rows first`,
    );
  }
  t.rows.forEach((row, r) =>
    row.forEach((cell, k) => {
      const text = values[r][k];
      if (typeof text !== "string")
        throw officeError("InvalidArgument", "FakeWord: table values must be strings");
      if (cell.text === text) return;
      setCellText(doc, cell, text);
    }),
  );
  pruneControls(doc);
}

function setCellText(doc: DocState, cell: Cell, text: string): void {
  const first = cell.paragraphs[0];
  const font = first.runs[0]?.font ?? first.mark;
  for (const p of cell.paragraphs.slice(1)) {
    p.deleted = true;
    doc.removed(p);
  }
  cell.container.blocks = [first];
  const lines = text.split(/\r\n|\r|\n/);
  spliceText(doc, first, 0, first.text.length, "", font);
  first.runs = lines[0] ? [{ text: lines[0], font: copyFont(font) }] : [];
  first.cc = null;
  for (const line of lines.slice(1)) {
    const p = new Para(cell.container, line, first.style, font);
    cell.container.blocks.push(p);
    doc.added(p);
  }
  doc.changed(first);
}

// ---------------------------------------------------------------------------------------------
// Content controls

/** Wrap whole paragraphs (of one container, sharing one innermost control) in a new control. */
export function wrapInControl(doc: DocState, paragraphs: Para[]): ContentControlState {
  if (paragraphs.length === 0)
    throw officeError("InvalidArgument", "FakeWord: nothing to wrap in a content control");
  const c = paragraphs[0].container;
  const parent = paragraphs[0].cc;
  for (const p of paragraphs) {
    if (p.deleted)
      throw officeError("InvalidObjectPath", "FakeWord: the paragraph has been deleted");
    if (p.container !== c)
      throw notModelled("a content control spanning a table or several containers");
    if (p.cc !== parent)
      throw notModelled("a content control that partly overlaps another content control");
  }
  const idx = paragraphs.map((p) => c.blocks.indexOf(p));
  for (let i = 1; i < idx.length; i++)
    if (idx[i] !== idx[i - 1] + 1)
      throw notModelled("a content control around non-adjacent paragraphs");
  const cc = doc.newControl(parent);
  for (const p of paragraphs) {
    p.cc = cc;
    doc.changed(p);
  }
  return cc;
}

/** Wrap the paragraphs a range covers; the range must cover them whole (no inline controls). */
export function wrapRangeInControl(doc: DocState, r: RangeState): ContentControlState {
  checkAlive(r);
  const ps = rangeParagraphs(r);
  const first = ps[0];
  const last = ps[ps.length - 1];
  const whole =
    r.start.offset === 0 &&
    r.end.offset >= last.text.length &&
    (first !== last || r.end.offset >= first.text.length);
  if (!whole) throw notModelled("inline content controls (a control around part of a paragraph)");
  return wrapInControl(doc, ps);
}

export function deleteControl(doc: DocState, cc: ContentControlState, keepContent: boolean): void {
  const ps = controlParagraphs(doc, cc);
  if (keepContent) {
    for (const p of ps) {
      if (p.cc === cc) p.cc = cc.parent;
      doc.changed(p);
    }
  } else {
    for (const p of [...ps].reverse()) deleteParagraph(doc, p);
  }
  // Controls nested inside go with it when the content goes; unwrap leaves them in place.
  for (const c of doc.controls) {
    if (c.parent === cc) c.parent = cc.parent;
  }
  cc.deleted = true;
  pruneControls(doc);
}

// ---------------------------------------------------------------------------------------------
// Search

export interface SearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

/** Word's search text: "^^" is a caret; other ^ codes (^p, ^t, ...) are not modelled. */
function unescapeSearch(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== "^") {
      out += ch;
      continue;
    }
    const next = text[i + 1];
    if (next === "^") {
      out += "^";
      i++;
    } else throw notModelled(`the Word search code "^${next ?? ""}" (escape a caret as "^^")`);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}_']/u;

/** Find `text` in each paragraph part, left to right, without overlaps (as Word does). */
export function search(
  parts: Array<{ p: Para; start: number; end: number }>,
  raw: string,
  options: SearchOptions = {},
): RangeState[] {
  if (typeof raw !== "string" || raw.length === 0)
    throw officeError("InvalidArgument", "FakeWord: the search text is empty");
  if (raw.length > 255) {
    throw officeError(
      "SearchStringInvalidOrTooLong",
      `FakeWord: the search text is ${raw.length} characters; Word allows at most 255`,
    );
  }
  for (const k of [
    "matchWildcards",
    "matchPrefix",
    "matchSuffix",
    "ignorePunct",
    "ignoreSpace",
  ] as const) {
    if (options[k]) throw notModelled(`search option ${k}`);
  }
  const needle0 = unescapeSearch(raw);
  const fold = (s: string) => (options.matchCase ? s : s.toLowerCase());
  const needle = fold(needle0);
  const out: RangeState[] = [];
  for (const { p, start, end } of parts) {
    const hay = fold(p.text.slice(0, end));
    let from = start;
    for (;;) {
      const at = hay.indexOf(needle, from);
      if (at < 0 || at + needle.length > end) break;
      const e = at + needle.length;
      const okWord =
        !options.matchWholeWord ||
        ((at === 0 || !WORD_CHAR.test(p.text[at - 1])) &&
          (e >= p.text.length || !WORD_CHAR.test(p.text[e])));
      if (okWord) {
        out.push({ start: new Anchor(p, at), end: new Anchor(p, e) });
        from = e;
      } else from = at + 1;
    }
  }
  return out;
}

/** The parts of paragraphs a range covers, for search and formatting. */
export function rangeParts(r: RangeState): Array<{ p: Para; start: number; end: number }> {
  checkAlive(r);
  const ps = rangeParagraphs(r);
  return ps.map((p, i) => ({
    p,
    start: i === 0 ? r.start.offset : 0,
    end: i === ps.length - 1 ? r.end.offset : p.text.length,
  }));
}
