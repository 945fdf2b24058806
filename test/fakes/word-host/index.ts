/* eslint-disable @typescript-eslint/no-explicit-any -- Office and Word are untyped globals here */
/**
 * A fake Word host that behaves like Office.js where the add-in relies on it. Runs under jest and
 * in a browser page (no Node APIs). See README.md beside this file for what is and is not modelled.
 *
 *   const { Office, Word, host } = createFakeOffice({ paragraphs: ["Hello"] });
 *   installFakeOffice(window, { requirementSets: { WordApi: "1.3" } });
 */

import { FakeOfficeError, officeError } from "./errors";
import {
  Anchor,
  BUILT_IN_STYLES,
  DEFAULT_FONT,
  DocState,
  HEADER_FOOTER_TYPES,
  Para,
  controlChain,
  controlParagraphs,
  controlsOf,
  copyFont,
  deleteParagraph,
  insertParagraphInContainer,
  mergedFont,
  newSection,
  newTable,
  paragraphsOf,
  rangeText,
  spliceText,
  wrapInControl,
  type Container,
  type FontState,
  type HeaderFooterType,
  type Table,
} from "./model";
import {
  ClientObject,
  RequestContext,
  wrap,
  type HostLink,
  type ParagraphEventKind,
} from "./proxies";
import { renderHtml } from "./render";
import { reopenOptions, takeSavedDocument, type ReopenOptions } from "./reopen";
import { commentSnapshots, type CommentSnapshot } from "./comments";

export { FakeOfficeError } from "./errors";
export type { HeaderFooterType } from "./model";
export type { CommentSnapshot } from "./comments";

/** A block for building a starting document richer than plain paragraphs. */
export type FakeBlockInput =
  | string
  | {
      text: string;
      /** Built-in style name as Word.BuiltInStyleName gives it: "Heading1", "Title", "Normal". */
      style?: string;
      color?: string;
      italic?: boolean;
      bold?: boolean;
      /** Wrap this paragraph in a content control with this tag (consecutive equal tags share one). */
      controlTag?: string;
      controlTitle?: string;
    }
  | {
      table: string[][];
      headerRows?: number;
      guidanceCells?: Array<{ row: number; column: number; tag: string }>;
    };

export interface FakeOfficeOptions {
  /** e.g. { WordApi: "1.3" }. Default: { WordApi: "1.6" } plus File 1.1 when fileBytes are given. */
  requirementSets?: Record<string, string>;
  /** The starting body, one string a paragraph. Default: one empty paragraph (a new document). */
  paragraphs?: string[];
  /** A richer starting body (used instead of `paragraphs`). */
  blocks?: FakeBlockInput[];
  /** Bytes getFileAsync(Compressed) returns; without them it fails as "not supported". */
  fileBytes?: Uint8Array;
  /** Office.context.platform: "PC" (default), "Mac", "OfficeOnline". */
  platform?: string;
  /** Custom XML parts the document starts with (see reopen.ts). */
  customXmlParts?: Array<{ namespaceUri: string; xml: string }>;
  /** The document's sections, with their headers and footers. Default: one, with empty ones. */
  sections?: FakeSectionInput[];
}

/**
 * A section's header and footer stories by type ("Primary", "FirstPage", "EvenPages"). A type left
 * out is empty in the first section and linked to the previous section's in later ones (Word's
 * default for a new section: one story, shown in both). Paragraphs default to the Header or Footer
 * style.
 */
export interface FakeSectionInput {
  headers?: Partial<Record<HeaderFooterType, FakeBlockInput[]>>;
  footers?: Partial<Record<HeaderFooterType, FakeBlockInput[]>>;
}

/** Which header or footer story: a section's index and the story's type. */
export interface StoryWhere {
  section?: number;
  type?: HeaderFooterType;
}

