import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { DocumentSettingsSchema, SETTINGS_NAMESPACE } from "../../core/settings/schema";
import {
  defaultSettings,
  type DocumentSettings,
  type ReviewPeriod,
} from "../../core/settings/schema";
import {
  ignoreFinding,
  unignoreFindings,
  withPackId,
  withReviewPeriod,
} from "../../core/settings/state";
import { describeProblems } from "../../core/validation";
import { settingsLoadFromXml, settingsToXml } from "../../docx/custom-xml/settings-xml";
import type { WordGateway } from "../../word/gateway";
import { useGateway } from "../context/GatewayContext";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";

/**
 * The document settings (ignored findings, review period, chosen pack), kept in the document as
 * a custom XML part (WordApi 1.4). One store per gateway, shared by every panel that uses
 * useDocumentSettings(), so a change made in one tab is seen in the others. Where Word cannot
 * store custom XML, or the stored record cannot be used, the settings live for this session only
 * and `notice` says so plainly. Nothing is ever written to localStorage.
 *
 *   const { settings, ready, setReviewPeriod } = useDocumentSettings();
 *   const r = await setReviewPeriod({ start: "01/01/2022", end: "31/12/2023" });
 *   if (!r.ok) show(r.reason);
 */

export interface SettingsSnapshot {
  /** False until the stored settings have been read (settings are the defaults until then). */
  ready: boolean;
  settings: DocumentSettings;
  /** "document": changes are saved in the document; "session": kept until the pane closes. */
  persistence: "document" | "session";
  /** Why settings are kept for this session only, in words the author reads. */
  notice?: string;
  /** Why the last save to the document failed (the change is kept for this session). */
  saveError?: string;
}

/** ok: the change is made (and saved in the document where it can be); else why not. */
export type SettingsChange = { ok: true; saved: boolean } | { ok: false; reason: string };

export const SESSION_ONLY_NOTICE =
  "This version of Word can't keep settings inside the document, so ignored findings and the review period are remembered only until the task pane closes.";

export class DocumentSettingsStore {
  private snapshot: SettingsSnapshot = {
    ready: false,
    settings: defaultSettings(),
    persistence: "document",
  };
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | undefined;
  /** Writes run one after another, in the order they were asked for. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly gateway: WordGateway) {}

  getSnapshot = (): SettingsSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: SettingsSnapshot): void {
    this.snapshot = next;
    for (const l of [...this.listeners]) l();
  }

  /** Read the stored settings once (later calls share the first read). */
  load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  /** Read the stored settings again (e.g. after another author changed them). */
  reload(): Promise<void> {
    this.loading = this.queue.then(() => this.read());
    return this.loading;
  }

  private async read(): Promise<void> {
    if (!this.gateway.capabilities().customXml) {
      this.set({
        ready: true,
        settings: this.snapshot.settings,
        persistence: "session",
        notice: SESSION_ONLY_NOTICE,
      });
      return;
    }
    let xml: string | undefined;
    try {
      xml = await this.gateway.readCustomXml(SETTINGS_NAMESPACE);
    } catch (err) {
      logError("reading the document settings", err);
      this.set({
        ready: true,
        settings: this.snapshot.settings,
        persistence: "session",
        notice: `Word couldn't read the settings stored in this document (${plainReason(err)}), so changes are remembered only until the task pane closes.`,
      });
      return;
    }
    if (xml === undefined) {
      this.set({ ready: true, settings: defaultSettings(), persistence: "document" });
      return;
    }
    const load = settingsLoadFromXml(xml);
    if (load.kind === "ok") {
      this.set({ ready: true, settings: load.settings, persistence: "document" });
    } else {
      // Never overwrite a record we cannot read: it may be a newer version's, or repairable.
      this.set({
        ready: true,
        settings: defaultSettings(),
        persistence: "session",
        notice:
          load.kind === "newer"
            ? `${load.message} Changes are remembered only until the task pane closes.`
            : `The settings stored in this document could not be read (${describeProblems(load.problems)}). They have been left as they are; changes are remembered only until the task pane closes.`,
      });
    }
  }

  /** Change the settings: shown at once, then saved in the document where it can be. */
  update(change: (s: DocumentSettings) => DocumentSettings): Promise<SettingsChange> {
    const run = async (): Promise<SettingsChange> => {
      await this.load();
      const before = this.snapshot;
      const parsed = DocumentSettingsSchema.safeParse(change(before.settings));
      if (!parsed.success)
        return { ok: false, reason: parsed.error.issues.map((i) => i.message).join("; ") };
      const settings = parsed.data;
      this.set({ ...before, settings, saveError: undefined });
      if (before.persistence !== "document") return { ok: true, saved: false };
      try {
        await this.gateway.writeCustomXml(SETTINGS_NAMESPACE, settingsToXml(settings));
        return { ok: true, saved: true };
      } catch (err) {
        logError("saving the document settings", err);
        this.set({
          ...this.snapshot,
          saveError: `Word couldn't save this in the document (${plainReason(err)}); it is remembered until the task pane closes.`,
        });
        return { ok: true, saved: false };
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next;
    return next;
  }
}

const stores = new WeakMap<WordGateway, DocumentSettingsStore>();

/** The one settings store for this gateway (that is, this document). */
export function settingsStoreFor(gateway: WordGateway): DocumentSettingsStore {
  let store = stores.get(gateway);
  if (!store) stores.set(gateway, (store = new DocumentSettingsStore(gateway)));
  return store;
}

export interface DocumentSettingsApi extends SettingsSnapshot {
  /** Remember a finding (by findingKey) as ignored. */
  ignore(key: string): Promise<SettingsChange>;
  /** Show these ignored findings again. */
  unignore(keys: readonly string[]): Promise<SettingsChange>;
  /** Set the review period (dd/mm/yyyy), or clear it with undefined; refused if not valid. */
  setReviewPeriod(period: ReviewPeriod | undefined): Promise<SettingsChange>;
  /** Choose the pack the checks use (undefined: detect it from the document). */
  setPackId(packId: string | undefined): Promise<SettingsChange>;
  reload(): Promise<void>;
}

/** The document settings, read once per document and shared by every panel. */
export function useDocumentSettings(): DocumentSettingsApi {
  const gateway = useGateway();
  const store = settingsStoreFor(gateway);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    void store.load();
  }, [store]);

  const ignore = useCallback((key: string) => store.update((s) => ignoreFinding(s, key)), [store]);
  const unignore = useCallback(
    (keys: readonly string[]) => store.update((s) => unignoreFindings(s, keys)),
    [store],
  );
  const setReviewPeriod = useCallback(
    async (period: ReviewPeriod | undefined): Promise<SettingsChange> => {
      const check = withReviewPeriod(store.getSnapshot().settings, period);
      if (!check.ok) return { ok: false, reason: describeProblems(check.problems) };
      return store.update((s) => {
        const r = withReviewPeriod(s, period);
        return r.ok ? r.settings : s;
      });
    },
    [store],
  );
  const setPackId = useCallback(
    (packId: string | undefined) => store.update((s) => withPackId(s, packId)),
    [store],
  );
  const reload = useCallback(() => store.reload(), [store]);

  return useMemo(
    () => ({ ...snapshot, ignore, unignore, setReviewPeriod, setPackId, reload }),
    [snapshot, ignore, unignore, setReviewPeriod, setPackId, reload],
  );
}
