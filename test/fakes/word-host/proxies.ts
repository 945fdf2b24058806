/* eslint-disable @typescript-eslint/no-explicit-any -- this file emulates an untyped remote API */
/**
 * Office.js semantics over the fake document (./model.ts):
 * - every method call and property write is queued and takes effect at `context.sync()`;
 * - reading a scalar property that was not loaded and synced throws PropertyNotLoaded;
 * - collections expose `.items` only after load + sync;
 * - members above the host's WordApi version fail at sync with ApiNotFound;
 * - members the fake does not model throw "FakeWord: ... is not modelled".
 */

import { FakeOfficeError, notModelled, officeError, propertyNotLoaded } from "./errors";
import {
  Anchor,
  addRows,
  builtInOf,
  controlParagraphs,
  controlsOf,
  deleteControl,
  deleteParagraph,
  deleteRows,
  insertParagraphBeside,
  insertParagraphBesideTable,
  insertParagraphInContainer,
  insertTableBeside,
  insertTableInContainer,
  mergedFont,
  normaliseColour,
  paragraphsOf,
  rangeParagraphs,
  rangeParts,
  rangeText,
  search,
  setFont,
  setTableValues,
  spliceText,
  storyOf,
  styleNameOf,
  tableNestingLevel,
  tablesOf,
  wholeParagraphRange,
  wrapInControl,
  wrapRangeInControl,
  checkAlive,
  compareAnchors,
  type Cell,
  type Container,
  type ContentControlState,
  type CustomXmlPartState,
  type DocState,
  HEADER_FOOTER_TYPES,
  type FontState,
  type HeaderFooterType,
  type Para,
  type SectionState,
  type RangeState,
  type SearchOptions,
  type Table,
} from "./model";

/** What the proxies need from the host. */
export interface HostLink {
  readonly doc: DocState;
  supports(set: string, version: string): boolean;
  wordApiVersion(): string;
  countSync(): void;
  afterSync(): void;
  addParagraphHandler(kind: ParagraphEventKind, handler: (args: unknown) => unknown): number;
  removeParagraphHandler(token: number): void;
  selectionMoved(): void;
  documentOpened(base64: string): void;
}

export type ParagraphEventKind = "ParagraphChanged" | "ParagraphAdded" | "ParagraphDeleted";

const UNRESOLVED: unique symbol = Symbol("unresolved");

/**
 * Members modelled in their own files (comments.ts) register here: they build on the classes
 * below without an import cycle. A member nobody registered is "not modelled".
 */
export const extensions: {
  insertComment?: (range: ClientObject, text: unknown) => any;
  getComments?: (owner: ClientObject, range: () => RangeState) => any;
} = {};

function extension<K extends keyof typeof extensions>(
  name: K,
): NonNullable<(typeof extensions)[K]> {
  const member = extensions[name];
  if (!member) throw notModelled(name);
  return member as NonNullable<(typeof extensions)[K]>;
}

// ---------------------------------------------------------------------------------------------
// Request context

export class RequestContext {
  _ops: Array<() => void> = [];
  _closed = false;
  readonly document: any;
  readonly application: any;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  constructor(readonly _host: HostLink) {
    this.document = wrap(new DocumentProxy(this, () => _host.doc), "Document");
    this.application = wrap(new ApplicationProxy(this, () => _host.doc), "Application");
  }
  _queue(op: () => void): void {
    if (this._closed) throw closedError();
    this._ops.push(op);
  }
  /** One round trip: run every queued command in order; the first failure rejects the sync. */
  async sync(): Promise<void> {
    if (this._closed) throw closedError();
    const ops = this._ops;
    this._ops = [];
    this._host.countSync();
    await Promise.resolve();
    try {
      for (const op of ops) op();
    } finally {
      this._host.afterSync();
    }
  }
}

function closedError(): FakeOfficeError {
  return officeError(
    "InvalidRequestContext",
    "FakeWord: this RequestContext's Word.run batch has finished; pass an object to Word.run(object, batch) to use it again",
  );
}

// ---------------------------------------------------------------------------------------------
// Client objects

interface PropDef {
  get?: (t: any, self: ClientObject) => unknown;
  set?: (t: any, v: any, self: ClientObject) => void;
  /** Lowest WordApi version with this member. */
  api?: string;
}

const INTROSPECTION = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "inspect",
  "toString",
  "valueOf",
  "length",
]);

/** Throw "not modelled" for members a real Word object has and the fake does not. */
export function wrap<T extends object>(obj: T, type: string): T {
  return new Proxy(obj, {
    get(t, k, r) {
      if (typeof k === "symbol" || k in t || INTROSPECTION.has(k) || !/^[a-z]/.test(k))
        return Reflect.get(t, k, r);
      throw notModelled(`${type}.${k}`);
    },
    set(t, k, v, r) {
      if (typeof k === "symbol" || k in t || !/^[a-z]/.test(k)) return Reflect.set(t, k, v, r);
      throw notModelled(`setting ${type}.${k}`);
    },
  });
}

export abstract class ClientObject {
  static _props: Record<string, PropDef> = {};
  static _nav: string[] = [];
  abstract readonly _type: string;
  _target: any = UNRESOLVED;
  _loaded = new Map<string, unknown>();
  _children = new Map<string, any>();
  _null: boolean | undefined = undefined;
  constructor(
    readonly _ctx: RequestContext,
    readonly _resolver: (() => any) | null,
    readonly _nullable = false,
  ) {}

  get context(): RequestContext {
    return this._ctx;
  }
  get _host(): HostLink {
    return this._ctx._host;
  }
  get _doc(): DocState {
    return this._ctx._host.doc;
  }

  /** The host object this proxy stands for (null for a null object). Resolved once. */
  _resolveNullable(): any {
    if (this._target === UNRESOLVED) {
      if (!this._resolver)
        throw officeError(
          "InvalidObjectPath",
          `FakeWord: ${this._type} has no path to the document`,
        );
      this._target = this._resolver();
      if (this._target === undefined) this._target = null;
      if (this._target === null && !this._nullable)
        throw officeError("ItemNotFound", `FakeWord: the ${this._type} was not found`);
    }
    return this._target;
  }
  _live(): any {
    const t = this._resolveNullable();
    if (t === null)
      throw officeError(
        "InvalidObjectPath",
        `FakeWord: the ${this._type} is a null object (check isNullObject first)`,
      );
    if (t && (t.deleted === true || t.alive === false))
      throw officeError("InvalidObjectPath", `FakeWord: the ${this._type} has been deleted`);
    return t;
  }
  _api(version: string, member: string): void {
    if (!this._host.supports("WordApi", version)) {
      throw officeError(
        "ApiNotFound",
        `FakeWord: ${this._type}.${member} needs WordApi ${version}; this host supports WordApi ${this._host.wordApiVersion()}`,
      );
    }
  }
  /** Queue a command; it runs at the next sync. */
  _q(op: () => void): void {
    this._ctx._queue(op);
  }
  /** A child object resolved now-in-the-queue (methods such as getFirst, insertParagraph). */
  _make<T extends ClientObject>(child: T): T {
    this._q(() => {
      child._resolveNullable();
    });
    return child;
  }
  _child<T>(name: string, make: () => T): T {
    let c = this._children.get(name);
    if (!c) {
      c = make();
      this._children.set(name, c);
    }
    return c as T;
  }
  _defs(): Record<string, PropDef> {
    return (this.constructor as typeof ClientObject)._props;
  }
  _navs(): string[] {
    return (this.constructor as typeof ClientObject)._nav;
  }