/** A plain snapshot of a paragraph, for assertions. */
export interface ParagraphSnapshot {
  kind: "paragraph";
  text: string;
  style: string;
  styleBuiltIn: string;
  /** Null where the paragraph's runs differ (as Word reports mixed formatting). */
  font: { color: string | null; italic: boolean | null; bold: boolean | null };
  runs: Array<{ text: string; color: string; italic: boolean; bold: boolean }>;
  /** Tags of the content controls around the paragraph, outermost first. */
  controls: Array<{ id: number; tag: string; title: string; appearance: string; color: string }>;
  /** The innermost control's tag, if any. */
  tag?: string;
}

export interface TableSnapshot {
  kind: "table";
  headerRowCount: number;
  style: string;
  values: string[][];
  cells: ParagraphSnapshot[][][];
}

export type BlockSnapshot = ParagraphSnapshot | TableSnapshot;

interface ParagraphHandler {
  token: number;
  kind: ParagraphEventKind;
  handler: (args: unknown) => unknown;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class FakeWordHost {
  /** context.sync() round trips since creation or the last reset (assign 0 to reset). */
  syncCount = 0;
  /** Base64 documents opened with Word.Application.createDocument(...).open(). */
  readonly openedDocuments: string[] = [];
  /**
   * When set, `createDocument(...).open()` fails at sync() with this message (GeneralException),
   * as Word does where it cannot open another document window: for the clean copy's fallback.
   */
  refuseOpenDocument: string | undefined = undefined;
  /** Errors thrown by event handlers (they never reach Word). */
  readonly handlerErrors: unknown[] = [];
  readonly requirementSets: Record<string, string>;
  doc: DocState;
  fileBytes: Uint8Array | undefined;
  /** @internal */ paragraphHandlers: ParagraphHandler[] = [];
  /** @internal */ nextToken = 1;
  selectionHandlers: Array<(args: unknown) => void> = [];
  private pending = new Set<Promise<void>>();
  fileOpen = false;
  private readonly explicitSets: boolean;

  constructor(options: FakeOfficeOptions = {}) {
    this.fileBytes = options.fileBytes;
    this.explicitSets = options.requirementSets !== undefined;
    this.requirementSets = {
      ...(options.requirementSets ?? {
        WordApi: "1.6",
        ...(options.fileBytes ? { File: "1.1" } : {}),
      }),
    };
    this.doc = new DocState(options.blocks ? [""] : (options.paragraphs ?? [""]));
    if (options.blocks) this.buildBlocks(options.blocks);
    if (options.sections) this.buildSections(options.sections);
    for (const part of options.customXmlParts ?? []) this.doc.newPart(part.namespaceUri, part.xml);
    this.doc.takeLog();
  }

  /** Start again with a new document (same host, same handlers and counters). */
  replaceDocument(options: Pick<FakeOfficeOptions, "paragraphs" | "blocks">): void {
    this.doc = new DocState(options.blocks ? [""] : (options.paragraphs ?? [""]));
    if (options.blocks) this.buildBlocks(options.blocks);
    this.doc.takeLog();
  }

  /** Bytes for getFileAsync("compressed"); adds the File 1.1 set unless the sets were given. */
  setFileBytes(bytes: Uint8Array | undefined): void {
    this.fileBytes = bytes;
    if (bytes && !this.explicitSets) this.requirementSets.File = "1.1";
  }

  // -- requirement sets -----------------------------------------------------------------------

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const have = Object.entries(this.requirementSets).find(
      ([k]) => k.toLowerCase() === String(name).toLowerCase(),
    )?.[1];
    if (have === undefined) return false;
    if (minVersion === undefined || minVersion === null || minVersion === "") return true;
    return compareVersions(have, String(minVersion)) >= 0;
  }

  /** The link the proxies use. */
  /** What the Office.js proxies use to reach this host. */
  readonly link: HostLink = linkFor(this);

  // -- the author at the keyboard ----------------------------------------------------------------

  private para(i: number): Para {
    const ps = paragraphsOf(this.doc.body);
    const p = ps[i];
    if (!p)
      throw new Error(`FakeWord host: there is no paragraph ${i} (the body has ${ps.length})`);
    return p;
  }

