import { useCallback, useState } from "react";
import {
  normaliseDates,
  normaliseTimes,
  repairHeader,
  sortRows,
  type RepairPreview,
  type RepairResult,
} from "../../core/chronology/repair";
import type { EditPlan } from "../../core/edits/plan";
import type { DocModel } from "../../core/model/types";
import type { Pack } from "../../core/packs/schema";
import { useGateway } from "../context/GatewayContext";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";

export type RepairKind = "dates" | "times" | "sort" | "header";

/** The repairs, in the order the panel offers them, with their button labels. */
export const REPAIRS: readonly { kind: RepairKind; label: string }[] = [
  { kind: "dates", label: "Normalise dates" },
  { kind: "times", label: "Normalise times" },
  { kind: "sort", label: "Sort by date and time" },
  { kind: "header", label: "Repair the column headings" },
];

const BUILD: Record<RepairKind, (model: DocModel, pack: Pack) => RepairResult> = {
  dates: normaliseDates,
  times: normaliseTimes,
  sort: sortRows,
  header: repairHeader,
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an applied repair did, in the past tense. */
export function appliedMessage(kind: RepairKind, preview: RepairPreview): string {
  switch (kind) {
    case "dates":
      return `Rewrote ${plural(preview.changes.length, "date", "dates")} as dd/mm/yyyy.`;
    case "times":
      return `Rewrote ${plural(preview.changes.length, "time", "times")} as hh:mm.`;
    case "sort":
      return `Moved ${plural(preview.moves.length, "entry", "entries")} into date and time order.`;
    case "header":
      return "The column headings now match the template; no cell below the headings was changed.";
  }
}

/** Why Word did not apply a repair, and what now. */
function refusal(reason: string): string {
  const stale = /changed since/i.test(reason);
  return `${stale ? "The table changed after the preview was made, so the repair was not applied." : reason} The chronology has been read again: run the repair again to see a new preview.`;
}

export type RepairState =
  | { phase: "idle" }
  /** The preview is shown; nothing has changed yet. */
  | { phase: "preview"; kind: RepairKind; plan: EditPlan; preview: RepairPreview }
  /** The repair cannot be made (merged cells, no table): the core's message. */
  | { phase: "refused"; kind: RepairKind; message: string }
  | { phase: "applying"; kind: RepairKind; plan: EditPlan; preview: RepairPreview }
  | { phase: "applied"; kind: RepairKind; message: string }
  /** Word refused the plan (the table changed since the preview) or failed. */
  | { phase: "failed"; kind: RepairKind; reason: string };

/**
 * A chronology repair: preview first (nothing changes), then, on Apply, the whole plan in one
 * batch (gateway.applyPlan rewrites the table once and refuses if it changed since the preview).
 * `onChanged` runs after an attempt to apply, so the panel reads the document again.
 */
export function useRepair(onChanged: () => unknown) {
  const gateway = useGateway();
  const [state, setState] = useState<RepairState>({ phase: "idle" });

  const preview = useCallback((kind: RepairKind, model: DocModel, pack: Pack) => {
    const result = BUILD[kind](model, pack);
    setState(
      result.ok
        ? { phase: "preview", kind, plan: result.plan, preview: result.preview }
        : { phase: "refused", kind, message: result.message },
    );
  }, []);

  const apply = useCallback(async () => {
    if (state.phase !== "preview") return;
    const { kind, plan, preview: shown } = state;
    setState({ phase: "applying", kind, plan, preview: shown });
    try {
      const result = await gateway.applyPlan(plan);
      setState(
        result.ok
          ? { phase: "applied", kind, message: appliedMessage(kind, shown) }
          : { phase: "failed", kind, reason: refusal(result.reason) },
      );
    } catch (err) {
      logError("repairing the chronology", err);
      setState({ phase: "failed", kind, reason: plainReason(err) });
    }
    await onChanged();
  }, [gateway, onChanged, state]);

  const close = useCallback(() => setState({ phase: "idle" }), []);
  return { state, preview, apply, close };
}