  load(spec?: unknown): this {
    if (typeof spec === "string" && spec.trim() === "")
      throw officeError("InvalidArgument", "FakeWord: load('') loads nothing");
    const paths = parseLoad(spec);
    this._q(() => this._loadNow(paths));
    return this;
  }

  _loadNow(paths: string[][]): void {
    const t = this._resolveNullable();
    if (t === null) {
      this._null = true;
      return;
    }
    this._null = false;
    const defs = this._defs();
    for (const path of paths) {
      if (path.length === 0) {
        for (const [name, def] of Object.entries(defs)) {
          if (!def.get) continue;
          if (def.api && !this._host.supports("WordApi", def.api)) continue;
          this._loaded.set(name, def.get(this._live(), this));
        }
        continue;
      }
      const [head, ...rest] = path;
      if (head === "isNullObject") continue;
      const def = defs[head];
      if (def?.get) {
        if (rest.length > 0)
          throw officeError("InvalidArgument", `FakeWord: ${this._type}.${head} is not an object`);
        if (def.api) this._api(def.api, head);
        this._loaded.set(head, def.get(this._live(), this));
      } else if (this._navs().includes(head)) {
        const child = (this as any)[head] as ClientObject;
        child._loadNow([rest]);
      } else {
        throw officeError(
          "InvalidArgument",
          `FakeWord: ${this._type} has no property '${head}' to load (or it is not modelled)`,
        );
      }
    }
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw propertyNotLoaded(this._type, "isNullObject");
    return this._null;
  }

  _get(name: string): unknown {
    if (!this._loaded.has(name)) {
      if (this._null === true)
        throw officeError(
          "InvalidObjectPath",
          `FakeWord: the ${this._type} is a null object (check isNullObject first)`,
        );
      throw propertyNotLoaded(this._type, name);
    }
    return this._loaded.get(name);
  }

  _set(name: string, value: unknown): void {
    const def = this._defs()[name];
    if (!def?.set)
      throw officeError("InvalidArgument", `FakeWord: ${this._type}.${name} is read-only`);
    this._q(() => {
      if (def.api) this._api(def.api, name);
      def.set!(this._live(), value, this);
    });
  }

  set(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) {
      if (this._navs().includes(k) && v && typeof v === "object") (this as any)[k].set(v);
      else (this as any)[k] = v;
    }
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** Define accessors for a class's scalar properties: reads check load-and-sync, writes queue. */
export function defineProps(
  cls: typeof ClientObject,
  props: Record<string, PropDef>,
  nav: string[] = [],
): void {
  cls._props = props;
  cls._nav = nav;
  for (const name of Object.keys(props)) {
    Object.defineProperty(cls.prototype, name, {
      get(this: ClientObject) {
        return this._get(name);
      },
      set(this: ClientObject, v: unknown) {
        this._set(name, v);
      },
      configurable: true,
    });
  }
}

function parseLoad(spec: unknown): string[][] {
  let list: string[] = [];
  if (spec === undefined || spec === null) return [[]];
  if (typeof spec === "string") list = spec.split(",");
  else if (Array.isArray(spec)) list = spec.flatMap((s) => String(s).split(","));
  else if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if (typeof o.select === "string" || typeof o.expand === "string") {
      list = [...String(o.select ?? "").split(","), ...String(o.expand ?? "").split(",")];
    } else {
      const walk = (obj: Record<string, unknown>, prefix: string) => {
        for (const [k, v] of Object.entries(obj)) {
          if (v === true) list.push(prefix + k);
          else if (v && typeof v === "object") walk(v as Record<string, unknown>, `${prefix}${k}/`);
        }
      };
      walk(o, "");
    }
  } else throw officeError("InvalidArgument", `FakeWord: cannot load ${JSON.stringify(spec)}`);
  const paths = list
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split("/").map((x) => x.trim()));
  return paths.length > 0 ? paths : [[]];
}

export class ClientResult<T> {
  _has = false;
  _value: T | undefined;
  get value(): T {
    if (!this._has) throw propertyNotLoaded("ClientResult", "value");
    return this._value as T;
  }
  _setValue(v: T): void {
    this._value = v;
    this._has = true;
  }
}

// ---------------------------------------------------------------------------------------------
// Collections

export abstract class CollectionProxy extends ClientObject {
  _items: any[] | undefined;
  /** When set, the list was fixed when the collection was made (search results, new rows). */
  _fixed: any[] | undefined;
  abstract _makeItem(target: any): any;
  _list(): any[] {
    if (this._fixed) return this._fixed;
    return (this._resolver?.() as any[]) ?? [];
  }
  _fixNow(): this {
    this._q(() => {
      this._fixed = (this._resolver?.() as any[]) ?? [];
      this._target = this._fixed;
    });
    return this;
  }
  get items(): any[] {
    if (!this._items) throw propertyNotLoaded(this._type, "items");
    return this._items;
  }
  override _loadNow(paths: string[][]): void {
    const list = this._list();
    this._null = false;
    const itemPaths = paths.map((p) => (p[0] === "items" ? p.slice(1) : p));
    this._items = list.map((t) => {
      const item = this._makeItem(t);
      const inner = item as ClientObject;
      inner._loadNow(itemPaths);
      return item;
    });
  }
  _nth(which: "first" | "last", nullable: boolean): any {
    // A placeholder item whose target is set by a queued command, at this point in the batch.
    const item = this._makeItem(null);
    const inner = item as ClientObject;
    this._q(() => {
      const l = this._list();
      const t = which === "first" ? l[0] : l[l.length - 1];
      if (t === undefined && !nullable)
        throw officeError("ItemNotFound", `FakeWord: the ${this._type} is empty`);
      inner._target = t ?? null;
    });
    return item;
  }
  getFirst(): any {
    return this._nth("first", false);
  }
  getFirstOrNullObject(): any {
    return this._nth("first", true);
  }
  getLast(): any {
    return this._nth("last", false);
  }
  getLastOrNullObject(): any {
    return this._nth("last", true);
  }
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._q(() => r._setValue(this._list().length));
    return r;
  }
}

/**
 * Items made by getFirst() etc. are resolved by a queued command; they may be null objects.
 * `_target` is set by that command; `_nullable` follows the method used.
 */
export function itemOf<T extends ClientObject>(
  make: (resolver: () => any, nullable: boolean) => T,
): (t: any) => T {
  return (t: any) => make(() => t, t === null);
}

// ---------------------------------------------------------------------------------------------
// Font

interface FontTarget {
  parts(): Array<{ p: Para; start: number; end: number }>;
}

class FontProxy extends ClientObject {
  readonly _type = "Font";
}
function fontProp(k: keyof FontState, normalise?: (v: unknown) => unknown): PropDef {
  return {
    get: (t: FontTarget) => mergedFont(t.parts())[k],
    set: (t: FontTarget, v: unknown, self) => {
      const value = normalise ? normalise(v) : v;
      if ((k === "italic" || k === "bold") && typeof value !== "boolean") {
        throw officeError("InvalidArgument", `FakeWord: Font.${k} must be true or false`);
      }
      for (const { p, start, end } of t.parts())
        setFont(self._doc, p, start, end, { [k]: value } as Partial<FontState>);
    },
  };
}
defineProps(FontProxy, {
  color: fontProp("color", (v) => normaliseColour(v, "Font.color")),
  italic: fontProp("italic"),
  bold: fontProp("bold"),
  highlightColor: fontProp("highlightColor", (v) =>
    v === null ? null : normaliseColour(v, "Font.highlightColor"),
  ),
});