  /** Type `text` at the end of body paragraph i (table paragraphs count, as in body.paragraphs). */
  typeInto(i: number, text: string): void {
    const p = this.para(i);
    const at = p.text.length;
    spliceText(this.doc, p, at, at, text);
    this.doc.selection = {
      start: new Anchor(p, at + text.length),
      end: new Anchor(p, at + text.length),
    };
    this.flushChanges();
    this.fireSelectionChanged();
  }

  /** Replace the whole text of body paragraph i, keeping its first run's formatting. */
  setParagraphText(i: number, text: string): void {
    const p = this.para(i);
    spliceText(this.doc, p, 0, p.text.length, text, p.runs[0]?.font ?? p.mark);
    this.doc.selection = { start: new Anchor(p, text.length), end: new Anchor(p, text.length) };
    this.flushChanges();
    this.fireSelectionChanged();
  }

  /** Add a Normal paragraph at the end of the body, as the author pressing Enter and typing. */
  appendParagraph(text: string): void {
    const p = insertParagraphInContainer(this.doc, this.doc.body, text, "End");
    p.style = "Normal";
    p.mark = copyFont(DEFAULT_FONT);
    p.cc = null;
    if (p.runs[0]) p.runs[0].font = copyFont(DEFAULT_FONT);
    this.doc.selection = { start: new Anchor(p, text.length), end: new Anchor(p, text.length) };
    this.flushChanges();
    this.fireSelectionChanged();
  }

  /** Delete body paragraph i (Word keeps at least one paragraph). */
  deleteParagraph(i: number): void {
    deleteParagraph(this.doc, this.para(i));
    this.flushChanges();
  }

  /** Put the selection in body paragraph i: a caret at `start`, or [start, end). */
  setSelection(i: number, start = 0, end = start): void {
    const p = this.para(i);
    const len = p.text.length;
    if (start < 0 || end > len || start > end)
      throw new Error(
        `FakeWord host: selection ${start}..${end} is outside paragraph ${i} (length ${len})`,
      );
    this.doc.selection = { start: new Anchor(p, start), end: new Anchor(p, end) };
    this.fireSelectionChanged();
  }

  selectedText(): string {
    return rangeText(this.doc.selection);
  }

  /** Where the selection is: paragraph index in body.paragraphs and offsets (start and end). */
  selection(): { paragraph: number; start: number; endParagraph: number; end: number } {
    const ps = paragraphsOf(this.doc.body);
    const { start, end } = this.doc.selection;
    return {
      paragraph: ps.indexOf(start.para),
      start: start.offset,
      endParagraph: ps.indexOf(end.para),
      end: end.offset,
    };
  }

  // -- looking at the document ---------------------------------------------------------------------

  /** Every body paragraph's text, in body.paragraphs order (table cells included). */
  bodyText(): string[] {
    return paragraphsOf(this.doc.body).map((p) => p.text);
  }
  /** A header's paragraph texts (default: the first section's primary header). */
  headerText(where: StoryWhere = {}): string[] {
    return paragraphsOf(this.story("header", where)).map((p) => p.text);
  }
  footerText(where: StoryWhere = {}): string[] {
    return paragraphsOf(this.story("footer", where)).map((p) => p.text);
  }

  private story(kind: "header" | "footer", where: StoryWhere): Container {
    const section = this.doc.sections[where.section ?? 0];
    if (!section) throw new Error(`FakeWord host: there is no section ${where.section}`);
    return (kind === "header" ? section.headers : section.footers)[where.type ?? "Primary"];
  }
  get paragraphCount(): number {
    return paragraphsOf(this.doc.body).length;
  }

  /**
   * The body (or a header or footer story) as plain data: paragraphs and tables in order, with
   * formatting and controls.
   */
  blocks(part: "body" | "header" | "footer" = "body", where: StoryWhere = {}): BlockSnapshot[] {
    const c = part === "body" ? this.doc.body : this.story(part, where);
    return c.blocks.map((b) => (b.kind === "paragraph" ? snapParagraph(b) : snapTable(b)));
  }

