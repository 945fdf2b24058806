/** `imr template --config organisation.json`: the organisation's packs and marking on the command line. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheck } from "../../../src/cli/commands/check";
import { runTemplate } from "../../../src/cli/commands/template";
import type { CliIO } from "../../../src/cli/io";
import { parseOrganisationJson } from "../../../src/core/config";
import type { ParagraphBlock } from "../../../src/core/model/types";
import { readDocx } from "../../../src/docx/read/docx";

const EXAMPLE = join(__dirname, "../../../config/organisation.example.json");

function fakeIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd };
  return { io, out, err };
}

async function bodyTexts(file: string): Promise<string[]> {
  const model = await readDocx(new Uint8Array(readFileSync(file)));
  return model.blocks
    .filter((b): b is ParagraphBlock => b.kind === "paragraph" && b.part === "body")
    .map((b) => b.text);
}

describe("imr template --config", () => {
  let dir: string;
  const { settings } = parseOrganisationJson(readFileSync(EXAMPLE, "utf8"));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "imr-config-cli-"));
    copyFileSync(EXAMPLE, join(dir, "organisation.json"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the organisation's own pack, by its id, with the organisation's marking", async () => {
    const { io, err } = fakeIO(dir);
    const code = await runTemplate(
      ["anytown-dhr", "--config", "organisation.json", "-o", "anytown.dotx"],
      io,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const texts = await bodyTexts(join(dir, "anytown.dotx"));
    expect(texts[0]).toBe("OFFICIAL-SENSITIVE: PERSONAL");
    const custom = settings.packs.find((p) => p.id === "anytown-dhr")!;
    for (const s of custom.sections) expect(texts).toContain(s.title);
  });

  it("puts the organisation's marking on a built-in pack too", async () => {
    const { io } = fakeIO(dir);
    expect(await runTemplate(["sar", "-c", "organisation.json", "-o", "sar.docx"], io)).toBe(0);
    expect((await bodyTexts(join(dir, "sar.docx")))[0]).toBe("OFFICIAL-SENSITIVE: PERSONAL");
  });

  it("without --config, a custom pack id is unknown", async () => {
    const { io, err } = fakeIO(dir);
    expect(await runTemplate(["anytown-dhr", "-o", "x.docx"], io)).toBe(2);
    expect(err[0]).toMatch(/unknown pack "anytown-dhr"/);
  });

  it("refuses an organisation file with problems, naming them, and writes nothing", async () => {
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify({ schemaVersion: 1, protectiveMarking: "", packs: { default: "nope" } }),
    );
    const { io, err } = fakeIO(dir);
    expect(await runTemplate(["dhr", "--config", "bad.json", "-o", "x.docx"], io)).toBe(2);
    expect(err[0]).toMatch(/^imr template: bad\.json is not a valid organisation file: /);
    expect(err[0]).toContain("packs.default: ");
    expect(err[0]).toContain("protectiveMarking: must not be empty");
    expect(() => readFileSync(join(dir, "x.docx"))).toThrow();
  });
});

describe("imr check --config", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "imr-config-check-"));
    copyFileSync(EXAMPLE, join(dir, "organisation.json"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function check(args: string[]) {
    const { io, out, err } = fakeIO(dir);
    const code = await runCheck([...args, "--json"], io);
    expect(err).toEqual([]);
    const result = JSON.parse(out.join("")) as { pack: string; findings: { rule: string }[] };
    return { code, pack: result.pack, rules: result.findings.map((f) => f.rule) };
  }

  it("recognises a document made from the organisation's own pack, with its marking", async () => {
    const made = fakeIO(dir);
    await runTemplate(["anytown-dhr", "-c", "organisation.json", "-o", "a.docx"], made.io);
    const result = await check(["a.docx", "--config", "organisation.json"]);
    expect(result.pack).toBe("anytown-dhr");
    expect(result.rules).not.toContain("structure.missing-section");
    expect(result.rules).not.toContain("marking.missing");
  });

  it("expects the organisation's marking: a built-in template's marking is then flagged", async () => {
    await runTemplate(["dhr", "-o", "d.docx"], fakeIO(dir).io);
    const without = await check(["d.docx", "--pack", "dhr"]);
    expect(without.rules).not.toContain("marking.missing");
    const withConfig = await check(["d.docx", "--pack", "dhr", "--config", "organisation.json"]);
    expect(withConfig.rules).toContain("marking.missing");
  });
});