function fontOf(
  owner: ClientObject,
  parts: (t: any) => Array<{ p: Para; start: number; end: number }>,
): any {
  return owner._child("font", () =>
    wrap(new FontProxy(owner._ctx, () => ({ parts: () => parts(owner._live()) })), "Font"),
  );
}

function wholeParts(ps: Para[]): Array<{ p: Para; start: number; end: number }> {
  return ps.map((p) => ({ p, start: 0, end: p.text.length }));
}

// ---------------------------------------------------------------------------------------------
// Shared helpers for Body, Paragraph, Range, ContentControl

function checkLocation(loc: unknown, allowed: string[], what: string): string {
  if (typeof loc !== "string" || !allowed.includes(loc)) {
    throw officeError(
      "InvalidArgument",
      `FakeWord: ${what} takes insertLocation ${allowed.map((a) => `"${a}"`).join(" | ")}, not ${JSON.stringify(loc)}`,
    );
  }
  return loc;
}

function checkText(text: unknown, what: string): string {
  if (typeof text !== "string")
    throw officeError("InvalidArgument", `FakeWord: ${what} needs a string`);
  return text;
}

function rangeCollection(owner: ClientObject, make: () => RangeState[]): any {
  return wrap(new RangeCollectionProxy(owner._ctx, make), "RangeCollection")._fixNow();
}

function searchIn(
  owner: ClientObject,
  text: unknown,
  options: unknown,
  parts: (t: any) => Array<{ p: Para; start: number; end: number }>,
): any {
  const opts = (options ?? {}) as SearchOptions;
  return rangeCollection(owner, () => search(parts(owner._live()), text as string, opts));
}

function selectRange(owner: ClientObject, r: () => RangeState, mode: unknown): void {
  const m = mode ?? "Select";
  checkLocation(m, ["Select", "Start", "End"], "select()");
  owner._q(() => {
    const range = r();
    checkAlive(range);
    const doc = owner._doc;
    if (m === "Start")
      doc.selection = {
        start: new Anchor(range.start.para, range.start.offset),
        end: new Anchor(range.start.para, range.start.offset),
      };
    else if (m === "End")
      doc.selection = {
        start: new Anchor(range.end.para, range.end.offset),
        end: new Anchor(range.end.para, range.end.offset),
      };
    else
      doc.selection = {
        start: new Anchor(range.start.para, range.start.offset),
        end: new Anchor(range.end.para, range.end.offset),
      };
    owner._host.selectionMoved();
  });
}

function insertTextAt(
  owner: ClientObject,
  r: () => RangeState,
  text: unknown,
  loc: unknown,
  allowed: string[],
  what: string,
): any {
  const t = checkText(text, what);
  const where = checkLocation(loc, allowed, what);
  return owner._make(
    wrap(
      new RangeProxy(owner._ctx, () => {
        const range = r();
        checkAlive(range);
        const doc = owner._doc;
        if (where === "Replace") {
          if (range.start.para !== range.end.para)
            throw notModelled('insertText(..., "Replace") over several paragraphs');
          const p = range.start.para;
          const s = range.start.offset;
          spliceText(doc, p, s, range.end.offset, t);
          return { start: new Anchor(p, s), end: new Anchor(p, s + t.length) };
        }
        const at = where === "Start" || where === "Before" ? range.start : range.end;
        const p = at.para;
        const s = at.offset;
        spliceText(doc, p, s, s, t);
        return { start: new Anchor(p, s), end: new Anchor(p, s + t.length) };
      }),
      "Range",
    ),
  );
}

function paragraphOf(ctx: RequestContext, resolver: () => any, nullable = false): any {
  return wrap(new ParagraphProxy(ctx, resolver, nullable), "Paragraph");
}

// ---------------------------------------------------------------------------------------------
// Paragraph