  /** Every content control in the body, in document order. */
  contentControls(): Array<{
    id: number;
    tag: string;
    title: string;
    appearance: string;
    color: string;
    text: string;
    paragraphs: number;
  }> {
    return controlsOf(paragraphsOf(this.doc.body)).map((cc) => {
      const ps = controlParagraphs(this.doc, cc);
      return {
        id: cc.id,
        tag: cc.tag,
        title: cc.title,
        appearance: cc.appearance,
        color: cc.color,
        text: ps.map((p) => p.text).join("\n"),
        paragraphs: ps.length,
      };
    });
  }

  customXmlParts(): Array<{ id: string; namespaceUri: string; xml: string }> {
    return this.doc.parts
      .filter((p) => !p.deleted)
      .map((p) => ({ id: p.id, namespaceUri: p.namespaceUri, xml: p.xml }));
  }

  /** Comments in the document (WordApi 1.4; see comments.ts), in the order they were added. */
  comments(): CommentSnapshot[] {
    return commentSnapshots(this.doc);
  }

  /** Options that open this document again in a new host (save, close, reopen: reopen.ts). */
  reopenOptions(): ReopenOptions {
    return reopenOptions(this.blocks(), this.customXmlParts());
  }

  renderHtml(): string {
    return renderHtml(this.doc);
  }

  /** Wait for event handlers fired so far (and any they trigger) to finish. */
  async settle(): Promise<void> {
    for (let i = 0; i < 20 && this.pending.size > 0; i++) await Promise.all([...this.pending]);
  }

  // -- events --------------------------------------------------------------------------------

  private later(fn: () => unknown): void {
    const p: Promise<void> = new Promise<void>((resolve) => {
      setTimeout(() => {
        Promise.resolve()
          .then(fn)
          .catch((e) => {
            this.handlerErrors.push(e);
          })
          .finally(() => {
            this.pending.delete(p);
            resolve();
          });
      }, 0);
    });
    this.pending.add(p);
  }

  /** @internal Fire paragraph events for what changed since the last flush. */
  flushChanges(): void {
    const log = this.doc.takeLog();
    if (!this.isSetSupported("WordApi", "1.6")) return;
    const fire = (kind: ParagraphEventKind, ids: Set<string>) => {
      if (ids.size === 0) return;
      const args = { type: kind, uniqueLocalIds: [...ids], source: "Local" };
      for (const h of this.paragraphHandlers.filter((x) => x.kind === kind))
        this.later(() => h.handler(args));
    };
    fire("ParagraphAdded", log.added);
    fire("ParagraphChanged", log.changed);
    fire("ParagraphDeleted", log.deleted);
  }

  fireSelectionChanged(): void {
    for (const h of this.selectionHandlers)
      this.later(() => h({ type: "documentSelectionChanged" }));
  }

  /** How many paragraph-event handlers and selection handlers are registered. */
  handlerCount(): { paragraph: number; selection: number } {
    return { paragraph: this.paragraphHandlers.length, selection: this.selectionHandlers.length };
  }

  // -- building a starting document ----------------------------------------------------------

  private buildSections(sections: FakeSectionInput[]): void {
    this.doc.sections = [];
    sections.forEach((input, i) => {
      const section = newSection(this.doc.sections[i - 1]);
      for (const type of HEADER_FOOTER_TYPES) {
        for (const kind of ["header", "footer"] as const) {
          const blocks = (kind === "header" ? input.headers : input.footers)?.[type];
          if (!blocks) continue;
          const story: Container = { kind, blocks: [] };
          this.buildBlocks(blocks, story, kind === "header" ? "Header" : "Footer");
          (kind === "header" ? section.headers : section.footers)[type] = story;
        }
      }
      this.doc.sections.push(section);
    });
    if (this.doc.sections.length === 0) this.doc.sections.push(newSection());
  }

