/**
 * The production build an administrator deploys (`IMR_ADDIN_URL=https://... npm run build`): one
 * real webpack run, shared by every assertion, into a temporary folder; then the builds it must
 * refuse. Takes about a minute.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..", "..");
const WEBPACK = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
const BASE = "https://addins.example.gov.uk/imr/";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require("../../webpack.config.js") as {
  contentSecurityPolicy: () => string;
};

function webpack(args: string[], url: string | undefined): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.IMR_ADDIN_URL;
  if (url !== undefined) env.IMR_ADDIN_URL = url;
  return spawnSync(process.execPath, [WEBPACK, "--mode", "production", "--no-stats", ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: 200_000,
  });
}

function textFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = prefix + name;
    return statSync(join(dir, name)).isDirectory()
      ? textFiles(join(dir, name), `${rel}/`)
      : /\.(html|js|xml|json|txt|css)$/.test(name)
        ? [rel]
        : [];
  });
}

describe("production build", () => {
  const tmp = mkdtempSync(join(tmpdir(), "imr-build-"));
  const dist = join(tmp, "dist");
  const organisation = join(tmp, "organisation.json");
  let build: SpawnSyncReturns<string>;
  const read = (rel: string) => readFileSync(join(dist, rel), "utf8");

  beforeAll(() => {
    writeFileSync(organisation, readFileSync(join(ROOT, "config/organisation.example.json")));
    // Without the trailing slash: the build adds it.
    build = webpack(
      ["--env", `outDir=${dist}`, "--env", `organisationFile=${organisation}`],
      BASE.slice(0, -1),
    );
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("succeeds", () => {
    expect({ status: build.status, stderr: build.stderr }).toEqual({
      status: 0,
      stderr: expect.not.stringMatching(/error/i),
    });
  });

  it("manifest.xml names only the given address, apart from its XML namespaces", () => {
    const xml = read("manifest.xml");
    const namespaces = [...xml.matchAll(/xmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]);
    const urls = [...xml.matchAll(/https?:\/\/[^"\s<]+/g)].map((m) => m[0]);
    const elsewhere = urls.filter((u) => !u.startsWith(BASE) && !namespaces.includes(u));
    expect(elsewhere).toEqual([]);
    expect(
      namespaces.every((n) => /^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(n)),
    ).toBe(true);
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(xml).toContain(`DefaultValue="${BASE}commands.html"`);
    expect(xml).toContain(`<IconUrl DefaultValue="${BASE}assets/icon-32.png"/>`);
  });

  it("no file in the build mentions localhost", () => {
    const files = textFiles(dist);
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => /localhost/i.test(read(f)))).toEqual([]);
  });

  it("scripts/check-bundle-urls.mjs finds nothing to call but the pane's origin and office.js", () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "scripts/check-bundle-urls.mjs"), "--dist", dist, "--url", BASE, "--json"],
      { encoding: "utf8" },
    );
    const result = JSON.parse(r.stdout) as { problems: string[]; urls: Record<string, string[]> };
    expect(result.problems).toEqual([]);
    expect(r.status).toBe(0);
    // It looked: the pages name office.js, the manifest the address.
    expect(result.urls["taskpane.html"]).toContain(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    );
    expect(result.urls["manifest.xml"]).toContain(`${BASE}taskpane.html`);
  });

  it("the same check fails the build against another address", () => {
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, "scripts/check-bundle-urls.mjs"),
        "--dist",
        dist,
        "--url",
        "https://elsewhere.example/",
      ],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("manifest.xml points somewhere else");
  });

  it("every page carries the Content-Security-Policy, without 'unsafe-eval'", () => {
    const csp = contentSecurityPolicy();
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("connect-src 'self'");
    for (const page of ["taskpane.html", "commands.html", "help.html"]) {
      const html = read(page);
      const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
      expect([page, meta]).toEqual([page, csp]);
      // The policy comes before anything it governs.
      const firstScript = html.indexOf("<script");
      if (firstScript >= 0)
        expect(html.indexOf("Content-Security-Policy")).toBeLessThan(firstScript);
    }
  });

  it("DEPLOYMENT.md gives the same policy as the header to send, with frame-ancestors added", () => {
    const doc = readFileSync(join(ROOT, "DEPLOYMENT.md"), "utf8");
    const header = /^Content-Security-Policy: (.+)$/m.exec(doc)?.[1];
    expect(header?.startsWith(`${contentSecurityPolicy()}; frame-ancestors 'self' https://`)).toBe(
      true,
    );
  });

  it("has no source maps (they would put the source on the server) and no eval-based devtool", () => {
    const files = readdirSync(dist);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    const js = files.filter((f) => f.endsWith(".js"));
    expect(
      js.filter((f) => /eval\(["'`]\/\/ /.test(read(f)) || read(f).includes("sourceURL=webpack")),
    ).toEqual([]);
  });

  it("copies the organisation's settings file to config/organisation.json", () => {
    expect(read("config/organisation.json")).toBe(readFileSync(organisation, "utf8"));
  });

  describe("refused builds", () => {
    it("without IMR_ADDIN_URL: says how to set it and leaves dist/ alone", () => {
      const distDir = join(ROOT, "dist");
      const before = existsSync(distDir)
        ? readdirSync(distDir).map((f) => [f, statSync(join(distDir, f)).mtimeMs])
        : null;
      const r = webpack([], undefined);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain("IMR_ADDIN_URL is not set");
      expect(r.stderr).toContain("IMR_ADDIN_URL=https://");
      const after = existsSync(distDir)
        ? readdirSync(distDir).map((f) => [f, statSync(join(distDir, f)).mtimeMs])
        : null;
      expect(after).toEqual(before);
    });

    it.each([
      ["http", "http://addins.example.gov.uk/imr/", /must start with https:\/\//],
      ["localhost", "https://localhost:3000/", /not localhost/],
      ["not a URL", "addins.example.gov.uk", /not a URL/],
    ])("with an IMR_ADDIN_URL that is %s: writes nothing", (_name, url, message) => {
      const out = join(tmp, `refused-${_name.replace(/\W/g, "")}`);
      const r = webpack(["--env", `outDir=${out}`], url);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });

    it("with an organisation file the pane would ignore: lists its problems", () => {
      const bad = join(tmp, "bad-organisation.json");
      writeFileSync(bad, JSON.stringify({ schemaVersion: 1, packs: { default: "nope" } }));
      const out = join(tmp, "refused-organisation");
      const r = webpack(["--env", `outDir=${out}`, "--env", `organisationFile=${bad}`], BASE);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('packs.default: no built-in or custom pack has the id "nope"');
      expect(existsSync(out)).toBe(false);
    });
  });
});