class ParagraphProxy extends ClientObject {
  readonly _type = "Paragraph";
  get font(): any {
    return fontOf(this, (p: Para) => wholeParts([p]));
  }
  get parentContentControlOrNullObject(): any {
    return this._child("pcc", () => {
      const resolve = () =>
        this._apiThen("1.3", "parentContentControlOrNullObject", () => (this._live() as Para).cc);
      return wrap(new ContentControlProxy(this._ctx, resolve, true), "ContentControl");
    });
  }
  get parentContentControl(): any {
    return this._child("pccStrict", () =>
      wrap(
        new ContentControlProxy(this._ctx, () => (this._live() as Para).cc, false),
        "ContentControl",
      ),
    );
  }
  get parentTableCellOrNullObject(): any {
    return this._child("ptc", () =>
      wrap(
        new TableCellProxy(
          this._ctx,
          () =>
            this._apiThen(
              "1.3",
              "parentTableCellOrNullObject",
              () => (this._live() as Para).container.cell ?? null,
            ),
          true,
        ),
        "TableCell",
      ),
    );
  }
  get parentTableOrNullObject(): any {
    return this._child("pt", () =>
      wrap(
        new TableProxy(
          this._ctx,
          () =>
            this._apiThen(
              "1.3",
              "parentTableOrNullObject",
              () => (this._live() as Para).container.cell?.table ?? null,
            ),
          true,
        ),
        "Table",
      ),
    );
  }
  get parentTable(): any {
    return this._child("ptStrict", () =>
      wrap(
        new TableProxy(
          this._ctx,
          () => (this._live() as Para).container.cell?.table ?? null,
          false,
        ),
        "Table",
      ),
    );
  }
  get parentTableCell(): any {
    return this._child("ptcStrict", () =>
      wrap(
        new TableCellProxy(this._ctx, () => (this._live() as Para).container.cell ?? null, false),
        "TableCell",
      ),
    );
  }
  _apiThen<T>(v: string, m: string, f: () => T): T {
    this._api(v, m);
    return f();
  }
  insertParagraph(text: unknown, loc: unknown): any {
    const t = checkText(text, "Paragraph.insertParagraph");
    const where = checkLocation(loc, ["Before", "After"], "Paragraph.insertParagraph") as
      "Before" | "After";
    return this._make(
      paragraphOf(this._ctx, () => insertParagraphBeside(this._doc, this._live(), t, where)),
    );
  }
  insertText(text: unknown, loc: unknown): any {
    return insertTextAt(
      this,
      () => wholeParagraphRange(this._live()),
      text,
      loc,
      ["Replace", "Start", "End"],
      "Paragraph.insertText",
    );
  }
  insertContentControl(type?: unknown): any {
    if (type !== undefined && type !== "RichText")
      throw notModelled(`content controls of type ${JSON.stringify(type)}`);
    return this._make(
      wrap(
        new ContentControlProxy(this._ctx, () => wrapInControl(this._doc, [this._live()])),
        "ContentControl",
      ),
    );
  }
  insertTable(rows: number, cols: number, loc: unknown, values?: string[][]): any {
    const where = checkLocation(loc, ["Before", "After"], "Paragraph.insertTable") as
      "Before" | "After";
    return this._make(
      wrap(
        new TableProxy(this._ctx, () => {
          this._api("1.3", "insertTable");
          return insertTableBeside(this._doc, this._live(), rows, cols, where, values);
        }),
        "Table",
      ),
    );
  }
  getRange(loc?: unknown): any {
    const where = checkLocation(
      loc ?? "Whole",
      ["Whole", "Start", "End", "After", "Content"],
      "Paragraph.getRange",
    );
    return this._make(
      wrap(
        new RangeProxy(this._ctx, () => {
          this._api("1.3", "getRange");
          const p = this._live() as Para;
          if (where === "Start") return { start: new Anchor(p, 0), end: new Anchor(p, 0) };
          if (where === "End")
            return { start: new Anchor(p, p.text.length), end: new Anchor(p, p.text.length) };
          if (where === "After") {
            const ps = paragraphsOf(storyOf(p.container));
            const next = ps[ps.indexOf(p) + 1];
            const at = next ? new Anchor(next, 0) : new Anchor(p, p.text.length);
            return { start: at, end: new Anchor(at.para, at.offset) };
          }
          return wholeParagraphRange(p);
        }),
        "Range",
      ),
    );
  }
  search(text: unknown, options?: unknown): any {
    return searchIn(this, text, options, (p: Para) => wholeParts([p]));
  }
  select(mode?: unknown): void {
    selectRange(this, () => wholeParagraphRange(this._live()), mode);
  }
  delete(): void {
    this._q(() => deleteParagraph(this._doc, this._live()));
  }
  _sibling(delta: 1 | -1, nullable: boolean): any {
    return this._make(
      paragraphOf(
        this._ctx,
        () => {
          this._api("1.3", delta > 0 ? "getNext" : "getPrevious");
          const p = this._live() as Para;
          const ps = paragraphsOf(storyOf(p.container));
          return ps[ps.indexOf(p) + delta] ?? null;
        },
        nullable,
      ),
    );
  }
  getNext(): any {
    return this._sibling(1, false);
  }
  getNextOrNullObject(): any {
    return this._sibling(1, true);
  }
  getPrevious(): any {
    return this._sibling(-1, false);
  }
  getPreviousOrNullObject(): any {
    return this._sibling(-1, true);
  }
}
defineProps(
  ParagraphProxy,
  {
    text: { get: (p: Para) => p.text },
    style: {
      get: (p: Para) => p.style,
      set: (p: Para, v: unknown, self) => {
        p.style = checkText(v, "Paragraph.style");
        self._doc.changed(p);
      },
    },
    styleBuiltIn: {
      api: "1.3",
      get: (p: Para) => builtInOf(p.style),
      set: (p: Para, v: unknown, self) => {
        p.style = styleNameOf(v);
        self._doc.changed(p);
      },
    },
    outlineLevel: { get: (p: Para) => headingLevelOf(p.style) ?? 10 },
    tableNestingLevel: { api: "1.3", get: (p: Para) => tableNestingLevel(p) },
    isLastParagraph: {
      api: "1.3",
      get: (p: Para) => {
        const ps = paragraphsOf(storyOf(p.container));
        return ps[ps.length - 1] === p;
      },
    },
    uniqueLocalId: { api: "1.6", get: (p: Para) => p.uid },
  },
  [
    "font",
    "parentContentControlOrNullObject",
    "parentContentControl",
    "parentTableCellOrNullObject",
    "parentTableOrNullObject",
    "parentTable",
    "parentTableCell",
  ],
);

function headingLevelOf(style: string): number | undefined {
  const m = /^Heading ([1-9])$/.exec(style);
  return m ? Number(m[1]) : undefined;
}

class ParagraphCollectionProxy extends CollectionProxy {
  readonly _type = "ParagraphCollection";
  _makeItem(t: any): any {
    return itemOf((r, n) => paragraphOf(this._ctx, r, n))(t);
  }
  override getFirst(): any {
    this._q(() => this._api("1.3", "getFirst"));
    return super.getFirst();
  }
  override getLast(): any {
    this._q(() => this._api("1.3", "getLast"));
    return super.getLast();
  }
}
defineProps(ParagraphCollectionProxy, {});

// ---------------------------------------------------------------------------------------------
// Range

export class RangeProxy extends ClientObject {
  readonly _type = "Range";
  get font(): any {
    return fontOf(this, (r: RangeState) => rangeParts(r));
  }
  get paragraphs(): any {
    return this._child("paragraphs", () =>
      wrap(
        new ParagraphCollectionProxy(this._ctx, () => rangeParagraphs(this._live())),
        "ParagraphCollection",
      ),
    );
  }
  get parentContentControlOrNullObject(): any {
    return this._child("pcc", () =>
      wrap(
        new ContentControlProxy(
          this._ctx,
          () => {
            this._api("1.3", "parentContentControlOrNullObject");
            const r = this._live() as RangeState;
            const ps = rangeParagraphs(r);
            // The innermost control around every paragraph the range touches.
            let cc = ps[0].cc;
            while (cc && !ps.every((p) => isUnder(p, cc!))) cc = cc.parent;
            return cc;
          },
          true,
        ),
        "ContentControl",
      ),
    );
  }
  expandTo(other: any): any {
    const o = other as ClientObject;
    return this._make(
      wrap(
        new RangeProxy(this._ctx, () => {
          this._api("1.3", "expandTo");
          const a = this._live() as RangeState;
          const b = o._live() as RangeState;
          checkAlive(a);
          checkAlive(b);
          const start = compareAnchors(a.start, b.start) <= 0 ? a.start : b.start;
          const end = compareAnchors(a.end, b.end) >= 0 ? a.end : b.end;
          return {
            start: new Anchor(start.para, start.offset),
            end: new Anchor(end.para, end.offset),
          };
        }),
        "Range",
      ),
    );
  }
  getRange(loc?: unknown): any {
    const where = checkLocation(
      loc ?? "Whole",
      ["Whole", "Start", "End", "After", "Before", "Content"],
      "Range.getRange",
    );
    return this._make(
      wrap(
        new RangeProxy(this._ctx, () => {
          this._api("1.3", "getRange");
          const r = this._live() as RangeState;
          const at =
            where === "Start" || where === "Before"
              ? r.start
              : where === "End" || where === "After"
                ? r.end
                : null;
          if (at)
            return { start: new Anchor(at.para, at.offset), end: new Anchor(at.para, at.offset) };
          return {
            start: new Anchor(r.start.para, r.start.offset),
            end: new Anchor(r.end.para, r.end.offset),
          };
        }),
        "Range",
      ),
    );
  }
  insertContentControl(type?: unknown): any {
    if (type !== undefined && type !== "RichText")
      throw notModelled(`content controls of type ${JSON.stringify(type)}`);
    return this._make(
      wrap(
        new ContentControlProxy(this._ctx, () => wrapRangeInControl(this._doc, this._live())),
        "ContentControl",
      ),
    );
  }
  insertText(text: unknown, loc: unknown): any {
    return insertTextAt(
      this,
      () => this._live(),
      text,
      loc,
      ["Replace", "Start", "End", "Before", "After"],
      "Range.insertText",
    );
  }
  insertParagraph(text: unknown, loc: unknown): any {
    const t = checkText(text, "Range.insertParagraph");
    const where = checkLocation(loc, ["Before", "After"], "Range.insertParagraph") as
      "Before" | "After";
    return this._make(
      paragraphOf(this._ctx, () => {
        const r = this._live() as RangeState;
        return insertParagraphBeside(
          this._doc,
          where === "Before" ? r.start.para : r.end.para,
          t,
          where,
        );
      }),
    );
  }
  insertComment(text: unknown): any {
    return extension("insertComment")(this, text);
  }
  getComments(): any {
    return extension("getComments")(this, () => this._live() as RangeState);
  }
  search(text: unknown, options?: unknown): any {
    return searchIn(this, text, options, (r: RangeState) => rangeParts(r));
  }
  select(mode?: unknown): void {
    selectRange(this, () => this._live(), mode);
  }
  delete(): void {
    this._q(() => {
      const r = this._live() as RangeState;
      if (r.start.para !== r.end.para)
        throw notModelled("deleting a range over several paragraphs");
      spliceText(this._doc, r.start.para, r.start.offset, r.end.offset, "");
    });
  }
}
defineProps(
  RangeProxy,
  {
    text: { get: (r: RangeState) => rangeText(r) },
    isEmpty: { api: "1.3", get: (r: RangeState) => rangeText(r).length === 0 },
    style: { get: (r: RangeState) => r.start.para.style },
    styleBuiltIn: { api: "1.3", get: (r: RangeState) => builtInOf(r.start.para.style) },
  },
  ["font", "paragraphs", "parentContentControlOrNullObject"],
);

