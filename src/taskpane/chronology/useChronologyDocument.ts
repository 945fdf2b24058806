import { useCallback, useEffect, useRef, useState } from "react";
import type { DocModel } from "../../core/model/types";
import { useGateway } from "../context/GatewayContext";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";

/** The document as last read, and whether a read is under way. */
export type ReadState =
  /** Reading; `model` is the last read (shown meanwhile), if any. */
  | { phase: "reading"; model?: DocModel }
  | { phase: "ready"; model: DocModel }
  | { phase: "failed"; reason: string; model?: DocModel };

/** How long the document must be still before it is read again after a change. */
export const REREAD_DELAY_MS = 800;

/**
 * The document, read when the panel opens, again a moment after the author stops changing it,
 * and on demand (after the panel changes it). Only the latest read's result is kept.
 */
export function useChronologyDocument(): {
  state: ReadState;
  refresh: () => Promise<DocModel | undefined>;
} {
  const gateway = useGateway();
  const [state, setState] = useState<ReadState>({ phase: "reading" });
  const latest = useRef(0);
  const mounted = useRef(true);

  const refresh = useCallback(async (): Promise<DocModel | undefined> => {
    const id = ++latest.current;
    setState((s) => ({ phase: "reading", model: s.model }));
    try {
      const model = await gateway.readDocument();
      if (mounted.current && id === latest.current) setState({ phase: "ready", model });
      return model;
    } catch (err) {
      logError("reading the document for the chronology", err);
      if (mounted.current && id === latest.current)
        setState((s) => ({ phase: "failed", reason: plainReason(err), model: s.model }));
      return undefined;
    }
  }, [gateway]);

  useEffect(() => {
    mounted.current = true;
    void refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = gateway.onDocumentChanged(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void refresh(), REREAD_DELAY_MS);
    });
    return () => {
      mounted.current = false;
      if (timer !== undefined) clearTimeout(timer);
      stop();
    };
  }, [gateway, refresh]);

  return { state, refresh };
}