  private buildBlocks(blocks: FakeBlockInput[], body = this.doc.body, baseStyle = "Normal"): void {
    body.blocks = [];
    let lastTag: string | undefined;
    let group: Para[] = [];
    const closeGroup = (title?: string) => {
      if (group.length > 0 && lastTag !== undefined) {
        const cc = wrapInControl(this.doc, group);
        cc.tag = lastTag;
        cc.title = title ?? "";
      }
      group = [];
      lastTag = undefined;
    };
    let lastTitle: string | undefined;
    for (const b of blocks) {
      if (typeof b === "object" && "table" in b) {
        closeGroup(lastTitle);
        const cols = Math.max(1, ...b.table.map((r) => r.length));
        const t = newTable(
          this.doc,
          body,
          b.table.length,
          cols,
          b.table.map((r) => [...r, ...Array(cols - r.length).fill("")]),
        );
        t.headerRowCount = b.headerRows ?? 0;
        for (const g of b.guidanceCells ?? []) {
          const cell = t.rows[g.row][g.column];
          for (const p of cell.paragraphs) {
            p.mark = { ...p.mark, color: "#FF0000", italic: true };
            for (const r of p.runs) r.font = { ...r.font, color: "#FF0000", italic: true };
          }
          wrapInControl(this.doc, cell.paragraphs).tag = g.tag;
        }
        body.blocks.push(t);
        continue;
      }
      const spec = typeof b === "string" ? { text: b } : b;
      const font: FontState = {
        ...DEFAULT_FONT,
        color: spec.color ?? DEFAULT_FONT.color,
        italic: spec.italic ?? false,
        bold: spec.bold ?? false,
      };
      const style = spec.style ? (BUILT_IN_STYLES[spec.style] ?? spec.style) : baseStyle;
      const p = new Para(body, spec.text, style, font);
      if (spec.controlTag !== lastTag) closeGroup(lastTitle);
      body.blocks.push(p);
      if (spec.controlTag !== undefined) {
        lastTag = spec.controlTag;
        lastTitle = spec.controlTitle;
        group.push(p);
      }
    }
    closeGroup(lastTitle);
    if (body.blocks.length === 0 || body.blocks[body.blocks.length - 1].kind === "table")
      body.blocks.push(new Para(body, "", baseStyle));
    if (body !== this.doc.body) return;
    const first = paragraphsOf(body)[0];
    this.doc.selection = { start: new Anchor(first, 0), end: new Anchor(first, 0) };
  }
}

function linkFor(host: FakeWordHost): HostLink {
  return {
    get doc() {
      return host.doc;
    },
    supports: (set, version) => host.isSetSupported(set, version),
    wordApiVersion: () => host.requirementSets.WordApi ?? "none",
    countSync: () => {
      host.syncCount += 1;
    },
    afterSync: () => host.flushChanges(),
    addParagraphHandler: (kind, handler) => {
      const token = host.nextToken++;
      host.paragraphHandlers.push({ token, kind, handler });
      return token;
    },
    removeParagraphHandler: (token) => {
      host.paragraphHandlers = host.paragraphHandlers.filter((h) => h.token !== token);
    },
    selectionMoved: () => host.fireSelectionChanged(),
    documentOpened: (b64) => {
      if (host.refuseOpenDocument !== undefined)
        throw officeError("GeneralException", host.refuseOpenDocument);
      host.openedDocuments.push(b64);
    },
  };
}

function snapParagraph(p: Para): ParagraphSnapshot {
  const f = mergedFont([{ p, start: 0, end: p.text.length }]);
  const controls = controlChain(p).map((c) => ({
    id: c.id,
    tag: c.tag,
    title: c.title,
    appearance: c.appearance,
    color: c.color,
  }));
  return {
    kind: "paragraph",
    text: p.text,
    style: p.style,
    styleBuiltIn: Object.entries(BUILT_IN_STYLES).find(([, v]) => v === p.style)?.[0] ?? "Other",
    font: { color: f.color, italic: f.italic, bold: f.bold },
    runs: p.runs.map((r) => ({
      text: r.text,
      color: r.font.color,
      italic: r.font.italic,
      bold: r.font.bold,
    })),
    controls,
    ...(controls.length > 0 ? { tag: controls[controls.length - 1].tag } : {}),
  };
}

function snapTable(t: Table): TableSnapshot {
  return {
    kind: "table",
    headerRowCount: t.headerRowCount,
    style: t.style,
    values: t.values,
    cells: t.rows.map((row) => row.map((cell) => cell.paragraphs.map(snapParagraph))),
  };
}

