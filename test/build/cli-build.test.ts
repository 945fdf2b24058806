import { spawnSync } from "node:child_process";
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** `npm run build:cli` makes dist/cli/imr.js, and bin/imr.js runs it as the `imr` command. */
describe("the built command line", () => {
  // Built in a temporary folder: the production-build test watches the repository's dist/.
  const out = mkdtempSync(join(tmpdir(), "imr-cli-build-"));
  beforeAll(() => {
    const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
    const build = spawnSync(
      process.execPath,
      [webpack, "--config", "webpack.cli.config.js", "--env", `outDir=${out}`],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    if (build.status !== 0) throw new Error(`build:cli failed:\n${build.stdout}\n${build.stderr}`);
  }, 120_000);

  const imr = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, "bin", "imr.js"), ...args], {
      encoding: "utf8",
      env: { ...process.env, IMR_CLI_BUNDLE: join(out, "imr.js") },
    });

  it("lists its commands", () => {
    const run = imr("--help");
    expect(run.status).toBe(0);
    for (const command of ["template", "check", "clean", "chronology", "qa", "anonymise"])
      expect(run.stdout).toContain(`imr ${command} `);
  });

  it("writes a template and checks it, with the exit codes of the TypeScript entry", () => {
    const dir = mkdtempSync(join(tmpdir(), "imr-bin-"));
    const file = join(dir, "t.docx");
    expect(imr("template", "sar", "-o", file).status).toBe(0);
    expect(existsSync(file)).toBe(true);
    const check = imr("check", file, "--json");
    const report = JSON.parse(check.stdout) as { pack: string; findings: { rule: string }[] };
    expect(report.pack).toBe("sar");
    expect(report.findings.map((f) => f.rule)).toContain("structure.empty-section");
    expect(check.status).toBe(1);
    const bad = imr("check", join(dir, "missing.docx"));
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});