function isUnder(p: Para, cc: ContentControlState): boolean {
  for (let c = p.cc; c; c = c.parent) if (c === cc) return true;
  return false;
}

class RangeCollectionProxy extends CollectionProxy {
  readonly _type = "RangeCollection";
  _makeItem(t: any): any {
    return itemOf((r, n) => wrap(new RangeProxy(this._ctx, r, n), "Range"))(t);
  }
}
defineProps(RangeCollectionProxy, {});

// ---------------------------------------------------------------------------------------------
// Body (document body, header/footer, table cell)

class BodyProxy extends ClientObject {
  readonly _type = "Body";
  get paragraphs(): any {
    return this._child("paragraphs", () =>
      wrap(
        new ParagraphCollectionProxy(this._ctx, () => paragraphsOf(this._live())),
        "ParagraphCollection",
      ),
    );
  }
  get tables(): any {
    return this._child("tables", () =>
      wrap(
        new TableCollectionProxy(this._ctx, () => {
          this._api("1.3", "tables");
          return tablesOf(this._live());
        }),
        "TableCollection",
      ),
    );
  }
  get contentControls(): any {
    return this._child("contentControls", () =>
      wrap(
        new ContentControlCollectionProxy(this._ctx, () => controlsOf(paragraphsOf(this._live()))),
        "ContentControlCollection",
      ),
    );
  }
  get font(): any {
    return fontOf(this, (c: Container) => wholeParts(paragraphsOf(c)));
  }
  insertParagraph(text: unknown, loc: unknown): any {
    const t = checkText(text, "Body.insertParagraph");
    const where = checkLocation(loc, ["Start", "End"], "Body.insertParagraph") as "Start" | "End";
    return this._make(
      paragraphOf(this._ctx, () => insertParagraphInContainer(this._doc, this._live(), t, where)),
    );
  }
  insertTable(rows: number, cols: number, loc: unknown, values?: string[][]): any {
    const where = checkLocation(loc, ["Start", "End"], "Body.insertTable") as "Start" | "End";
    return this._make(
      wrap(
        new TableProxy(this._ctx, () => {
          this._api("1.3", "insertTable");
          return insertTableInContainer(this._doc, this._live(), rows, cols, where, values);
        }),
        "Table",
      ),
    );
  }
  insertContentControl(type?: unknown): any {
    if (type !== undefined && type !== "RichText")
      throw notModelled(`content controls of type ${JSON.stringify(type)}`);
    return this._make(
      wrap(
        new ContentControlProxy(this._ctx, () => {
          const c = this._live() as Container;
          if (c.blocks.some((b) => b.kind === "table"))
            throw notModelled("a content control around a body that holds tables");
          return wrapInControl(this._doc, c.blocks as Para[]);
        }),
        "ContentControl",
      ),
    );
  }
  insertText(text: unknown, loc: unknown): any {
    const where = checkLocation(loc, ["Start", "End"], "Body.insertText");
    return insertTextAt(
      this,
      () => {
        const ps = paragraphsOf(this._live());
        return wholeParagraphRange(where === "Start" ? ps[0] : ps[ps.length - 1]);
      },
      text,
      where,
      ["Start", "End"],
      "Body.insertText",
    );
  }
  clear(): void {
    this._q(() => {
      const c = this._live() as Container;
      const ps = paragraphsOf(c);
      for (const p of ps.slice(1).reverse()) deleteParagraph(this._doc, p);
      c.blocks = c.blocks.filter((b) => b.kind === "paragraph");
      deleteParagraph(this._doc, ps[0]);
    });
  }
  getRange(loc?: unknown): any {
    const where = checkLocation(
      loc ?? "Whole",
      ["Whole", "Start", "End", "Content"],
      "Body.getRange",
    );
    return this._make(
      wrap(
        new RangeProxy(this._ctx, () => {
          this._api("1.3", "getRange");
          const ps = paragraphsOf(this._live());
          const first = ps[0];
          const last = ps[ps.length - 1];
          if (where === "Start") return { start: new Anchor(first, 0), end: new Anchor(first, 0) };
          if (where === "End")
            return {
              start: new Anchor(last, last.text.length),
              end: new Anchor(last, last.text.length),
            };
          return { start: new Anchor(first, 0), end: new Anchor(last, last.text.length) };
        }),
        "Range",
      ),
    );
  }
  getComments(): any {
    return extension("getComments")(this, () => {
      const ps = paragraphsOf(this._live() as Container);
      const last = ps[ps.length - 1];
      return { start: new Anchor(ps[0], 0), end: new Anchor(last, last.text.length) };
    });
  }
  search(text: unknown, options?: unknown): any {
    return searchIn(this, text, options, (c: Container) => wholeParts(paragraphsOf(c)));
  }
  select(mode?: unknown): void {
    selectRange(
      this,
      () => {
        const ps = paragraphsOf(this._live());
        const last = ps[ps.length - 1];
        return { start: new Anchor(ps[0], 0), end: new Anchor(last, last.text.length) };
      },
      mode,
    );
  }
}
defineProps(
  BodyProxy,
  {
    text: {
      get: (c: Container) =>
        paragraphsOf(c)
          .map((p) => p.text)
          .join("\r"),
    },
    type: {
      api: "1.3",
      get: (c: Container) =>
        ({ body: "MainDoc", header: "Header", footer: "Footer", cell: "TableCell" })[c.kind],
    },
  },
  ["paragraphs", "tables", "contentControls", "font"],
);

// ---------------------------------------------------------------------------------------------
// Tables

