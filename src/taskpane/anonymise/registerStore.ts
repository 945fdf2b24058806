import { useEffect, useSyncExternalStore } from "react";
import { RegisterSchema, type Register } from "../../core/anonymise/register";
import { describeProblems } from "../../core/validation";
import { registerFromXml, registerToXml } from "../../docx/custom-xml/register-xml";
import { REGISTER_NAMESPACE } from "../../docx/custom-xml/xml-util";
import type { WordGateway } from "../../word/gateway";
import { useGateway } from "../context/GatewayContext";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";

/**
 * The people register, kept in the document as a custom XML part (WordApi 1.4) so it travels with
 * the draft. One store per gateway (per document), so it survives switching tabs. Where Word can't
 * store custom XML, or the stored register can't be read (a newer add-in's, or damaged: it is
 * never overwritten), the register lives until the pane closes and `notice` says so. Nothing is
 * written to localStorage: the register holds real names.
 */

export interface RegisterSnapshot {
  ready: boolean;
  register: Register;
  /** "document": every change is saved in the document; "session": until the pane closes. */
  persistence: "document" | "session";
  notice?: string;
  /** Why the last save failed (the change is kept for this session). */
  saveError?: string;
  /** True while a change is being written to the document. */
  saving: boolean;
}

const EMPTY: Register = { schemaVersion: 1, people: [] };

export class RegisterStore {
  private snapshot: RegisterSnapshot = {
    ready: false,
    register: EMPTY,
    persistence: "document",
    saving: false,
  };
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly gateway: WordGateway) {}

  getSnapshot = (): RegisterSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: RegisterSnapshot): void {
    this.snapshot = next;
    for (const l of [...this.listeners]) l();
  }

  load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  private sessionOnly(notice: string, register: Register = this.snapshot.register): void {
    this.set({ ready: true, register, persistence: "session", notice, saving: false });
  }

  private async read(): Promise<void> {
    if (!this.gateway.capabilities().customXml) {
      this.sessionOnly(
        "This version of Word can't keep the people register inside the document (it needs Word API 1.4), so the register is kept only until the task pane closes.",
      );
      return;
    }
    let xml: string | undefined;
    try {
      xml = await this.gateway.readCustomXml(REGISTER_NAMESPACE);
    } catch (err) {
      logError("reading the people register", err);
      this.sessionOnly(
        `Word couldn't read the people register stored in this document (${plainReason(err)}), so changes are kept only until the task pane closes.`,
      );
      return;
    }
    if (xml === undefined) {
      this.set({ ready: true, register: EMPTY, persistence: "document", saving: false });
      return;
    }
    const parsed = registerFromXml(xml);
    if (parsed.ok) {
      this.set({ ready: true, register: parsed.value, persistence: "document", saving: false });
      return;
    }
    this.sessionOnly(
      `The people register stored in this document could not be used (${describeProblems(parsed.problems)}). It has been left exactly as it is; a register made here is kept only until the task pane closes.`,
      EMPTY,
    );
  }

  /** Change the register: shown at once, then saved in the document where it can be. */
  update(change: (r: Register) => Register): Promise<void> {
    const run = async (): Promise<void> => {
      await this.load();
      const parsed = RegisterSchema.safeParse(change(this.snapshot.register));
      if (!parsed.success) {
        this.set({
          ...this.snapshot,
          saveError: "That change was not made: a name or code was empty.",
        });
        return;
      }
      const register = parsed.data;
      const persist = this.snapshot.persistence === "document";
      this.set({ ...this.snapshot, register, saveError: undefined, saving: persist });
      if (!persist) return;
      try {
        await this.gateway.writeCustomXml(REGISTER_NAMESPACE, registerToXml(register));
        this.set({ ...this.snapshot, saving: false });
      } catch (err) {
        logError("saving the people register", err);
        this.set({
          ...this.snapshot,
          saving: false,
          saveError: `Word couldn't save the register in the document (${plainReason(err)}); it is kept until the task pane closes.`,
        });
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next;
    return next;
  }
}

const stores = new WeakMap<WordGateway, RegisterStore>();

export function registerStoreFor(gateway: WordGateway): RegisterStore {
  let store = stores.get(gateway);
  if (!store) stores.set(gateway, (store = new RegisterStore(gateway)));
  return store;
}

/** The people register of this document, and the store to change it. */
export function useRegister(): RegisterSnapshot & { store: RegisterStore } {
  const store = registerStoreFor(useGateway());
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    void store.load();
  }, [store]);
  return { ...snapshot, store };
}
