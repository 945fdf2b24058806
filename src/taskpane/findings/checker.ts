import { check, recheck, sameContent, type CheckResult } from "../../core/checks/engine";
import type { CheckOptions } from "../../core/checks/types";
import { builtInSettings, type OrganisationSettings } from "../../core/config";
import type { Block, DocModel, Finding } from "../../core/model/types";
import type { PackDetection } from "../../core/packs/detect";
import type { Pack } from "../../core/packs/schema";
import type { ReviewPeriod } from "../../core/settings/schema";
import type { WordGateway } from "../../word/gateway";
import { mergeCheckOptions } from "../check-options";
import { logError } from "../config/error-log";
import { plainReason } from "../plainReason";
import { resolveReportPack } from "../report-pack";

/**
 * Watches the document and keeps its findings up to date, outside React (the hook
 * useDocumentChecks wraps it). A change event from Word starts a re-check after a pause in
 * typing (debounced); a full check runs now and then to catch changes Word did not report; at
 * most one read of the document is in flight at a time, and triggers that arrive meanwhile are
 * folded into one more run after it. A re-check re-runs only what the changed blocks need
 * (recheck() with the blocks whose text differs from the last read).
 */

export type CheckStatus =
  /** Not checked yet. */
  | "idle"
  /** Checked: `findings` are current. */
  | "ready"
  /** The document has no text. */
  | "empty"
  /** No pack could be detected (and none was chosen). */
  | "no-pack"
  /** The last check failed: `error` says why. */
  | "failed";

/** How the pack was settled on. */
export type PackSource = { by: "chosen" } | PackDetection;

export interface CheckSnapshot {
  status: CheckStatus;
  /** A read and check is in flight. */
  checking: boolean;
  findings: readonly Finding[];
  pack?: Pack;
  source?: PackSource;
  /** Date.now() of the last finished check. */
  checkedAt?: number;
  error?: string;
  /** The document as last read (for fixes: the text a finding was found in). */
  model?: DocModel;
}

export interface CheckConfig {
  /**
   * The organisation's packs (the chosen or detected pack is one of them), default pack and check
   * options; the built-in settings when not given.
   */
  organisation?: Pick<OrganisationSettings, "packs" | "defaultPackId" | "checkOptions">;
  /** The pack the author chose (settings); otherwise it is detected. */
  packId?: string;
  reviewPeriod?: ReviewPeriod;
  /** findingKey()s to leave out; undefined shows every finding. */
  ignoredKeys?: readonly string[];
}

export interface CheckerOptions {
  debounceMs?: number;
  /** A full check this often while the pane is visible (0: never). */
  fullEveryMs?: number;
  isVisible?: () => boolean;
  now?: () => number;
  /** Called after each check with its findings (in-document underlines). */
  onChecked?: (findings: readonly Finding[]) => void;
}

type RunKind = "full" | "changes";

/** The built-in settings, for a checker given no organisation (made once, when first needed). */
let builtIn: OrganisationSettings | undefined;

function hasText(model: DocModel): boolean {
  return model.blocks.some((b) =>
    b.kind === "paragraph" ? b.text.trim() !== "" : b.rows.some((r) => r.some((c) => c.trim())),
  );
}

/** Ids of blocks that are new or whose content differs from the previous read. */
export function changedBlockIds(previous: DocModel, next: DocModel): string[] {
  const before = new Map<string, Block>(previous.blocks.map((b) => [b.id, b]));
  const out: string[] = [];
  for (const b of next.blocks) {
    const old = before.get(b.id);
    if (!old || !sameContent(old, b)) out.push(b.id);
  }
  return out;
}

export class DocumentChecker {
  private snapshot: CheckSnapshot = { status: "idle", checking: false, findings: [] };
  private readonly listeners = new Set<() => void>();
  private config: CheckConfig = {};
  private configKey = "";
  /** Counts changes of the organisation's settings (they are compared by identity). */
  private organisationVersion = 0;
  private last: { result: CheckResult; model: DocModel; pack: Pack; key: string } | undefined;
  private inFlight = false;
  private pending: RunKind | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private periodic: ReturnType<typeof setInterval> | undefined;
  private unsubscribe: (() => void) | undefined;
  private stopped = false;
  private readonly debounceMs: number;
  private readonly fullEveryMs: number;
  private readonly isVisible: () => boolean;
  private readonly now: () => number;

