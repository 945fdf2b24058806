import { useCallback, useMemo, useState } from "react";
import type { CodeStyle, Register } from "../../core/anonymise/register";
import { suggestEntries, type Suggestion } from "../../core/anonymise/suggest";
import { runChecks } from "../../core/checks/engine";
import type { DocModel } from "../../core/model/types";
import { logError } from "../config/error-log";
import { useGateway } from "../context/GatewayContext";
import { useCheckOptions } from "../hooks/useCheckOptions";
import { useReportPack } from "../hooks/useReportPack";
import { plainReason } from "../plainReason";
import type { FoundPack } from "../report-pack";

export type SuggestionsState =
  | { phase: "idle" }
  | { phase: "reading" }
  | { phase: "ready"; model: DocModel }
  | { phase: "failed"; reason: string };

export interface NameSuggestions {
  state: SuggestionsState;
  /** The pack the last read was checked against (undefined before a read). */
  resolved?: FoundPack;
  suggestions: Suggestion[];
  find(): Promise<void>;
}

/**
 * Names the checks find in the document (anonymisation.full-name) and names in the cover table,
 * not yet in the register, each with a proposed code in `style`. Suggestions follow the register:
 * a name added drops out, and the codes proposed never clash with codes already given.
 */
export function useNameSuggestions(
  register: Register,
  style: CodeStyle,
  chosenPackId: string | undefined,
): NameSuggestions {
  const gateway = useGateway();
  const [state, setState] = useState<SuggestionsState>({ phase: "idle" });
  const model = state.phase === "ready" ? state.model : undefined;
  const resolved = useReportPack(model, chosenPackId, { orDefault: true });
  const checkOptions = useCheckOptions();
  const findings = useMemo(
    () => (model && resolved ? runChecks(model, resolved.pack, checkOptions) : []),
    [model, resolved, checkOptions],
  );
  const suggestions = useMemo(
    () =>
      model && resolved ? suggestEntries(model, resolved.pack, findings, register, style) : [],
    [model, resolved, findings, register, style],
  );
  const find = useCallback(async () => {
    setState({ phase: "reading" });
    try {
      setState({ phase: "ready", model: await gateway.readDocument() });
    } catch (err) {
      logError("finding names in the document", err);
      setState({ phase: "failed", reason: plainReason(err) });
    }
  }, [gateway]);
  return { state, resolved, suggestions, find };
}
