import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { findingKey } from "../../core/checks/engine";
import type { Finding } from "../../core/model/types";
import { logError } from "../config/error-log";
import { useCapabilities, useGateway } from "../context/GatewayContext";
import { DocumentChecker, type CheckSnapshot } from "../findings/checker";
import { fixPlan } from "../findings/fix-plan";
import { plainReason } from "../plainReason";
import {
  settingsStoreFor,
  useDocumentSettings,
  type DocumentSettingsApi,
} from "./useDocumentSettings";
import { useSettingsInForce } from "./useReportPack";

/** What an action on a finding did, in words the author reads. */
export type FindingAction =
  | { ok: true; message?: string }
  /** `stale`: the text has changed since the check (offer to check again). */
  | { ok: false; reason: string; stale?: boolean };

export interface DocumentChecks extends CheckSnapshot {
  /** Ignored findings are shown (marked) instead of left out. */
  showIgnored: boolean;
  setShowIgnored(show: boolean): void;
  /** The findingKey()s the author has ignored. */
  ignoredKeys: ReadonlySet<string>;
  settings: DocumentSettingsApi;
  checkNow(): Promise<void>;
  goTo(finding: Finding): Promise<FindingAction>;
  fix(finding: Finding, replacement?: string): Promise<FindingAction>;
  ignore(finding: Finding): Promise<FindingAction>;
  unignore(finding: Finding): Promise<FindingAction>;
  /** Check against this pack from now on (remembered in the document); undefined: detect. */
  choosePack(packId: string | undefined): Promise<FindingAction>;
}

/** A signature of what the underlines show, so they are redrawn only when findings change. */
function underlineSignature(findings: readonly Finding[]): string {
  return findings
    .map((f) =>
      f.location && "start" in f.location
        ? `${f.rule}@${f.location.blockId}:${f.location.start}-${f.location.end}`
        : "",
    )
    .join("|");
}

const STALE =
  "The text has changed since the check, so nothing was done. Check again to bring the list up to date.";

/**
 * The findings of the open document, kept up to date while the author writes (see
 * ../findings/checker.ts), with the actions the findings list offers. Ignored findings and the
 * chosen pack live in the document settings; the review period from there is passed to the checks.
 * The packs and check options are the organisation's (src/core/config).
 */
export function useDocumentChecks(): DocumentChecks {
  const gateway = useGateway();
  const caps = useCapabilities();
  const settings = useDocumentSettings();
  const organisation = useSettingsInForce();
  const underlined = useRef("");
  const [checker] = useState(
    () =>
      new DocumentChecker(gateway, {
        isVisible: () => typeof document === "undefined" || document.visibilityState === "visible",
        onChecked: (findings) => {
          if (!caps.annotations) return;
          const signature = underlineSignature(findings);
          if (signature === underlined.current) return;
          underlined.current = signature;
          gateway.showAnnotations(findings).catch(() => {
            underlined.current = "";
          });
        },
      }),
  );
  const snapshot = useSyncExternalStore(checker.subscribe, checker.getSnapshot);
  const [showIgnored, setShowIgnored] = useState(false);

  const { ready, settings: stored } = settings;
  useEffect(() => {
    checker.configure({
      organisation,
      packId: stored.packId,
      reviewPeriod: stored.reviewPeriod,
      ignoredKeys: showIgnored ? undefined : stored.ignoredFindings,
    });
  }, [checker, organisation, stored, showIgnored]);

  useEffect(() => {
    if (!ready) return;
    checker.start();
    return () => checker.stop();
  }, [checker, ready]);

  const ignoredKeys = useMemo(() => new Set(stored.ignoredFindings), [stored.ignoredFindings]);

  const checkNow = useCallback(() => checker.checkNow(), [checker]);

  const goTo = useCallback(
    async (finding: Finding): Promise<FindingAction> => {
      if (!finding.location) return { ok: false, reason: "This finding has no place in the text." };
      try {
        const found = await gateway.select(finding.location, finding.text);
        return found ? { ok: true } : { ok: false, reason: STALE, stale: true };
      } catch (err) {
        logError("selecting a finding in the document", err);
        return { ok: false, reason: plainReason(err) };
      }
    },
    [gateway],
  );

  const fix = useCallback(
    async (finding: Finding, replacement?: string): Promise<FindingAction> => {
      const plan = fixPlan(finding, replacement, checker.getSnapshot().model);
      if (!plan) return { ok: false, reason: "This finding can't be fixed automatically." };
      try {
        const result = await gateway.applyPlan(plan);
        if (!result.ok) return { ok: false, reason: result.reason, stale: result.stale.length > 0 };
        void checker.checkNow();
        return { ok: true, message: `${plan.description}.` };
      } catch (err) {
        logError("fixing a finding", err);
        return { ok: false, reason: plainReason(err) };
      }
    },
    [checker, gateway],
  );

  const ignore = useCallback(
    async (finding: Finding): Promise<FindingAction> => {
      const r = await settings.ignore(findingKey(finding));
      if (!r.ok) return { ok: false, reason: r.reason };
      return {
        ok: true,
        message: r.saved ? undefined : settingsStoreFor(gateway).getSnapshot().saveError,
      };
    },
    [gateway, settings],
  );

  const unignore = useCallback(
    async (finding: Finding): Promise<FindingAction> => {
      const r = await settings.unignore([findingKey(finding)]);
      return r.ok ? { ok: true } : { ok: false, reason: r.reason };
    },
    [settings],
  );

  const choosePack = useCallback(
    async (packId: string | undefined): Promise<FindingAction> => {
      const r = await settings.setPackId(packId);
      return r.ok ? { ok: true } : { ok: false, reason: r.reason };
    },
    [settings],
  );

  return {
    ...snapshot,
    showIgnored,
    setShowIgnored,
    ignoredKeys,
    settings,
    checkNow,
    goTo,
    fix,
    ignore,
    unignore,
    choosePack,
  };
}
