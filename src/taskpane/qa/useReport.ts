import { useCallback, useEffect, useRef, useState } from "react";
import type { DocModel } from "../../core/model/types";
import { useGateway } from "../context/GatewayContext";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";

/** The report as the QA tab last read it. */
export type ReportRead =
  | { phase: "reading"; previous?: DocModel }
  | { phase: "ready"; model: DocModel }
  | { phase: "failed"; reason: string };

/**
 * Read the document (at most two context.sync calls) when the tab opens and whenever asked again:
 * the evidence beside each criterion and the cover-table changes are worked out from it.
 */
export function useReport(): { read: ReportRead; refresh: () => Promise<DocModel | undefined> } {
  const gateway = useGateway();
  const [read, setRead] = useState<ReportRead>({ phase: "reading" });
  const run = useRef(0);

  const refresh = useCallback(async (): Promise<DocModel | undefined> => {
    const mine = ++run.current;
    setRead((r) => ({ phase: "reading", previous: r.phase === "ready" ? r.model : undefined }));
    try {
      const model = await gateway.readDocument();
      if (mine === run.current) setRead({ phase: "ready", model });
      return model;
    } catch (err) {
      logError("reading the report for QA", err);
      if (mine === run.current) setRead({ phase: "failed", reason: plainReason(err) });
      return undefined;
    }
  }, [gateway]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { read, refresh };
}