// ---------------------------------------------------------------------------------------------
// Office and Word namespaces

const WORD_ENUMS = {
  InsertLocation: {
    before: "Before",
    after: "After",
    start: "Start",
    end: "End",
    replace: "Replace",
  },
  RangeLocation: {
    whole: "Whole",
    start: "Start",
    end: "End",
    before: "Before",
    after: "After",
    content: "Content",
  },
  SelectionMode: { select: "Select", start: "Start", end: "End" },
  ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
  ContentControlType: { richText: "RichText" },
  HeaderFooterType: { primary: "Primary", firstPage: "FirstPage", evenPages: "EvenPages" },
  EventType: {
    paragraphChanged: "ParagraphChanged",
    paragraphAdded: "ParagraphAdded",
    paragraphDeleted: "ParagraphDeleted",
  },
  EventSource: { local: "Local", remote: "Remote" },
  BuiltInStyleName: Object.fromEntries(
    Object.keys(BUILT_IN_STYLES).map((k) => [k[0].toLowerCase() + k.slice(1), k]),
  ),
  ErrorCodes: {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    itemNotFound: "ItemNotFound",
    notImplemented: "NotImplemented",
    searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
  },
};

export interface FakeOffice {
  Office: any;
  Word: any;
  OfficeExtension: any;
  host: FakeWordHost;
}

