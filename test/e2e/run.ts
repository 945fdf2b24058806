/**
 * End-to-end tests: the built task pane in real headless Chromium, against the fake Word host.
 *
 *   npm run test:e2e                  build (webpack --env e2e into dist-e2e/), serve, run all scenarios
 *   npm run test:e2e -- insert        only scenarios whose file name or title contains "insert"
 *   E2E_SKIP_BUILD=1 npm run test:e2e reuse dist-e2e/ from the last run
 *   E2E_OUT_DIR=dist-e2e-mine         build somewhere else (so parallel runs don't share a build)
 *   E2E_SCREENSHOT_DIR=test-output/mine  screenshots somewhere else (a full run empties its folder)
 *
 * A scenario is one file in test/e2e/scenarios/ exporting `scenario` (see context.ts); they run in
 * file-name order. Screenshots go to test-output/screenshots/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { browserArgs, findBrowser, HOW_TO_INSTALL } from "./browser";
import { ScenarioContext, type Scenario } from "./context";
import { serveStatic } from "./server";

const ROOT = join(__dirname, "..", "..");
const OUT_DIR = join(ROOT, process.env.E2E_OUT_DIR || "dist-e2e");
const SCENARIO_DIR = join(__dirname, "scenarios");
const SCREENSHOT_DIR = join(
  ROOT,
  process.env.E2E_SCREENSHOT_DIR || join("test-output", "screenshots"),
);

function build(): void {
  if (process.env.E2E_SKIP_BUILD && existsSync(join(OUT_DIR, "harness.html"))) return;
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const result = spawnSync(
    process.execPath,
    [
      cli,
      "--mode",
      "development",
      "--env",
      "e2e",
      "--env",
      `outDir=${relative(ROOT, OUT_DIR)}`,
      "--no-stats",
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (result.status !== 0) {
    throw new Error(
      `The e2e build failed (webpack --env e2e):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

async function loadScenarios(
  filter: string | undefined,
): Promise<Array<{ file: string; scenario: Scenario }>> {
  const files = readdirSync(SCENARIO_DIR)
    .filter((f) => /\.ts$/.test(f) && !f.endsWith(".d.ts"))
    .sort();
  const out: Array<{ file: string; scenario: Scenario }> = [];
  for (const file of files) {
    const slugMatches = !filter || file.includes(filter);
    let mod: { scenario?: Scenario; default?: { scenario?: Scenario } };
    try {
      mod = await import(pathToFileURL(join(SCENARIO_DIR, file)).href);
    } catch (e) {
      // With a filter, a scenario file that is not selected by name may be skipped if it fails
      // to load; a selected one, or any file in a full run, must load.
      if (slugMatches) throw e;
      continue;
    }
    const scenario = mod.scenario ?? mod.default?.scenario;
    if (!scenario) throw new Error(`test/e2e/scenarios/${file} does not export a \`scenario\`.`);
    const slug = file.replace(/\.ts$/, "");
    if (filter && !slug.includes(filter) && !scenario.name.includes(filter)) continue;
    out.push({ file: slug, scenario });
  }
  return out;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  const found = await findBrowser();
  if (!found) {
    console.error(HOW_TO_INSTALL);
    return 1;
  }
  build();
  const scenarios = await loadScenarios(filter);
  if (scenarios.length === 0) {
    console.error(
      filter ? `No scenario matches "${filter}".` : "No scenarios in test/e2e/scenarios/.",
    );
    return 1;
  }
  // A full run starts with an empty folder; a filtered run leaves other scenarios' screenshots.
  if (!filter) rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  const server = await serveStatic(OUT_DIR);
  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  try {
    // launch() gives every run a fresh, temporary profile (its own --user-data-dir).
    browser = await chromium.launch({
      executablePath: found.path,
      headless: true,
      args: browserArgs(),
    });
    for (const { file, scenario } of scenarios) {
      const ctx = await ScenarioContext.create(browser, server.origin, SCREENSHOT_DIR, file);
      try {
        await scenario.run(ctx);
        if (ctx.foreignRequests.length > 0) {
          throw new Error(
            `The pane made requests outside its own origin:\n${ctx.foreignRequests.join("\n")}`,
          );
        }
        if (ctx.pageErrors.length > 0) {
          throw new Error(`The page reported errors:\n${ctx.pageErrors.join("\n")}`);
        }
        passed += 1;
        console.log(`ok - ${scenario.name}`);
      } catch (err) {
        failed += 1;
        console.log(`not ok - ${scenario.name}`);
        console.log(indent(err instanceof Error ? (err.stack ?? err.message) : String(err)));
        try {
          const shot = await ctx.screenshot("failure");
          console.log(`    screenshot: ${relative(ROOT, shot)}`);
        } catch {
          // the page may be gone
        }
      } finally {
        await ctx.close();
      }
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
