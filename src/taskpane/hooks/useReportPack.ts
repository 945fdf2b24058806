import { useCallback, useMemo } from "react";
import { builtInSettings, type OrganisationSettings } from "../../core/config";
import type { DocModel } from "../../core/model/types";
import { useOrganisationSettings } from "../config/ConfigContext";
import {
  resolveReportPack,
  type FoundPack,
  type ResolvedPack,
  type ResolveOptions,
} from "../report-pack";

const BUILT_IN = builtInSettings();

/**
 * The organisation's settings in force. The pane shows a panel only once they have loaded (see
 * App.tsx), so the built-in settings here are only for a panel rendered on its own.
 */
export function useSettingsInForce(): OrganisationSettings {
  return useOrganisationSettings() ?? BUILT_IN;
}

/**
 * The pack a read of the document is worked on with (see ../report-pack.ts), from the
 * organisation's packs; undefined until there is a read. `chosenId`: the author's choice.
 */
export function useReportPack(
  model: DocModel | undefined,
  chosenId: string | undefined,
  options: ResolveOptions & { orDefault: true },
): FoundPack | undefined;
export function useReportPack(
  model: DocModel | undefined,
  chosenId: string | undefined,
  options?: ResolveOptions,
): ResolvedPack | undefined;
export function useReportPack(
  model: DocModel | undefined,
  chosenId: string | undefined,
  options: ResolveOptions = {},
): ResolvedPack | undefined {
  const settings = useSettingsInForce();
  const { byChronology, orDefault } = options;
  return useMemo(
    () =>
      model ? resolveReportPack(model, settings, chosenId, { byChronology, orDefault }) : undefined,
    [model, settings, chosenId, byChronology, orDefault],
  );
}

/** The same resolver as a function, for flows that read the document when a button is pressed. */
export function usePackResolver(
  options: ResolveOptions & { orDefault: true },
): (model: DocModel, chosenId: string | undefined) => FoundPack;
export function usePackResolver(
  options?: ResolveOptions,
): (model: DocModel, chosenId: string | undefined) => ResolvedPack;
export function usePackResolver(
  options: ResolveOptions = {},
): (model: DocModel, chosenId: string | undefined) => ResolvedPack {
  const settings = useSettingsInForce();
  const { byChronology, orDefault } = options;
  return useCallback(
    (model: DocModel, chosenId: string | undefined) =>
      resolveReportPack(model, settings, chosenId, { byChronology, orDefault }),
    [settings, byChronology, orDefault],
  );
}
