import { CURRENT_QA_SCHEMA_VERSION, type QaState } from "../../core/qa/schema";
import { describeProblems } from "../../core/validation";
import { qaLoadFromXml, qaToXml } from "../../docx/custom-xml/qa-xml";
import { QA_NAMESPACE } from "../../docx/custom-xml/xml-util";
import type { WordGateway } from "../../word/gateway";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";

/**
 * The QA record kept in the document as a custom XML part (WordApi 1.4): read once when the QA tab
 * opens, saved after each change (debounced; one write at a time, in order). A record saved by a
 * newer version of the add-in, or one that cannot be read, is shown read-only (as far as it can be
 * read) and never written over. Without WordApi 1.4 the record lives only while the pane is open.
 */

export type RecordSource =
  /** No record in the document yet: the first change creates one. */
  | "none"
  /** Read from the document (and saved back to it). */
  | "stored"
  /** This Word cannot store custom XML: changes last only while the pane is open. */
  | "session"
  /** The stored record must not be changed (newer version, unreadable): see `notice`. */
  | "read-only";

export type SaveState =
  | { phase: "idle" }
  | { phase: "pending" }
  | { phase: "saving" }
  | { phase: "saved" }
  | { phase: "failed"; reason: string };

export interface RecordSnapshot {
  loaded: boolean;
  source: RecordSource;
  /** The record as it stands (undefined until there is one, or when it cannot be read at all). */
  state?: QaState;
  /** Set when the stored record was an older version, brought up to date for display. */
  migratedFrom?: number;
  /** Why the record is read-only or not kept in the document, in words the reader acts on. */
  notice?: string;
  save: SaveState;
}

export const SESSION_NOTICE =
  "This version of Word can't store the QA record inside the document (it needs Word API 1.4, in Microsoft 365 or Word on the web). You can still work through the form and insert it into the document as a table, but answers are kept only while this task pane is open.";

/**
 * A record from a newer version, read as far as this version can (its unknown parts ignored), to
 * show read-only. Undefined when even that fails.
 */
export function readNewerForDisplay(xml: string): QaState | undefined {
  const asCurrent = xml.replace(
    /(<(?:[\w.-]+:)?qa\b[^>]*\sschemaVersion\s*=\s*)(["'])\d+\2/,
    `$1"${CURRENT_QA_SCHEMA_VERSION}"`,
  );
  if (asCurrent === xml) return undefined;
  const load = qaLoadFromXml(asCurrent);
  return load.kind === "ok" ? load.state : undefined;
}

export class QaRecordStore {
  private snapshot: RecordSnapshot = { loaded: false, source: "none", save: { phase: "idle" } };
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsaved: QaState | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly gateway: WordGateway,
    private readonly debounceMs = 600,
  ) {}

  getSnapshot = (): RecordSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<RecordSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const l of [...this.listeners]) l();
  }

  /** Read the record from the document (once; later calls share the read). */
  load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  private async read(): Promise<void> {
    if (!this.gateway.capabilities().customXml) {
      this.set({ loaded: true, source: "session", notice: SESSION_NOTICE });
      return;
    }
    let xml: string | undefined;
    try {
      xml = await this.gateway.readCustomXml(QA_NAMESPACE);
    } catch (err) {
      logError("reading the QA record", err);
      this.set({
        loaded: true,
        source: "read-only",
        notice: `Word couldn't read the QA record in this document, so nothing can be changed here: ${plainReason(err)}`,
      });
      return;
    }
    if (xml === undefined) {
      this.set({ loaded: true, source: "none" });
      return;
    }
    const load = qaLoadFromXml(xml);
    if (load.kind === "ok") {
      this.set({
        loaded: true,
        source: "stored",
        state: load.state,
        migratedFrom: load.migratedFrom,
      });
    } else if (load.kind === "newer") {
      this.set({
        loaded: true,
        source: "read-only",
        state: readNewerForDisplay(xml),
        notice: load.message,
      });
    } else {
      this.set({
        loaded: true,
        source: "read-only",
        notice: `The QA record in this document can't be read (${describeProblems(load.problems)}). It has been left exactly as it is, so nothing can be changed here.`,
      });
    }
  }

  /** True when changes can be made (and, except in a session-only Word, saved). */
  get editable(): boolean {
    return this.snapshot.loaded && this.snapshot.source !== "read-only";
  }

  /** Show `next` at once and save it after a pause (unless the record may not be changed). */
  update(next: QaState): boolean {
    if (!this.editable) return false;
    this.set({ state: next });
    if (this.snapshot.source === "session") return true;
    this.unsaved = next;
    this.set({ save: { phase: "pending" } });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
    return true;
  }

  /** Save what is waiting now (when the pane closes, or before an action that needs it saved). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const state = this.unsaved;
    this.unsaved = undefined;
    if (state) this.writing = this.writing.then(() => this.write(state));
    return this.writing;
  }

  private async write(state: QaState): Promise<void> {
    if (this.snapshot.source === "read-only") return;
    this.set({ save: { phase: "saving" } });
    try {
      // Never write over a record another version of the add-in saved meanwhile.
      const existing = await this.gateway.readCustomXml(QA_NAMESPACE);
      if (existing !== undefined) {
        const load = qaLoadFromXml(existing);
        if (load.kind === "newer" || load.kind === "invalid") {
          this.set({
            source: "read-only",
            notice:
              load.kind === "newer"
                ? load.message
                : `The QA record in this document was changed and can no longer be read (${describeProblems(load.problems)}). It has been left as it is; your last change was not saved.`,
            save: {
              phase: "failed",
              reason: "Not saved: the record in the document must not be overwritten.",
            },
          });
          return;
        }
      }
      await this.gateway.writeCustomXml(QA_NAMESPACE, qaToXml(state));
      this.set({
        source: "stored",
        save: this.unsaved ? { phase: "pending" } : { phase: "saved" },
      });
    } catch (err) {
      logError("saving the QA record", err);
      this.set({
        save: { phase: "failed", reason: `Not saved in the document: ${plainReason(err)}` },
      });
    }
  }
}