  constructor(
    private readonly gateway: WordGateway,
    private readonly options: CheckerOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 600;
    this.fullEveryMs = options.fullEveryMs ?? 60_000;
    this.isVisible = options.isVisible ?? (() => true);
    this.now = options.now ?? (() => Date.now());
  }

  getSnapshot = (): CheckSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<CheckSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const l of [...this.listeners]) l();
  }

  /** Start watching: a first check now, then on changes and every `fullEveryMs`. */
  start(): void {
    this.stopped = false;
    this.unsubscribe = this.gateway.onDocumentChanged(() => this.documentChanged());
    if (this.fullEveryMs > 0)
      this.periodic = setInterval(() => {
        if (this.isVisible()) void this.run("full");
      }, this.fullEveryMs);
    void this.run("full");
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.debounce) clearTimeout(this.debounce);
    if (this.periodic) clearInterval(this.periodic);
    this.debounce = this.periodic = undefined;
  }

  /** New settings: a full check with them (when they differ from the last ones). */
  configure(config: CheckConfig): void {
    if (config.organisation !== this.config.organisation) this.organisationVersion++;
    const key = JSON.stringify([
      this.organisationVersion,
      config.packId,
      config.reviewPeriod,
      config.ignoredKeys,
    ]);
    if (key === this.configKey) return;
    this.config = config;
    this.configKey = key;
    if (this.snapshot.status !== "idle" || this.inFlight) void this.run("full");
  }

  /** The author pressed "Check now": a full read and check. */
  checkNow(): Promise<void> {
    return this.run("full");
  }

  private documentChanged(): void {
    if (this.stopped) return;
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      void this.run("changes");
    }, this.debounceMs);
  }

  private organisation(): NonNullable<CheckConfig["organisation"]> {
    return this.config.organisation ?? (builtIn ??= builtInSettings());
  }

  private choosePack(model: DocModel): { pack: Pack; source: PackSource } | undefined {
    const resolved = resolveReportPack(model, this.organisation(), this.config.packId);
    if (resolved.how === "chosen") return { pack: resolved.pack, source: { by: "chosen" } };
    if (resolved.how === "detected") return { pack: resolved.pack, source: resolved.detection };
    return undefined;
  }

  private checkOptions(): CheckOptions {
    return mergeCheckOptions(this.organisation().checkOptions, {
      reviewPeriod: this.config.reviewPeriod,
      ignoredKeys: this.config.ignoredKeys,
    });
  }

  private async run(kind: RunKind): Promise<void> {
    if (this.inFlight) {
      this.pending = this.pending === "full" || kind === "full" ? "full" : "changes";
      return;
    }
    this.inFlight = true;
    this.set({ checking: true });
    try {
      const model = await this.gateway.readDocument();
      if (this.stopped) return;
      if (!hasText(model)) {
        this.last = undefined;
        this.set({ status: "empty", findings: [], model, checkedAt: this.now(), error: undefined });
        return;
      }
      const choice = this.choosePack(model);
      if (!choice) {
        this.last = undefined;
        this.set({
          status: "no-pack",
          findings: [],
          model,
          pack: undefined,
          source: undefined,
          checkedAt: this.now(),
          error: undefined,
        });
        return;
      }
      const key = this.configKey;
      const last = this.last;
      const result =
        kind === "changes" && last && last.pack === choice.pack && last.key === key
          ? recheck(last.result, model, changedBlockIds(last.model, model))
          : check(model, choice.pack, this.checkOptions());
      this.last = { result, model, pack: choice.pack, key };
      this.set({
        status: "ready",
        findings: result.findings,
        model,
        pack: choice.pack,
        source: choice.source,
        checkedAt: this.now(),
        error: undefined,
      });
      this.options.onChecked?.(result.findings);
    } catch (err) {
      this.last = undefined;
      logError("checking the document", err);
      if (!this.stopped)
        this.set({ status: "failed", error: plainReason(err), checkedAt: this.now() });
    } finally {
      this.inFlight = false;
      const next = this.pending;
      this.pending = undefined;
      if (this.stopped) this.set({ checking: false });
      else if (next) void this.run(next);
      else this.set({ checking: false });
    }
  }
}