class TableProxy extends ClientObject {
  readonly _type = "Table";
  get font(): any {
    return fontOf(this, (t: Table) =>
      wholeParts(t.rows.flatMap((r) => r.flatMap((c) => c.paragraphs))),
    );
  }
  get rows(): any {
    return this._child("rows", () =>
      wrap(
        new TableRowCollectionProxy(this._ctx, () => (this._live() as Table).rows),
        "TableRowCollection",
      ),
    );
  }
  _cell(r: number, c: number, nullable: boolean): any {
    return this._make(
      wrap(
        new TableCellProxy(
          this._ctx,
          () => {
            const t = this._live() as Table;
            const cell = t.rows[r]?.[c];
            if (!cell && !nullable)
              throw officeError(
                "ItemNotFound",
                `FakeWord: the table has no cell at row ${r}, column ${c}`,
              );
            return cell ?? null;
          },
          nullable,
        ),
        "TableCell",
      ),
    );
  }
  getCell(r: number, c: number): any {
    return this._cell(r, c, false);
  }
  getCellOrNullObject(r: number, c: number): any {
    return this._cell(r, c, true);
  }
  addRows(loc: unknown, count: number, values?: string[][]): any {
    const where = checkLocation(loc, ["Start", "End"], "Table.addRows");
    const rows = wrap(
      new TableRowCollectionProxy(this._ctx, () => {
        this._api("1.3", "addRows");
        const t = this._live() as Table;
        const template = where === "Start" ? t.rows[0] : t.rows[t.rows.length - 1];
        return addRows(
          this._doc,
          t,
          where === "Start" ? 0 : t.rows.length,
          count,
          template,
          values,
        );
      }),
      "TableRowCollection",
    );
    return rows._fixNow();
  }
  deleteRows(index: number, count = 1): void {
    this._q(() => {
      this._api("1.3", "deleteRows");
      deleteRows(this._doc, this._live(), index, count);
    });
  }
  insertParagraph(text: unknown, loc: unknown): any {
    const t = checkText(text, "Table.insertParagraph");
    const where = checkLocation(loc, ["Before", "After"], "Table.insertParagraph") as
      "Before" | "After";
    return this._make(
      paragraphOf(this._ctx, () => insertParagraphBesideTable(this._doc, this._live(), t, where)),
    );
  }
  search(text: unknown, options?: unknown): any {
    return searchIn(this, text, options, (t: Table) =>
      wholeParts(t.rows.flatMap((r) => r.flatMap((c) => c.paragraphs))),
    );
  }
  select(mode?: unknown): void {
    selectRange(
      this,
      () => {
        const t = this._live() as Table;
        const ps = t.rows.flatMap((r) => r.flatMap((c) => c.paragraphs));
        const last = ps[ps.length - 1];
        return { start: new Anchor(ps[0], 0), end: new Anchor(last, last.text.length) };
      },
      mode,
    );
  }
  delete(): void {
    this._q(() => {
      const t = this._live() as Table;
      const c = t.container;
      for (const row of t.rows)
        for (const cell of row)
          for (const p of cell.paragraphs) {
            p.deleted = true;
            this._doc.removed(p);
          }
      c.blocks.splice(c.blocks.indexOf(t), 1);
      t.deleted = true;
      if (c.blocks.length === 0) insertParagraphInContainer(this._doc, c, "", "End");
    });
  }
}
defineProps(
  TableProxy,
  {
    values: {
      api: "1.3",
      get: (t: Table) => t.values,
      set: (t: Table, v: any, self) => setTableValues(self._doc, t, v),
    },
    rowCount: { api: "1.3", get: (t: Table) => t.rows.length },
    headerRowCount: {
      api: "1.3",
      get: (t: Table) => t.headerRowCount,
      set: (t: Table, v: unknown) => {
        if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > t.rows.length)
          throw officeError("InvalidArgument", "FakeWord: bad headerRowCount");
        t.headerRowCount = v as number;
      },
    },
    nestingLevel: { api: "1.3", get: (t: Table) => (t.container.kind === "cell" ? 2 : 1) },
    style: {
      api: "1.3",
      get: (t: Table) => t.style,
      set: (t: Table, v: unknown) => (t.style = checkText(v, "Table.style")),
    },
    styleBuiltIn: {
      api: "1.3",
      get: (t: Table) => builtInOf(t.style),
      set: (t: Table, v: unknown) => (t.style = styleNameOf(v)),
    },
  },
  ["font", "rows"],
);

class TableCollectionProxy extends CollectionProxy {
  readonly _type = "TableCollection";
  _makeItem(t: any): any {
    return itemOf((r, n) => wrap(new TableProxy(this._ctx, r, n), "Table"))(t);
  }
}
defineProps(TableCollectionProxy, {});

class TableRowProxy extends ClientObject {
  readonly _type = "TableRow";
  get font(): any {
    return fontOf(this, (row: Cell[]) => wholeParts(row.flatMap((c) => c.paragraphs)));
  }
  insertRows(loc: unknown, count: number, values?: string[][]): any {
    const where = checkLocation(loc, ["Before", "After"], "TableRow.insertRows");
    const rows = wrap(
      new TableRowCollectionProxy(this._ctx, () => {
        const row = this._live() as Cell[];
        const t = row[0].table;
        const i = t.rows.indexOf(row);
        return addRows(this._doc, t, where === "Before" ? i : i + 1, count, row, values);
      }),
      "TableRowCollection",
    );
    return rows._fixNow();
  }
  delete(): void {
    this._q(() => {
      const row = this._live() as Cell[];
      const t = row[0].table;
      deleteRows(this._doc, t, t.rows.indexOf(row), 1);
    });
  }
}
defineProps(
  TableRowProxy,
  {
    values: { get: (row: Cell[]) => [row.map((c) => c.text)] },
    cellCount: { get: (row: Cell[]) => row.length },
    rowIndex: { get: (row: Cell[]) => row[0].table.rows.indexOf(row) },
    isHeader: {
      get: (row: Cell[]) => row[0].table.rows.indexOf(row) < row[0].table.headerRowCount,
    },
  },
  ["font"],
);

class TableRowCollectionProxy extends CollectionProxy {
  readonly _type = "TableRowCollection";
  _makeItem(t: any): any {
    return itemOf((r, n) => wrap(new TableRowProxy(this._ctx, r, n), "TableRow"))(t);
  }
}
defineProps(TableRowCollectionProxy, {});

class TableCellProxy extends ClientObject {
  readonly _type = "TableCell";
  get body(): any {
    return this._child("body", () =>
      wrap(new BodyProxy(this._ctx, () => (this._live() as Cell).container), "Body"),
    );
  }
  get parentRow(): any {
    return this._child("parentRow", () =>
      wrap(
        new TableRowProxy(this._ctx, () => {
          const c = this._live() as Cell;
          return c.table.rows[c.rowIndex];
        }),
        "TableRow",
      ),
    );
  }
  get parentTable(): any {
    return this._child("parentTable", () =>
      wrap(new TableProxy(this._ctx, () => (this._live() as Cell).table), "Table"),
    );
  }
}
defineProps(
  TableCellProxy,
  {
    value: { get: (c: Cell) => c.text },
    rowIndex: { get: (c: Cell) => c.rowIndex },
    cellIndex: { get: (c: Cell) => c.cellIndex },
  },
  ["body", "parentRow", "parentTable"],
);

// ---------------------------------------------------------------------------------------------
// Content controls

