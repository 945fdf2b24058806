import { useCallback, useRef, useState } from "react";
import { findKeyTable, keyRows, keyTablePlan } from "../../core/anonymise/key";
import type { Register } from "../../core/anonymise/register";
import { TableSpecSchema, type Pack } from "../../core/packs/schema";
import { logError } from "../config/error-log";
import { useGateway } from "../context/GatewayContext";
import { usePackResolver } from "../hooks/useReportPack";
import { plainReason } from "../plainReason";

export type KeyState =
  | { phase: "idle" }
  | { phase: "working" }
  | { phase: "done"; updated: boolean; people: number }
  | { phase: "failed"; reason: string };

/**
 * The key for a pack that doesn't describe one. Its headers say "initials" and "real name" so the
 * name check and the anonymiser both know it as a key (it exists to list the real names) and
 * leave it alone.
 */
export const DEFAULT_KEY: Pick<Pack, "keyToInitials"> = {
  keyToInitials: TableSpecSchema.parse({
    title: "Key to initials",
    columns: [
      { id: "code", header: "Code or initials" },
      { id: "name", header: "Real name" },
      { id: "role", header: "Role" },
    ],
  }),
};

/**
 * Insert the key to initials (code, real name, role for each person, sorted by code) as a table
 * at the end of the document, under its own heading, in one batch. Where the document already has
 * a key table it is rewritten from the register instead (refused, with nothing changed, if it was
 * edited since it was read).
 */
export function useKeyToInitials(register: Register, chosenPackId: string | undefined) {
  const gateway = useGateway();
  const resolvePack = usePackResolver({ orDefault: true });
  const [state, setState] = useState<KeyState>({ phase: "idle" });
  const busy = useRef(false);

  const insert = useCallback(async () => {
    if (busy.current || register.people.length === 0) return;
    busy.current = true;
    setState({ phase: "working" });
    try {
      const model = await gateway.readDocument();
      const people = register.people.length;
      if (findKeyTable(model)) {
        const plan = keyTablePlan(model, register);
        const result = plan ? await gateway.applyPlan(plan) : undefined;
        if (result && !result.ok) setState({ phase: "failed", reason: result.reason });
        else setState({ phase: "done", updated: true, people });
        return;
      }
      const { pack } = resolvePack(model, chosenPackId);
      const spec = pack.keyToInitials ? pack : DEFAULT_KEY;
      await gateway.appendTable(spec.keyToInitials!.title, keyRows(register, spec));
      setState({ phase: "done", updated: false, people });
    } catch (err) {
      logError("inserting the key to initials", err);
      setState({ phase: "failed", reason: plainReason(err) });
    } finally {
      busy.current = false;
    }
  }, [gateway, register, chosenPackId, resolvePack]);

  return { state, insert };
}
