import { useCallback, useEffect, useRef, useState } from "react";
import { runChecks } from "../../core/checks/engine";
import type { DocModel } from "../../core/model/types";
import type { Pack } from "../../core/packs/schema";
import type { PrivacyOptions, PrivacyScan } from "../../docx/privacy/clean";
import type { GuidanceReport } from "../../docx/strip/report";
import { logError } from "../config/error-log";
import { useCapabilities, useGateway } from "../context/GatewayContext";
import { DOCX_TYPE, downloadFile } from "../download";
import { useCheckOptions } from "../hooks/useCheckOptions";
import { useDocumentSettings } from "../hooks/useDocumentSettings";
import { usePackResolver, useSettingsInForce } from "../hooks/useReportPack";
import { plainReason } from "../plainReason";
import { knownPacks } from "../report-pack";
import { submissionChecks, type SubmissionChecks } from "./checks";
import {
  CleanCopyError,
  makeCleanCopy,
  reasonOf,
  type CleanCopyResult,
  type CleanCopyStep,
} from "./clean-copy";
import { cleanCopyFileName } from "./file-name";
import { buildRemovalPreview, type RemovalPreview } from "./preview";

/** The stripper (JSZip and an XML parser) loads only when a file is read. */
const loadStrip = () => import(/* webpackChunkName: "docx-strip" */ "../../docx/strip");
const loadPrivacy = () => import(/* webpackChunkName: "docx-strip" */ "../../docx/privacy");
const loadPrivateParts = () =>
  import(/* webpackChunkName: "docx-strip" */ "../../docx/custom-xml/private-parts");

export interface Prepared {
  model: DocModel;
  pack: Pack;
  /** How the pack was settled on, in words that follow its name. */
  packReason: string;
  checks: SubmissionChecks;
  preview: RemovalPreview;
  /** What the .docx side found in the file (red italic outside controls, doubtful formatting). */
  file: { report: GuidanceReport; privacy: PrivacyScan } | { unavailable: string };
}

export type PrepareState =
  | { phase: "idle" }
  | { phase: "working"; step: "read" | "check" | "file"; fraction?: number }
  /** The template could not be told from the document: the author chooses it. */
  | { phase: "choose-pack"; model: DocModel }
  | { phase: "ready"; prepared: Prepared }
  | { phase: "failed"; reason: string };

export type ActionState =
  | { phase: "idle" }
  | { phase: "copying"; step: CleanCopyStep; fraction?: number }
  | { phase: "copied"; result: CleanCopyResult }
  | { phase: "removing" }
  | { phase: "removed"; removed: number }
  | { phase: "refused"; reason: string }
  | { phase: "failed"; reason: string };

export interface Submission {
  prepare: PrepareState;
  action: ActionState;
  /** The document has changed since it was prepared: prepare again before removing in place. */
  stale: boolean;
  /** The author submits with the errors listed (their explicit choice). */
  acknowledged: boolean;
  setAcknowledged(value: boolean): void;
  start(): Promise<void>;
  choosePack(packId: string): Promise<void>;
  cleanCopy(): Promise<void>;
  removeInPlace(): Promise<void>;
  busy: boolean;
  /** What the clean copy keeps that it would otherwise leave out (the key, the comments). */
  privacyOptions: PrivacyOptions;
  setPrivacyOptions(options: PrivacyOptions): void;
  /** The author has checked the real names listed in hidden places and makes the copy anyway. */
  namesChecked: boolean;
  setNamesChecked(value: boolean): void;
}

const UNAVAILABLE =
  "This Word can't give the add-in a copy of the file, so formatting outside the guidance boxes (red or italic text from an agency's own template) was not looked at.";

