import {
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runClean } from "../../src/cli/commands/clean";
import type { CliIO } from "../../src/cli/io";
import { readCustomXmlParts, REGISTER_NAMESPACE, writeRegister } from "../../src/docx/custom-xml";
import { a, g, gsdt, heading, makeDocx, p, paragraphTexts } from "../docx/strip/helpers";

function fakeIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd };
  return { io, out, err };
}

async function documentText(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return paragraphTexts(await zip.file("word/document.xml")!.async("string"));
}

describe("imr clean", () => {
  let dir: string;
  let input: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "imr-clean-"));
    input = join(dir, "draft.docx");
    const bytes = await makeDocx({
      body:
        heading("1. Introduction") +
        gsdt(p(g("Explain why the review was commissioned and who asked for it."))) +
        p(a("The review was commissioned by the partnership.")) +
        heading("2. Chronology") +
        p(g("List contacts in date order.")) +
        p(a("Seen at home on 3 May.")) +
        p(a("Note the red heading", '<w:color w:val="FF0000"/>')),
    });
    writeFileSync(input, bytes);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a clean copy and says what it removed", async () => {
    const { io, out, err } = fakeIO(dir);
    expect(await runClean(["draft.docx", "-o", "clean.docx"], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe(
      "Removed 2 guidance notes (1 content control, 1 red italic) and wrote clean.docx.",
    );
    expect(out[1]).toMatch(/^1 passage looks like guidance .* run with --report to list it\.$/);
    expect(await documentText(join(dir, "clean.docx"))).toEqual([
      "1. Introduction",
      "The review was commissioned by the partnership.",
      "2. Chronology",
      "Seen at home on 3 May.",
      "Note the red heading",
    ]);
    expect(readdirSync(dir).sort()).toEqual(["clean.docx", "draft.docx"]);
  });

  it("leaves the draft's people register out of the clean copy, and says so", async () => {
    const draft = new Uint8Array(readFileSync(input));
    const written = await writeRegister(draft, {
      schemaVersion: 1,
      people: [{ name: "Joanne Bloggs", variants: [], code: "Adult A", role: "victim" }],
    });
    if (!written.ok) throw new Error("could not add a register to the test draft");
    writeFileSync(input, written.bytes);
    expect((await readCustomXmlParts(written.bytes)).map((p) => p.namespace)).toContain(
      REGISTER_NAMESPACE,
    );
    const { io, out } = fakeIO(dir);
    expect(await runClean(["draft.docx", "-o", "clean.docx"], io)).toBe(0);
    expect(out).toContain("Left out of the copy: the people register (real names).");
    const clean = new Uint8Array(readFileSync(join(dir, "clean.docx")));
    expect((await readCustomXmlParts(clean)).map((p) => p.namespace)).not.toContain(
      REGISTER_NAMESPACE,
    );
  });

  it("refuses a draft with tracked changes, writing nothing", async () => {
    const tracked = await makeDocx({
      body:
        heading("1. Introduction") +
        p(a("The review was commissioned by the partnership.")) +
        '<w:p><w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>Joanne Bloggs</w:delText></w:r></w:del></w:p>',
    });
    writeFileSync(join(dir, "tracked.docx"), tracked);
    const { io, err } = fakeIO(dir);
    expect(await runClean(["tracked.docx", "-o", "clean.docx"], io)).toBe(1);
    expect(err).toEqual([
      "imr clean: tracked.docx has tracked changes: accept or reject them in Word first; nothing was written",
    ]);
    expect(readdirSync(dir)).not.toContain("clean.docx");
  });

  it("--report lists each note by section with its first words, and the ambiguous passages", async () => {
    const { io, out } = fakeIO(dir);
    expect(await runClean(["draft.docx", "--report", "-o", "clean.docx"], io)).toBe(0);
    expect(out).toEqual([
      "Removed 2 guidance notes (1 content control, 1 red italic).",
      '  Section "1. Introduction":',
      '    - "Explain why the review was commissioned and who asked for it." [content control]',
      '  Section "2. Chronology":',
      '    - "List contacts in date order." [red italic]',
      "1 passage looks like guidance but was kept (check it):",
      '    - "Note the red heading": red but not italic (#FF0000) [section "2. Chronology"]',
      "Wrote clean.docx.",
    ]);
  });

  it("never writes over its input, even with --force", async () => {
    const before = readFileSync(input);
    for (const args of [
      ["draft.docx", "-o", "draft.docx", "--force"],
      ["draft.docx", "-o", "./sub/../draft.docx", "--force"],
      [input, "-o", "draft.docx"],
    ]) {
      mkdirSync(join(dir, "sub"), { recursive: true });
      const { io, err } = fakeIO(dir);
      expect(await runClean(args, io)).toBe(2);
      expect(err).toEqual([
        "imr clean: will not write over the input file " +
          args[0] +
          ": give the clean copy another name",
      ]);
    }
    linkSync(input, join(dir, "hard.docx"));
    symlinkSync(input, join(dir, "soft.docx"));
    for (const target of ["hard.docx", "soft.docx"]) {
      const { io, err } = fakeIO(dir);
      expect(await runClean(["draft.docx", "-o", target, "--force"], io)).toBe(2);
      expect(err[0]).toMatch(/will not write over the input file/);
    }
    expect(readFileSync(input)).toEqual(before);
  });

  it("refuses to replace an existing output unless --force", async () => {
    writeFileSync(join(dir, "clean.docx"), "old");
    const first = fakeIO(dir);
    expect(await runClean(["draft.docx", "-o", "clean.docx"], first.io)).toBe(2);
    expect(first.err).toEqual(["imr clean: clean.docx already exists: use --force to replace it"]);
    expect(readFileSync(join(dir, "clean.docx"), "utf8")).toBe("old");
    const second = fakeIO(dir);
    expect(await runClean(["draft.docx", "-o", "clean.docx", "--force"], second.io)).toBe(0);
    expect(await documentText(join(dir, "clean.docx"))).toContain("Seen at home on 3 May.");
    expect(readdirSync(dir).sort()).toEqual(["clean.docx", "draft.docx"]);
  });

  it.each([
    [
      "a text file",
      () => "this is not a Word document",
      /^imr clean: cannot clean bad\.docx: not a \.docx file \(it is not a zip package\)$/,
    ],
    [
      "a zip without word/document.xml",
      async () => {
        const z = new JSZip();
        z.file("readme.txt", "hello");
        return z.generateAsync({ type: "uint8array" });
      },
      /^imr clean: cannot clean bad\.docx: not a \.docx file \(no word\/document\.xml\)$/,
    ],
    [
      "corrupt XML",
      async () => {
        const z = await JSZip.loadAsync(await makeDocx({ body: p(a("x")) }));
        z.file("word/document.xml", "<w:document><w:body>");
        return z.generateAsync({ type: "uint8array" });
      },
      /^imr clean: cannot clean bad\.docx: the file is damaged: word\/document\.xml is not well-formed XML/,
    ],
  ])("exits 2 with one line for %s, and writes nothing", async (_name, make, message) => {
    writeFileSync(join(dir, "bad.docx"), await make());
    const { io, out, err } = fakeIO(dir);
    expect(await runClean(["bad.docx", "-o", "out.docx"], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toContain("\n");
    expect(readdirSync(dir).sort()).toEqual(["bad.docx", "draft.docx"]);
  });

  it.each([
    [[], /say which \.docx to clean/],
    [["draft.docx"], /say where to write the clean copy with -o/],
    [["a.docx", "b.docx", "-o", "c.docx"], /give one input file only/],
    [["draft.docx", "-o", "x.docx", "--colour"], /unknown option "--colour"/],
    [["missing.docx", "-o", "x.docx"], /cannot read missing\.docx: no such file/],
    [["draft.docx", "-o", "nofolder/x.docx"], /the folder .*nofolder does not exist/],
    [["draft.docx", "-o", "x.pdf"], /must be a \.docx file like the input/],
  ])("rejects %j with a usage message", async (args, message) => {
    const { io, err } = fakeIO(dir);
    expect(await runClean(args as string[], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });
});
