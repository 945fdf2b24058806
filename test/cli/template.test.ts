import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTemplate } from "../../src/cli/commands/template";
import type { CliIO } from "../../src/cli/io";
import { readDocx } from "../../src/docx/read/docx";

function fakeIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd };
  return { io, out, err };
}

const BAD_PACK = join(__dirname, "../fixtures/packs/bad-pack.json");
const CUSTOM_PACK = join(__dirname, "../fixtures/packs/custom-pack.json");

describe("imr template", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "imr-template-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a built-in pack's template as .docx and says what it wrote", async () => {
    const { io, out, err } = fakeIO(dir);
    expect(await runTemplate(["dhr", "-o", "dhr.docx"], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^Wrote dhr\.docx: /);
    const model = await readDocx(new Uint8Array(readFileSync(join(dir, "dhr.docx"))));
    expect(model.packId).toBe("dhr");
    expect(readdirSync(dir)).toEqual(["dhr.docx"]);
  });

  it("writes a real template when the output ends in .dotx", async () => {
    const { io } = fakeIO(dir);
    expect(await runTemplate(["sar", "-o", "sar.dotx"], io)).toBe(0);
    const bytes = readFileSync(join(dir, "sar.dotx"));
    const JSZip = (await import("jszip")).default;
    const types = await (await JSZip.loadAsync(bytes)).file("[Content_Types].xml")!.async("string");
    expect(types).toContain("wordprocessingml.template.main+xml");
  });

  it("accepts --output and an absolute path", async () => {
    const { io } = fakeIO("/");
    expect(await runTemplate(["cspr", "--output", join(dir, "c.docx")], io)).toBe(0);
    expect(existsSync(join(dir, "c.docx"))).toBe(true);
  });

  it("refuses to overwrite an existing file, and leaves it as it was", async () => {
    writeFileSync(join(dir, "mine.docx"), "precious");
    const { io, out, err } = fakeIO(dir);
    expect(await runTemplate(["dhr", "-o", "mine.docx"], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(["imr template: mine.docx already exists; use --force to replace it"]);
    expect(readFileSync(join(dir, "mine.docx"), "utf8")).toBe("precious");
  });

  it("replaces an existing file with --force, leaving no temporary file", async () => {
    writeFileSync(join(dir, "mine.docx"), "old");
    const { io } = fakeIO(dir);
    expect(await runTemplate(["dhr", "-o", "mine.docx", "--force"], io)).toBe(0);
    expect((await readDocx(new Uint8Array(readFileSync(join(dir, "mine.docx"))))).packId).toBe(
      "dhr",
    );
    expect(readdirSync(dir)).toEqual(["mine.docx"]);
  });

  it("writes a template from a valid pack JSON file", async () => {
    const { io, err } = fakeIO(dir);
    expect(await runTemplate([CUSTOM_PACK, "-o", "custom.docx"], io)).toBe(0);
    expect(err).toEqual([]);
    const model = await readDocx(new Uint8Array(readFileSync(join(dir, "custom.docx"))));
    const pack = JSON.parse(readFileSync(CUSTOM_PACK, "utf8")) as { id: string };
    expect(model.packId).toBe(pack.id);
  });

  it("rejects a pack that fails validation with exit 2, naming each bad field by path", async () => {
    const { io, out, err } = fakeIO(dir);
    expect(await runTemplate([BAD_PACK, "-o", "bad.docx"], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^imr template: .*bad-pack\.json is not a valid template pack: /);
    for (const field of ["id:", "title:", "sections.1.id:", "qa.defaultSet:"])
      expect(err[0]).toContain(field);
    expect(existsSync(join(dir, "bad.docx"))).toBe(false);
  });

  it("names the field in a pack written here, too", async () => {
    writeFileSync(
      join(dir, "p.json"),
      JSON.stringify({ schemaVersion: 1, id: "ok", sections: [{ id: "a", title: "" }] }),
    );
    const { io, err } = fakeIO(dir);
    expect(await runTemplate(["p.json", "-o", "p.docx"], io)).toBe(2);
    expect(err[0]).toContain("sections.0.title: must not be empty");
  });

  it.each([
    [["dhr"], /say where to write the template with -o/],
    [["-o", "x.docx"], /say which pack to use/],
    [["dhr", "cspr", "-o", "x.docx"], /give one pack only/],
    [["dhr", "-o", "x.pdf"], /the output file must end in \.docx or \.dotx/],
    [
      ["nosuch", "-o", "x.docx"],
      /unknown pack "nosuch": give a built-in pack \(dhr, cspr, sar\) or a pack \.json file/,
    ],
    [["missing.json", "-o", "x.docx"], /missing\.json does not exist/],
    [
      ["dhr", "-o", "x.docx", "--colour"],
      /^imr template: unknown option "--colour"; usage: imr template /,
    ],
    [["dhr", "-o"], /^imr template: -o needs the name of the file to write; usage: /],
    [
      ["dhr", "-o", "no-such-folder/x.docx"],
      /cannot write no-such-folder\/x\.docx: the folder .* does not exist/,
    ],
  ])("rejects %j with exit 2 and one clear line", async (args, message) => {
    const { io, out, err } = fakeIO(dir);
    expect(await runTemplate(args as string[], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toContain("\n");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("rejects a pack file that is not JSON", async () => {
    writeFileSync(join(dir, "broken.json"), "{ not json");
    const { io, err } = fakeIO(dir);
    expect(await runTemplate(["broken.json", "-o", "x.docx"], io)).toBe(2);
    expect(err[0]).toMatch(/^imr template: broken\.json is not valid JSON \(/);
  });

  it("refuses to write over a folder", async () => {
    mkdirSync(join(dir, "folder.docx"));
    const { io, err } = fakeIO(dir);
    expect(await runTemplate(["dhr", "-o", "folder.docx", "--force"], io)).toBe(2);
    expect(err[0]).toMatch(/^imr template: cannot write folder\.docx/);
    expect(readdirSync(dir)).toEqual(["folder.docx"]);
  });
});
