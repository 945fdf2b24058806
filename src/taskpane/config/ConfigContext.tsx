import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { OrganisationLoad, OrganisationSettings } from "../../core/config";
import { logError } from "./error-log";
import { loadOrganisation } from "./load";

/**
 * The organisation's settings for every panel: the packs offered, the default pack, the protective
 * marking and the check options (src/core/config). Loaded once when the pane opens.
 *
 *   const settings = useOrganisationSettings();   // undefined while loading
 *   settings?.packs, settings?.defaultPackId, settings?.checkOptions
 */
export type ConfigState =
  | { status: "loading" }
  /** `problems` is empty unless the organisation file was invalid (then these are built-in). */
  | ({ status: "ready" } & OrganisationLoad)
  /** The settings code itself didn't load (a failed download): panels can't run. */
  | { status: "failed" };

const ConfigContext = createContext<ConfigState>({ status: "loading" });

type Loader = () => Promise<OrganisationLoad>;

export function ConfigProvider({
  children,
  load = loadOrganisation,
}: {
  children: ReactNode;
  /** For tests: where the settings come from. */
  load?: Loader;
}) {
  const [state, setState] = useState<ConfigState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    load().then(
      (result) => {
        if (live) setState({ status: "ready", ...result });
      },
      (e: unknown) => {
        logError("loading the settings code", e);
        if (live) setState({ status: "failed" });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return <ConfigContext.Provider value={state}>{children}</ConfigContext.Provider>;
}

/** Where loading the organisation's settings is, and its problems. */
export function useConfigState(): ConfigState {
  return useContext(ConfigContext);
}

/** The settings in force (the organisation's, or the built-in ones); undefined while loading. */
export function useOrganisationSettings(): OrganisationSettings | undefined {
  const state = useContext(ConfigContext);
  return state.status === "ready" ? state.settings : undefined;
}
