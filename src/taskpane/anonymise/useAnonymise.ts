import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Occurrence } from "../../core/anonymise/match";
import { anonymisePlan, type AnonymisePlan } from "../../core/anonymise/plan";
import { variantsOf, type Register } from "../../core/anonymise/register";
import { FULL_NAME } from "../../core/checks/names";
import { runChecks } from "../../core/checks/engine";
import type { Edit } from "../../core/edits/plan";
import type { DocModel } from "../../core/model/types";
import { mergeCheckOptions } from "../check-options";
import { logError } from "../config/error-log";
import { useGateway } from "../context/GatewayContext";
import { useCheckOptions } from "../hooks/useCheckOptions";
import { usePackResolver } from "../hooks/useReportPack";
import { plainReason } from "../plainReason";
import { editFor } from "./occurrences";

/** A preview: the document as read, every occurrence, and which the author has kept. */
export interface Preview {
  model: DocModel;
  planned: AnonymisePlan;
  /** Occurrences that will change unless unticked (body text and tables). */
  replaceable: Occurrence[];
  /** Occurrences in headers and footers: shown, changed by hand. */
}

export type AnonymiseState =
  | { phase: "idle" }
  | { phase: "reading" }
  | { phase: "preview" }
  | { phase: "applying" }
  | { phase: "checking" }
  | {
      phase: "applied";
      replaced: number;
      /** anonymisation.full-name findings for register names after the change (one per name per section). */
      errors: number;
      /** Register names still in the document, each place counted. */
      left: number;
    }
  /** The document changed since the preview: nothing was changed. */
  | { phase: "refused"; reason: string }
  | { phase: "failed"; reason: string };

export interface AnonymiseFlow {
  state: AnonymiseState;
  preview?: Preview;
  /** Occurrence ids the author unticked. */
  excluded: ReadonlySet<string>;
  /** Ambiguous occurrence id -> the person the author chose (index in register.people). */
  decisions: ReadonlyMap<string, number>;
  /** How many names "Replace" will change now. */
  count: number;
  read(): Promise<void>;
  toggle(id: string, include: boolean): void;
  decide(id: string, person: number | undefined): void;
  apply(): Promise<void>;
  reset(): void;
}

/** Every way the register writes each name: what the check must not find afterwards. */
export function registerNames(register: Register): string[] {
  return register.people.flatMap((p) => variantsOf(p).map((v) => v.text));
}

/** A name compared the way the check matches it (any run of spaces is one). */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Preview every occurrence of the register's names, let the author untick some and decide the
 * ambiguous ones, then replace them all in one batch (refused, with nothing changed, if the text
 * changed since the preview), and check the document again with the register's names.
 */
export function useAnonymise(register: Register, chosenPackId: string | undefined): AnonymiseFlow {
  const gateway = useGateway();
  const resolvePack = usePackResolver({ orDefault: true });
  const checkOptions = useCheckOptions();
  const [state, setState] = useState<AnonymiseState>({ phase: "idle" });
  const [preview, setPreview] = useState<Preview>();
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [decisions, setDecisions] = useState<ReadonlyMap<string, number>>(new Map());
  const busy = useRef(false);

  const reset = useCallback(() => {
    setPreview(undefined);
    setExcluded(new Set());
    setDecisions(new Map());
    setState({ phase: "idle" });
  }, []);

  // A preview made with another register is out of date.
  const shown = useRef(register);
  useEffect(() => {
    if (shown.current !== register) {
      shown.current = register;
      if (!busy.current) reset();
    }
  }, [register, reset]);

  const read = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setState({ phase: "reading" });
    try {
      const model = await gateway.readDocument();
      const planned = anonymisePlan(model, register);
      const chosen = planned.occurrences.filter((o) => o.personIndex >= 0);
      setPreview({
        model,
        planned,
        replaceable: chosen,
      });
      setExcluded(new Set());
      setDecisions(new Map());
      setState({ phase: "preview" });
    } catch (err) {
      logError("reading the document for anonymising", err);
      setState({ phase: "failed", reason: plainReason(err) });
    } finally {
      busy.current = false;
    }
  }, [gateway, register]);

  const toggle = useCallback((id: string, include: boolean) => {
    setExcluded((prev) => {
      const next = new Set(prev);
      if (include) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const decide = useCallback((id: string, person: number | undefined) => {
    setDecisions((prev) => {
      const next = new Map(prev);
      if (person === undefined) next.delete(id);
      else next.set(id, person);
      return next;
    });
  }, []);

  const edits = useMemo((): Edit[] => {
    if (!preview) return [];
    const { plan } = anonymisePlan(preview.model, register, excluded);
    const decided = preview.planned.unresolved
      .filter((o) => decisions.has(o.id))
      .map((o) => editFor(o, register.people[decisions.get(o.id)!].code));
    return [...plan.edits, ...decided];
  }, [preview, excluded, decisions, register]);

  const apply = useCallback(async () => {
    if (busy.current || !preview || edits.length === 0) return;
    busy.current = true;
    setState({ phase: "applying" });
    try {
      const result = await gateway.applyPlan({
        description: `Replace ${edits.length} ${edits.length === 1 ? "name" : "names"} with codes`,
        edits,
      });
      if (!result.ok) {
        setState({ phase: "refused", reason: result.reason });
        return;
      }
      setState({ phase: "checking" });
      const after = await gateway.readDocument();
      const { pack } = resolvePack(after, chosenPackId);
      const names = registerNames(register);
      const findings = runChecks(
        after,
        pack,
        mergeCheckOptions(checkOptions, { registerNames: names }),
      );
      // The findings for the register's names: told by their text, not their severity (which the
      // organisation's settings may change).
      const listed = new Set(names.map(nameKey));
      const errors = findings.filter((f) => f.rule === FULL_NAME && listed.has(nameKey(f.text)));
      const left = anonymisePlan(after, register).occurrences.length;
      setPreview(undefined);
      setState({ phase: "applied", replaced: result.applied, errors: errors.length, left });
    } catch (err) {
      logError("replacing names", err);
      setState({ phase: "failed", reason: plainReason(err) });
    } finally {
      busy.current = false;
    }
  }, [gateway, preview, edits, register, chosenPackId, resolvePack, checkOptions]);

  return {
    state,
    preview,
    excluded,
    decisions,
    count: edits.length,
    read,
    toggle,
    decide,
    apply,
    reset,
  };
}