/** The "Prepare for submission" flow of the Submit tab. */
export function useSubmission(): Submission {
  const gateway = useGateway();
  const caps = useCapabilities();
  const { settings, ready: settingsReady, setPackId } = useDocumentSettings();
  const organisation = useSettingsInForce();
  const checkOptions = useCheckOptions();
  const resolvePack = usePackResolver({ byChronology: true });
  const [prepare, setPrepare] = useState<PrepareState>({ phase: "idle" });
  const [action, setAction] = useState<ActionState>({ phase: "idle" });
  const [stale, setStale] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [privacyOptions, setPrivacyOptions] = useState<PrivacyOptions>({});
  const [namesChecked, setNamesChecked] = useState(false);
  const running = useRef(false);

  // Once prepared, any edit to the document makes the preview out of date.
  const prepared = prepare.phase === "ready";
  useEffect(() => {
    if (!prepared) return undefined;
    return gateway.onDocumentChanged(() => setStale(true));
  }, [gateway, prepared]);

  const finish = useCallback(
    async (model: DocModel, pack: Pack, packReason: string) => {
      setPrepare({ phase: "working", step: "check" });
      const findings = runChecks(model, pack, checkOptions);
      const checks = submissionChecks(findings);
      const preview = buildRemovalPreview(model, pack, knownPacks(organisation));
      let file: Prepared["file"] = { unavailable: UNAVAILABLE };
      if (caps.fileAccess) {
        setPrepare({ phase: "working", step: "file", fraction: 0 });
        try {
          const bytes = await gateway.documentBytes((f) =>
            setPrepare({ phase: "working", step: "file", fraction: f }),
          );
          const { findGuidance } = await loadStrip();
          const { scanPrivacy } = await loadPrivacy();
          // The register is read from the draft's own bytes, before any private part is dropped.
          file = { report: await findGuidance(bytes), privacy: await scanPrivacy(bytes) };
        } catch (e) {
          logError("reading the file for submission", e);
          file = {
            unavailable: `The file itself could not be looked at (${reasonOf(e)}) Red or italic text outside the guidance boxes was not checked.`,
          };
        }
      }
      setStale(false);
      setAcknowledged(false);
      setNamesChecked(false);
      setAction({ phase: "idle" });
      setPrepare({ phase: "ready", prepared: { model, pack, packReason, checks, preview, file } });
    },
    [caps.fileAccess, gateway, checkOptions, organisation],
  );

  const start = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      setAction({ phase: "idle" });
      setPrepare({ phase: "working", step: "read" });
      const model = await gateway.readDocument();
      const resolved = resolvePack(model, settingsReady ? settings.packId : undefined);
      if (!resolved.pack) {
        setPrepare({ phase: "choose-pack", model });
        return;
      }
      await finish(model, resolved.pack, resolved.reason);
    } catch (e) {
      logError("preparing for submission", e);
      setPrepare({ phase: "failed", reason: plainReason(e) });
    } finally {
      running.current = false;
    }
  }, [finish, gateway, resolvePack, settings.packId, settingsReady]);

  const choosePack = useCallback(
    async (packId: string) => {
      if (prepare.phase !== "choose-pack") return;
      const { model } = prepare;
      // Remembered in the document settings, as the findings list does.
      await setPackId(packId);
      const resolved = resolvePack(model, packId);
      if (resolved.pack) await finish(model, resolved.pack, resolved.reason);
    },
    [finish, prepare, resolvePack, setPackId],
  );

  const cleanCopy = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      const result = await makeCleanCopy({
        documentBytes: (p) => gateway.documentBytes(p),
        strip: async (bytes) => (await loadStrip()).stripGuidance(bytes),
        removePrivateContent: async (bytes) =>
          (await loadPrivacy()).removePrivateContent(bytes, privacyOptions),
        dropPrivateParts: async (bytes) => (await loadPrivateParts()).dropPrivateParts(bytes),
        openAsNewDocument: (bytes) => gateway.openAsNewDocument(bytes),
        download: (bytes, fileName) => downloadFile(bytes, fileName, DOCX_TYPE),
        fileName: cleanCopyFileName(new Date()),
        onStep: (step, fraction) => setAction({ phase: "copying", step, fraction }),
      });
      setAction({ phase: "copied", result });
    } catch (e) {
      logError("making the clean copy", e);
      setAction({
        phase: "failed",
        reason: e instanceof CleanCopyError ? e.message : plainReason(e),
      });
    } finally {
      running.current = false;
    }
  }, [gateway, privacyOptions]);

  const removeInPlace = useCallback(async () => {
    if (running.current || prepare.phase !== "ready") return;
    running.current = true;
    setAction({ phase: "removing" });
    try {
      const result = await gateway.removeGuidance({
        count: prepare.prepared.preview.count,
        texts: prepare.prepared.preview.controlTexts,
      });
      if ("refused" in result) setAction({ phase: "refused", reason: result.refused });
      else {
        setAction({ phase: "removed", removed: result.removed });
        setStale(true);
      }
    } catch (e) {
      logError("removing the guidance", e);
      setAction({ phase: "failed", reason: reasonOf(e) });
    } finally {
      running.current = false;
    }
  }, [gateway, prepare]);

  const busy =
    prepare.phase === "working" || action.phase === "copying" || action.phase === "removing";
  return {
    prepare,
    action,
    stale,
    acknowledged,
    setAcknowledged,
    start,
    choosePack,
    cleanCopy,
    removeInPlace,
    busy,
    privacyOptions,
    setPrivacyOptions,
    namesChecked,
    setNamesChecked,
  };
}
