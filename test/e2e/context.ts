import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import { harnessQuery, type HarnessOptions } from "./harness/options";

/**
 * What a scenario gets: a fresh browser context with the harness open on a fake Word document, the
 * task pane (a frame), helpers to talk to the fake host and to save screenshots.
 */

export interface Scenario {
  /** What the scenario shows, as a sentence ("inserts the DHR template into an empty document"). */
  name: string;
  run(ctx: ScenarioContext): Promise<void>;
}

export class ScenarioContext {
  readonly page: Page;
  /** The task pane, inside its 350-pixel iframe. */
  readonly pane: FrameLocator;
  /** Requests that left the harness's origin (the pane must make none). */
  readonly foreignRequests: string[] = [];
  /** Errors the pages threw or logged. */
  readonly pageErrors: string[] = [];
  private shots = 0;

  private constructor(
    private readonly context: BrowserContext,
    page: Page,
    private readonly origin: string,
    private readonly screenshotDir: string,
    private readonly slug: string,
  ) {
    this.page = page;
    this.pane = page.frameLocator("#pane");
  }

  static async create(
    browser: Browser,
    origin: string,
    screenshotDir: string,
    slug: string,
  ): Promise<ScenarioContext> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: "en-GB",
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const ctx = new ScenarioContext(context, page, origin, screenshotDir, slug);
    page.on("request", (req) => {
      const url = req.url();
      if (
        !url.startsWith(origin) &&
        !url.startsWith("data:") &&
        !url.startsWith("blob:") &&
        url !== "about:blank"
      ) {
        ctx.foreignRequests.push(url);
      }
    });
    page.on("pageerror", (err) => ctx.pageErrors.push(err.message));
    page.on("response", (res) => {
      // A 404 for the organisation file means "no organisation file": the pane expects it.
      const noOrganisationFile =
        res.status() === 404 && new URL(res.url()).pathname === "/config/organisation.json";
      if (res.status() >= 400 && !noOrganisationFile)
        ctx.pageErrors.push(`${res.status()} ${res.url()}`);
    });
    page.on("console", (msg) => {
      // Failed loads are reported with their URL by the response handler above.
      if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource"))
        ctx.pageErrors.push(msg.text());
    });
    return ctx;
  }

  /**
   * Open the harness and wait until the pane is showing. `host` is passed to installFakeOffice
   * (e.g. { paragraphs: [...] } or { requirementSets: { WordApi: "1.1" } }).
   */
  async open(options: HarnessOptions = {}): Promise<void> {
    await this.page.goto(`${this.origin}/harness.html${harnessQuery(options)}`);
    await this.page.waitForFunction(
      () => (window as { imrReady?: boolean }).imrReady === true,
      undefined,
      {
        timeout: 15_000,
      },
    );
    // The pane has rendered once its heading is there (its loading text is gone).
    await this.pane.getByRole("heading", { name: "IMR Assistant" }).waitFor();
    // ...and its tab's panel (loaded lazily) has replaced the "Loading…" spinner.
    await this.pane.getByText("Loading…").waitFor({ state: "detached" });
  }

  /**
   * Reload the task pane, as Word does when the add-in restarts or the pane is closed and opened
   * again: the pane starts afresh and the document (text, custom XML parts, comments) stays.
   */
  async reloadPane(): Promise<void> {
    await this.page.evaluate(() => {
      (window as { imrReady?: boolean }).imrReady = false;
      (document.getElementById("pane") as HTMLIFrameElement).contentWindow?.location.reload();
    });
    await this.page.waitForFunction(
      () => (window as { imrReady?: boolean }).imrReady === true,
      undefined,
      { timeout: 15_000 },
    );
    await this.pane.getByRole("heading", { name: "IMR Assistant" }).waitFor();
    await this.pane.getByText("Loading…").waitFor({ state: "detached" });
  }

  /** Call a method of the fake host (in the page) and return its (serialisable) result. */
  async host<T = unknown>(method: string, ...args: unknown[]): Promise<T> {
    return this.page.evaluate(
      ([m, a]) => {
        const host = (window as unknown as { imrHost?: Record<string, unknown> }).imrHost;
        if (!host) throw new Error("The fake Word host is not on the page.");
        const member = host[m as string];
        const value =
          typeof member === "function"
            ? (member as (...x: unknown[]) => unknown).apply(host, a as unknown[])
            : member;
        return JSON.parse(JSON.stringify(value ?? null));
      },
      [method, args] as const,
    ) as Promise<T>;
  }

  /** Refresh the document view and save a screenshot of the harness (document and pane). */
  async screenshot(step: string): Promise<string> {
    await this.page.evaluate(() => (window as { imrRefresh?: () => boolean }).imrRefresh?.());
    this.shots += 1;
    mkdirSync(this.screenshotDir, { recursive: true });
    const file = join(
      this.screenshotDir,
      `${this.slug}-${String(this.shots).padStart(2, "0")}-${step}.png`,
    );
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Save the whole fake document (however long) as one image: what the pane did to it. */
  async documentScreenshot(step: string): Promise<string> {
    await this.page.evaluate(() => (window as { imrRefresh?: () => boolean }).imrRefresh?.());
    this.shots += 1;
    mkdirSync(this.screenshotDir, { recursive: true });
    const file = join(
      this.screenshotDir,
      `${this.slug}-${String(this.shots).padStart(2, "0")}-${step}-document.png`,
    );
    await this.page.evaluate(() => document.body.classList.add("full-document"));
    try {
      await this.page.locator("#document").screenshot({ path: file });
    } finally {
      await this.page.evaluate(() => document.body.classList.remove("full-document"));
    }
    return file;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Fail with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Fail unless `actual` deep-equals `expected`, showing both. */
export function checkEqual<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n    expected: ${e}\n    actual:   ${a}`);
}
