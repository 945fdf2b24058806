import { useCallback, useRef, useState } from "react";
import type { Pack } from "../../core/packs/schema";
import type { InsertPosition } from "../../word/gateway";
import { logError } from "../config/error-log";
import { useGateway } from "../context/GatewayContext";
import { sectionCount } from "../packLabels";
import { plainReason } from "../plainReason";

/** Where the insert-template flow is. */
export type InsertState =
  | { phase: "idle" }
  | { phase: "checking" }
  /** The document has text: the author chooses where the template goes. */
  | { phase: "asking"; pack: Pack }
  | { phase: "inserting" }
  | { phase: "inserted"; sections: number }
  | { phase: "cancelled" }
  | { phase: "failed"; reason: string };

export interface InsertTemplateFlow {
  state: InsertState;
  busy: boolean;
  /** Start inserting `pack`: straight in if the document is empty, otherwise ask where. */
  start(pack: Pack): Promise<void>;
  /** The author's answer to "where?". */
  choose(position: InsertPosition): Promise<void>;
  cancel(): void;
}

/** The insert-template flow. Never replaces the author's text: a document with text is asked about. */
export function useInsertTemplate(): InsertTemplateFlow {
  const gateway = useGateway();
  const [state, setState] = useState<InsertState>({ phase: "idle" });
  const running = useRef(false);

  const insert = useCallback(
    async (pack: Pack, position: InsertPosition | "replace-empty") => {
      setState({ phase: "inserting" });
      try {
        await gateway.insertTemplate(pack, position);
        setState({ phase: "inserted", sections: sectionCount(pack) });
      } catch (err) {
        logError("inserting the template", err);
        setState({ phase: "failed", reason: plainReason(err) });
      } finally {
        running.current = false;
      }
    },
    [gateway],
  );

  const start = useCallback(
    async (pack: Pack) => {
      if (running.current) return;
      running.current = true;
      setState({ phase: "checking" });
      let hasText: boolean;
      try {
        hasText = await gateway.hasText();
      } catch (err) {
        logError("looking for text before inserting the template", err);
        running.current = false;
        setState({ phase: "failed", reason: plainReason(err) });
        return;
      }
      if (hasText) {
        setState({ phase: "asking", pack });
        return;
      }
      await insert(pack, "replace-empty");
    },
    [gateway, insert],
  );

  const choose = useCallback(
    async (position: InsertPosition) => {
      if (state.phase !== "asking") return;
      await insert(state.pack, position);
    },
    [insert, state],
  );

  const cancel = useCallback(() => {
    running.current = false;
    setState({ phase: "cancelled" });
  }, []);

  const busy =
    state.phase === "checking" || state.phase === "asking" || state.phase === "inserting";
  return { state, busy, start, choose, cancel };
}