class ContentControlProxy extends ClientObject {
  readonly _type = "ContentControl";
  _paras(): Para[] {
    return controlParagraphs(this._doc, this._live());
  }
  get font(): any {
    return fontOf(this, (cc: ContentControlState) => wholeParts(controlParagraphs(this._doc, cc)));
  }
  get paragraphs(): any {
    return this._child("paragraphs", () =>
      wrap(new ParagraphCollectionProxy(this._ctx, () => this._paras()), "ParagraphCollection"),
    );
  }
  get parentContentControlOrNullObject(): any {
    return this._child("pcc", () =>
      wrap(
        new ContentControlProxy(
          this._ctx,
          () => (this._live() as ContentControlState).parent,
          true,
        ),
        "ContentControl",
      ),
    );
  }
  delete(keepContent: boolean): void {
    if (typeof keepContent !== "boolean")
      throw officeError(
        "InvalidArgument",
        "FakeWord: ContentControl.delete(keepContent) needs true or false",
      );
    this._q(() => deleteControl(this._doc, this._live(), keepContent));
  }
  insertParagraph(text: unknown, loc: unknown): any {
    const t = checkText(text, "ContentControl.insertParagraph");
    const where = checkLocation(
      loc,
      ["Start", "End", "Before", "After"],
      "ContentControl.insertParagraph",
    );
    return this._make(
      paragraphOf(this._ctx, () => {
        const cc = this._live() as ContentControlState;
        const ps = controlParagraphs(this._doc, cc);
        const anchor = where === "Start" || where === "Before" ? ps[0] : ps[ps.length - 1];
        const p = insertParagraphBeside(
          this._doc,
          anchor,
          t,
          where === "Start" || where === "Before" ? "Before" : "After",
        );
        if (where === "Before" || where === "After") p.cc = cc.parent; // outside the control
        return p;
      }),
    );
  }
  insertText(text: unknown, loc: unknown): any {
    const where = checkLocation(loc, ["Start", "End", "Replace"], "ContentControl.insertText");
    if (where === "Replace") {
      const t = checkText(text, "ContentControl.insertText");
      return this._make(
        wrap(
          new RangeProxy(this._ctx, () => {
            const ps = this._paras();
            for (const p of ps.slice(1).reverse()) deleteParagraph(this._doc, p);
            spliceText(this._doc, ps[0], 0, ps[0].text.length, t);
            return { start: new Anchor(ps[0], 0), end: new Anchor(ps[0], t.length) };
          }),
          "Range",
        ),
      );
    }
    return insertTextAt(
      this,
      () => {
        const ps = this._paras();
        return wholeParagraphRange(where === "Start" ? ps[0] : ps[ps.length - 1]);
      },
      text,
      where,
      ["Start", "End"],
      "ContentControl.insertText",
    );
  }
  getRange(loc?: unknown): any {
    const where = checkLocation(
      loc ?? "Whole",
      ["Whole", "Start", "End", "Content"],
      "ContentControl.getRange",
    );
    return this._make(
      wrap(
        new RangeProxy(this._ctx, () => {
          const ps = this._paras();
          const first = ps[0];
          const last = ps[ps.length - 1];
          if (where === "Start") return { start: new Anchor(first, 0), end: new Anchor(first, 0) };
          if (where === "End")
            return {
              start: new Anchor(last, last.text.length),
              end: new Anchor(last, last.text.length),
            };
          return { start: new Anchor(first, 0), end: new Anchor(last, last.text.length) };
        }),
        "Range",
      ),
    );
  }
  search(text: unknown, options?: unknown): any {
    return searchIn(this, text, options, (cc: ContentControlState) =>
      wholeParts(controlParagraphs(this._doc, cc)),
    );
  }
  select(mode?: unknown): void {
    selectRange(
      this,
      () => {
        const ps = this._paras();
        const last = ps[ps.length - 1];
        return { start: new Anchor(ps[0], 0), end: new Anchor(last, last.text.length) };
      },
      mode,
    );
  }
}
function ccString(key: "tag" | "title" | "placeholderText"): PropDef {
  return {
    get: (cc: ContentControlState) => cc[key],
    set: (cc: ContentControlState, v: unknown) => {
      cc[key] = checkText(v, `ContentControl.${key}`);
    },
  };
}
defineProps(
  ContentControlProxy,
  {
    id: { get: (cc: ContentControlState) => cc.id },
    tag: ccString("tag"),
    title: ccString("title"),
    placeholderText: ccString("placeholderText"),
    appearance: {
      get: (cc: ContentControlState) => cc.appearance,
      set: (cc: ContentControlState, v: unknown) => {
        cc.appearance = checkLocation(
          v,
          ["BoundingBox", "Tags", "Hidden"],
          "ContentControl.appearance",
        ) as ContentControlState["appearance"];
      },
    },
    color: {
      get: (cc: ContentControlState) => cc.color,
      set: (cc: ContentControlState, v: unknown) =>
        (cc.color = normaliseColour(v, "ContentControl.color")),
    },
    text: {
      get: (cc: ContentControlState, self) =>
        (self as ContentControlProxy)
          ._paras()
          .map((p) => p.text)
          .join("\r"),
    },
    type: { get: () => "RichText" },
  },
  ["font", "paragraphs", "parentContentControlOrNullObject"],
);

class ContentControlCollectionProxy extends CollectionProxy {
  readonly _type = "ContentControlCollection";
  _makeItem(t: any): any {
    return itemOf((r, n) => wrap(new ContentControlProxy(this._ctx, r, n), "ContentControl"))(t);
  }
  getByTag(tag: string): any {
    return wrap(
      new ContentControlCollectionProxy(this._ctx, () =>
        this._list().filter((c: ContentControlState) => c.tag === tag),
      ),
      "ContentControlCollection",
    );
  }
  getByTitle(title: string): any {
    return wrap(
      new ContentControlCollectionProxy(this._ctx, () =>
        this._list().filter((c: ContentControlState) => c.title === title),
      ),
      "ContentControlCollection",
    );
  }
  getById(id: number): any {
    return this._make(
      wrap(
        new ContentControlProxy(this._ctx, () => {
          const cc = this._list().find((c: ContentControlState) => c.id === id);
          if (!cc) throw officeError("ItemNotFound", `FakeWord: no content control has id ${id}`);
          return cc;
        }),
        "ContentControl",
      ),
    );
  }
}
defineProps(ContentControlCollectionProxy, {});

// ---------------------------------------------------------------------------------------------
// Custom XML parts (WordApi 1.4)

class CustomXmlPartProxy extends ClientObject {
  readonly _type = "CustomXmlPart";
  getXml(): ClientResult<string> {
    const r = new ClientResult<string>();
    this._q(() => r._setValue((this._live() as CustomXmlPartState).xml));
    return r;
  }
  setXml(xml: string): void {
    this._q(() => {
      (this._live() as CustomXmlPartState).xml = checkText(xml, "CustomXmlPart.setXml");
    });
  }
  delete(): void {
    this._q(() => {
      (this._live() as CustomXmlPartState).deleted = true;
    });
  }
}
defineProps(CustomXmlPartProxy, {
  id: { get: (p: CustomXmlPartState) => p.id },
  namespaceUri: { get: (p: CustomXmlPartState) => p.namespaceUri },
  builtIn: { get: () => false },
});

