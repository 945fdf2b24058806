import { createRequire } from "node:module";
import { join } from "node:path";
import { check, checkEqual, type Scenario } from "../context";

const requireFromRoot = createRequire(join(__dirname, "..", "..", "..", "package.json"));
const { contentSecurityPolicy } = requireFromRoot("./webpack.config.js") as {
  contentSecurityPolicy: (o?: { localOfficeJs?: boolean; serving?: boolean }) => string;
};

export const scenario: Scenario = {
  name: "the pane runs under its Content-Security-Policy: no eval, no inline script, no other origin",
  async run(ctx) {
    await ctx.open();
    const frame = ctx.page.frame({ url: /harness-pane\.html/ });
    check(frame, "The pane's frame was not found.");
    const meta = await frame.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute("content") ?? null,
    );
    checkEqual(meta, contentSecurityPolicy(), "The pane page should carry the build's policy.");

    // What the policy must stop, tried from inside the pane.
    const tried = await frame.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      // A string timer is evaluated by the page itself (devtools' own evaluate may bypass the
      // policy): it runs only where 'unsafe-eval' is allowed.
      (window.setTimeout as (code: string, ms: number) => number)("window.__imrEval = true;", 0);
      const s = document.createElement("script");
      s.textContent = "window.__imrInline = true;";
      document.head.appendChild(s);
      let fetchResult = "ran";
      try {
        await fetch("https://example.org/", { mode: "no-cors" });
      } catch {
        fetchResult = "blocked";
      }
      await new Promise((r) => window.setTimeout(r, 50));
      return {
        evalResult: w.__imrEval === true ? "ran" : "blocked",
        inline: w.__imrInline === true ? "ran" : "blocked",
        fetchResult,
      };
    });
    checkEqual(
      tried,
      { evalResult: "blocked", inline: "blocked", fetchResult: "blocked" },
      "eval, inline script and a request to another origin should all be blocked.",
    );
    // Those three were reported as violations (the harness turns each into a console error);
    // they were deliberate, so take them out. Anything else still fails the scenario.
    const expected = ctx.pageErrors.filter((e) => e.startsWith("CSP violation"));
    check(expected.length >= 3, `Expected 3 violation reports, got ${JSON.stringify(expected)}.`);
    for (let i = ctx.pageErrors.length - 1; i >= 0; i--)
      if (/CSP violation|Content Security Policy|example\.org/.test(ctx.pageErrors[i]))
        ctx.pageErrors.splice(i, 1);
    ctx.foreignRequests.splice(
      0,
      ctx.foreignRequests.length,
      ...ctx.foreignRequests.filter((u) => !u.startsWith("https://example.org/")),
    );
    await ctx.screenshot("pane-under-csp");
  },
};