export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const host = new FakeWordHost(options);

  const contextOf = (x: unknown): RequestContext | undefined => {
    if (x instanceof RequestContext) return x;
    if (x instanceof ClientObject) return x._ctx;
    if (Array.isArray(x) && x.length > 0) return contextOf(x[0]);
    if (x && typeof x === "object" && "context" in x)
      return contextOf((x as { context: unknown }).context);
    return undefined;
  };

  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    let batch: (ctx: RequestContext) => Promise<T> | T;
    let ctx: RequestContext;
    if (typeof a === "function") {
      batch = a as typeof batch;
      ctx = new RequestContext(host.link);
    } else {
      const reuse = contextOf(a);
      if (!reuse || typeof b !== "function")
        throw officeError(
          "InvalidArgument",
          "FakeWord: Word.run(object, batch) needs a Word object or context and a function",
        );
      batch = b as typeof batch;
      ctx = reuse;
      ctx._closed = false;
    }
    try {
      const result = await batch(ctx);
      // Word.run flushes commands the batch queued but did not sync (one more round trip).
      if (ctx._ops.length > 0) await ctx.sync();
      return result;
    } finally {
      ctx._closed = true;
    }
  }

  const Word = {
    run,
    RequestContext: function RequestContextCtor() {
      return new RequestContext(host.link);
    },
    ...WORD_ENUMS,
  };

  const document = wrap(
    {
      mode: "readWrite",
      url: "https://fake.invalid/Document.docx",
      addHandlerAsync(
        eventType: string,
        handler: (a: unknown) => void,
        options?: unknown,
        callback?: (r: unknown) => void,
      ) {
        const cb = typeof options === "function" ? (options as (r: unknown) => void) : callback;
        if (eventType !== "documentSelectionChanged") {
          cb?.({
            status: "failed",
            error: {
              code: 5000,
              name: "Invalid event",
              message: `FakeWord: event ${eventType} is not modelled`,
            },
          });
          return;
        }
        host.selectionHandlers.push(handler);
        setTimeout(() => cb?.({ status: "succeeded", value: undefined }), 0);
      },
      removeHandlerAsync(eventType: string, options?: unknown, callback?: (r: unknown) => void) {
        const cb = typeof options === "function" ? (options as (r: unknown) => void) : callback;
        const handler =
          options && typeof options === "object"
            ? (options as { handler?: unknown }).handler
            : undefined;
        if (eventType === "documentSelectionChanged") {
          host.selectionHandlers = handler
            ? host.selectionHandlers.filter((h) => h !== handler)
            : [];
        }
        setTimeout(() => cb?.({ status: "succeeded", value: undefined }), 0);
      },
      getFileAsync(fileType: string, options?: unknown, callback?: (r: unknown) => void) {
        const cb = (typeof options === "function" ? options : callback) as
          ((r: unknown) => void) | undefined;
        const sliceSize =
          (options && typeof options === "object"
            ? (options as { sliceSize?: number }).sliceSize
            : undefined) ?? 4194304;
        const fail = (code: number, message: string) =>
          setTimeout(
            () => cb?.({ status: "failed", error: { code, name: "FakeWord", message } }),
            0,
          );
        if (fileType !== "compressed")
          return fail(5001, `FakeWord: getFileAsync("${fileType}") is not modelled`);
        const bytes = host.fileBytes;
        if (!bytes || !host.isSetSupported("File", "1.1"))
          return fail(
            5009,
            "FakeWord: getFileAsync is not supported in this host (no file bytes were given)",
          );
        if (host.fileOpen)
          return fail(7005, "FakeWord: a file is already open; close it first (File.closeAsync)");
        host.fileOpen = true;
        const sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
        const file = {
          size: bytes.length,
          sliceCount,
          getSliceAsync(index: number, sliceCb: (r: unknown) => void) {
            if (!host.fileOpen || index < 0 || index >= sliceCount) {
              setTimeout(
                () =>
                  sliceCb({
                    status: "failed",
                    error: { code: 5002, name: "FakeWord", message: "FakeWord: no such slice" },
                  }),
                0,
              );
              return;
            }
            const data = Array.from(
              bytes.subarray(index * sliceSize, Math.min(bytes.length, (index + 1) * sliceSize)),
            );
            setTimeout(
              () => sliceCb({ status: "succeeded", value: { data, index, size: data.length } }),
              0,
            );
          },
          closeAsync(closeCb?: (r: unknown) => void) {
            host.fileOpen = false;
            setTimeout(() => closeCb?.({ status: "succeeded", value: undefined }), 0);
          },
        };
        setTimeout(() => cb?.({ status: "succeeded", value: file }), 0);
      },
    },
    "Office.context.document",
  );

  const context = wrap(
    {
      host: "Word",
      platform: options.platform ?? "PC",
      displayLanguage: "en-GB",
      contentLanguage: "en-GB",
      diagnostics: { host: "Word", platform: options.platform ?? "PC", version: "16.0.0.0" },
      officeTheme: {
        bodyBackgroundColor: "#FFFFFF",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#FFFFFF",
        controlForegroundColor: "#000000",
        themeId: "Colorful",
      },
      requirements: {
        isSetSupported: (name: string, version?: string | number) =>
          host.isSetSupported(name, version),
      },
      document,
    },
    "Office.context",
  );

  const Office = wrap(
    {
      context,
      HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook" },
      PlatformType: {
        PC: "PC",
        Mac: "Mac",
        OfficeOnline: "OfficeOnline",
        iOS: "iOS",
        Android: "Android",
      },
      EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
      CoercionType: { Text: "text", Ooxml: "ooxml", Html: "html" },
      onReady(
        callback?: (info: { host: string; platform: string }) => void,
      ): Promise<{ host: string; platform: string }> {
        const info = { host: "Word", platform: options.platform ?? "PC" };
        return Promise.resolve().then(() => {
          callback?.(info);
          return info;
        });
      },
      initialize: undefined as unknown,
    },
    "Office",
  );

  const OfficeExtension = {
    Error: FakeOfficeError,
    ErrorCodes: WORD_ENUMS.ErrorCodes,
    ClientResult: Object,
  };

  return { Office, Word, OfficeExtension, host };
}

/** Set target.Office, target.Word and target.OfficeExtension (window or globalThis); returns the host. */
export function installFakeOffice(target: any, options?: FakeOfficeOptions): FakeWordHost {
  const saved = takeSavedDocument(target);
  const fake = createFakeOffice(saved ? { ...options, ...saved } : options);
  target.Office = fake.Office;
  target.Word = fake.Word;
  target.OfficeExtension = fake.OfficeExtension;
  return fake.host;
}

/** Remove what installFakeOffice set. */
export function uninstallFakeOffice(target: any): void {
  delete target.Office;
  delete target.Word;
  delete target.OfficeExtension;
}