function namespaceOf(xml: string): string {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*\b([^>]*)>/.exec(xml);
  if (!m)
    throw officeError(
      "InvalidArgument",
      "FakeWord: a custom XML part must be well-formed XML with a root element",
    );
  const prefix = m[1] ? m[1].slice(0, -1) : "";
  const attr = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*"([^"]*)"`) : /xmlns\s*=\s*"([^"]*)"/;
  return attr.exec(m[2])?.[1] ?? "";
}

class CustomXmlPartCollectionProxy extends CollectionProxy {
  readonly _type = "CustomXmlPartCollection";
  _makeItem(t: any): any {
    return itemOf((r, n) => wrap(new CustomXmlPartProxy(this._ctx, r, n), "CustomXmlPart"))(t);
  }
  add(xml: string): any {
    const x = checkText(xml, "CustomXmlPartCollection.add");
    return this._make(
      wrap(
        new CustomXmlPartProxy(this._ctx, () => {
          this._list();
          return this._doc.newPart(namespaceOf(x), x);
        }),
        "CustomXmlPart",
      ),
    );
  }
  getByNamespace(ns: string): any {
    return wrap(
      new CustomXmlPartCollectionProxy(this._ctx, () =>
        this._list().filter((p: CustomXmlPartState) => p.namespaceUri === ns),
      ),
      "CustomXmlPartScopedCollection",
    );
  }
  getOnlyItemOrNullObject(): any {
    return this._make(
      wrap(
        new CustomXmlPartProxy(
          this._ctx,
          () => {
            const l = this._list();
            return l.length === 1 ? l[0] : null;
          },
          true,
        ),
        "CustomXmlPart",
      ),
    );
  }
  getItem(id: string): any {
    return this._make(
      wrap(
        new CustomXmlPartProxy(this._ctx, () => {
          const p = this._list().find((x: CustomXmlPartState) => x.id === id);
          if (!p) throw officeError("ItemNotFound", `FakeWord: no custom XML part has id ${id}`);
          return p;
        }),
        "CustomXmlPart",
      ),
    );
  }
  getItemOrNullObject(id: string): any {
    return this._make(
      wrap(
        new CustomXmlPartProxy(
          this._ctx,
          () => this._list().find((x: CustomXmlPartState) => x.id === id) ?? null,
          true,
        ),
        "CustomXmlPart",
      ),
    );
  }
}
defineProps(CustomXmlPartCollectionProxy, {});

// ---------------------------------------------------------------------------------------------
// Sections, document, application, events

class SectionProxy extends ClientObject {
  readonly _type = "Section";
  _story(kind: "header" | "footer", type: unknown): any {
    const t = checkLocation(
      type,
      [...HEADER_FOOTER_TYPES],
      `Section.get${kind === "header" ? "Header" : "Footer"}`,
    );
    return this._child(`${kind}:${t}`, () =>
      wrap(
        new BodyProxy(this._ctx, () => {
          const section = this._live() as SectionState;
          return (kind === "header" ? section.headers : section.footers)[t as HeaderFooterType];
        }),
        "Body",
      ),
    );
  }
  getHeader(type: unknown): any {
    return this._story("header", type);
  }
  getFooter(type: unknown): any {
    return this._story("footer", type);
  }
  get body(): any {
    return this._child("body", () =>
      wrap(
        new BodyProxy(this._ctx, () => {
          if (this._doc.sections.length > 1)
            throw notModelled("Section.body in a document of several sections");
          return this._doc.body;
        }),
        "Body",
      ),
    );
  }
}
defineProps(SectionProxy, {}, ["body"]);

class SectionCollectionProxy extends CollectionProxy {
  readonly _type = "SectionCollection";
  _makeItem(t: any): any {
    return itemOf((r, n) => wrap(new SectionProxy(this._ctx, r, n), "Section"))(t);
  }
}
defineProps(SectionCollectionProxy, {});

class EventHandlersProxy {
  constructor(
    private readonly owner: ClientObject,
    private readonly kind: ParagraphEventKind,
  ) {}
  add(handler: (args: unknown) => unknown): any {
    const owner = this.owner;
    let token: number | undefined;
    owner._q(() => {
      owner._api("1.6", `on${this.kind}`);
      token = owner._host.addParagraphHandler(this.kind, handler);
    });
    return {
      get context() {
        return owner._ctx;
      },
      remove: () => {
        owner._q(() => {
          if (token !== undefined) owner._host.removeParagraphHandler(token);
        });
      },
    };
  }
  remove(_handler: unknown): void {
    throw notModelled("EventHandlers.remove(handler) (use the result of add(): result.remove())");
  }
}

class DocumentProxy extends ClientObject {
  readonly _type = "Document";
  get body(): any {
    return this._child("body", () => wrap(new BodyProxy(this._ctx, () => this._doc.body), "Body"));
  }
  get sections(): any {
    return this._child("sections", () =>
      wrap(new SectionCollectionProxy(this._ctx, () => this._doc.sections), "SectionCollection"),
    );
  }
  get contentControls(): any {
    return this._child("contentControls", () =>
      wrap(
        new ContentControlCollectionProxy(this._ctx, () =>
          controlsOf(this._doc.stories().flatMap((story) => paragraphsOf(story))),
        ),
        "ContentControlCollection",
      ),
    );
  }
  get customXmlParts(): any {
    return this._child("customXmlParts", () =>
      wrap(
        new CustomXmlPartCollectionProxy(this._ctx, () => {
          this._api("1.4", "customXmlParts");
          return this._doc.parts.filter((p) => !p.deleted);
        }),
        "CustomXmlPartCollection",
      ),
    );
  }
  get onParagraphChanged(): any {
    return this._child(
      "onParagraphChanged",
      () => new EventHandlersProxy(this, "ParagraphChanged"),
    );
  }
  get onParagraphAdded(): any {
    return this._child("onParagraphAdded", () => new EventHandlersProxy(this, "ParagraphAdded"));
  }
  get onParagraphDeleted(): any {
    return this._child(
      "onParagraphDeleted",
      () => new EventHandlersProxy(this, "ParagraphDeleted"),
    );
  }
  getSelection(): any {
    return this._make(
      wrap(
        new RangeProxy(this._ctx, () => {
          const s = this._doc.selection;
          return {
            start: new Anchor(s.start.para, s.start.offset),
            end: new Anchor(s.end.para, s.end.offset),
          };
        }),
        "Range",
      ),
    );
  }
}
defineProps(DocumentProxy, {}, ["body", "sections", "contentControls", "customXmlParts"]);

class DocumentCreatedProxy extends ClientObject {
  readonly _type = "DocumentCreated";
  open(): void {
    this._q(() => this._host.documentOpened(this._live() as string));
  }
}
defineProps(DocumentCreatedProxy, {});

class ApplicationProxy extends ClientObject {
  readonly _type = "Application";
  createDocument(base64File?: string): any {
    return this._make(
      wrap(
        new DocumentCreatedProxy(this._ctx, () => {
          this._api("1.3", "createDocument");
          return base64File ?? "";
        }),
        "DocumentCreated",
      ),
    );
  }
}
defineProps(ApplicationProxy, {});

/** For tests: the class of any proxy, to check what something is. */
export function proxyType(o: unknown): string | undefined {
  return o instanceof ClientObject ? o._type : undefined;
}
