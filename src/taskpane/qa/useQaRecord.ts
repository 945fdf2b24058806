import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { WordGateway } from "../../word/gateway";
import { useGateway } from "../context/GatewayContext";
import { QaRecordStore, type RecordSnapshot } from "./record-store";

const stores = new WeakMap<WordGateway, QaRecordStore>();

/** One store per gateway, so leaving the QA tab and coming back keeps what was loaded. */
export function qaRecordStoreFor(gateway: WordGateway): QaRecordStore {
  let store = stores.get(gateway);
  if (!store) {
    store = new QaRecordStore(gateway);
    stores.set(gateway, store);
  }
  return store;
}

/** The QA record in the document, and the store to change it through. */
export function useQaRecord(): { record: RecordSnapshot; store: QaRecordStore } {
  const gateway = useGateway();
  const store = useMemo(() => qaRecordStoreFor(gateway), [gateway]);
  const record = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    void store.load();
    // Leaving the tab saves what is waiting at once.
    return () => void store.flush();
  }, [store]);
  return { record, store };
}
