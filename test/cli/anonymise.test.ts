import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAnonymise } from "../../src/cli/commands/anonymise";
import type { CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import type { DocModel } from "../../src/core/model/types";
import { REGISTER_NAMESPACE, readCustomXmlPart, registerToXml } from "../../src/docx/custom-xml";
import { writeCustomXmlPart } from "../../src/docx/custom-xml";
import { readDocx } from "../../src/docx/read/docx";
import { register } from "../core/anonymise/helpers";
import { DRAFT, draftDocx } from "../fixtures/anonymise/draft";

const FIXTURES = join(__dirname, "..", "fixtures", "anonymise");

function fakeIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd };
  return { io, out, err };
}

function allText(model: DocModel): string {
  return model.blocks
    .map((b) => (b.kind === "paragraph" ? b.text : b.rows.map((r) => r.join("\n")).join("\n")))
    .join("\n");
}

/** Every block's text, paragraphs as strings and tables as rows. */
function texts(model: DocModel): Array<string | string[][]> {
  return model.blocks.map((b) => (b.kind === "paragraph" ? b.text : b.rows));
}

/** Names from register.json that must not be left anywhere, as whole words. */
const REAL_NAMES = ["Joanne", "Bloggs", "Jo", "Mark Ward", "Ward", "Smith", "Lily"];

function namesLeft(text: string): string[] {
  return REAL_NAMES.filter((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "u").test(text));
}

describe("imr anonymise", () => {
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "imr-anonymise-"));
    writeFileSync(join(dir, "draft.docx"), await draftDocx());
    copyFileSync(join(FIXTURES, "register.json"), join(dir, "register.json"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (io: CliIO, ...extra: string[]) =>
    runAnonymise(["draft.docx", "--register", "register.json", "-o", "anon.docx", ...extra], io);

  it("replaces every register name in paragraphs, tables and the header, and nothing else", async () => {
    const before = await readDocx(readFileSync(join(dir, "draft.docx")));
    expect(namesLeft(allText(before))).toEqual(REAL_NAMES);
    const { io, out, err } = fakeIO(dir);
    expect(await run(io)).toBe(0);
    expect(err).toEqual([]);
    const after = await readDocx(readFileSync(join(dir, "anon.docx")));
    expect(namesLeft(allText(after))).toEqual([]);
    expect(texts(after)).toEqual([
      "Individual Management Review",
      [
        ["Domestic Homicide Review in respect of", "Adult A"],
        ["Details of perpetrator (s)", "Adult B, partner of Adult A"],
        ["Details of other relevant persons", "Child 1, daughter of Adult A and Adult B"],
        ["Agency", "Northtown Health"],
      ],
      "Introduction",
      "Adult A was registered with Doctor S. Adult A's GP, Doctor S, saw Adult A twice.",
      "Adult A said that Adult B had moved out; Child 1 stayed with her mother.",
      "Comprehensive Agency Chronology",
      [
        ["Date", "Time", "Source of evidence", "Event", "Comment"],
        ["03/02/2021", "10:00", "GP record", "Doctor S saw Adult A.", "None"],
        [
          "05/03/2021",
          "",
          "Police log",
          "Adult B arrested after a call from Adult A.",
          "Referral made",
        ],
      ],
      "The agency will review its training by 01/09/2022.",
      "OFFICIAL-SENSITIVE: IMR about Adult A",
    ]);
    // Headings and the recorded pack survive.
    expect(after.packId).toBe("dhr");
    expect(after.blocks.map((b) => (b.kind === "paragraph" ? b.headingLevel : "t"))).toEqual(
      before.blocks.map((b) => (b.kind === "paragraph" ? b.headingLevel : "t")),
    );
    expect(out).toEqual([
      "Replaced 19 names and wrote anon.docx:",
      "  Adult A (Joanne Bloggs): 10",
      "  Adult B (Mark Ward): 4",
      "  Doctor S (Doctor Smith): 3",
      "  Child 1 (Lily Ward): 2",
      "Replaced, but check this one:",
      '  paragraph 4: …that Mark Ward had moved out; «Lily» stayed with her mother. ("Lily" is also an ordinary word and starts a sentence here: check that it is the name.)',
    ]);
    // The input is untouched and no temporary file is left.
    expect(readdirSync(dir).sort()).toEqual(["anon.docx", "draft.docx", "register.json"]);
    expect(allText(await readDocx(readFileSync(join(dir, "draft.docx"))))).toBe(allText(before));
  });

  it("lists names that could be two people, leaves them, and exits 1", async () => {
    writeFileSync(
      join(dir, "two.json"),
      JSON.stringify({
        people: [
          { name: "Joanne Bloggs", code: "Adult A", role: "victim" },
          { name: "Peter Bloggs", code: "Adult C", role: "family member" },
        ],
      }),
    );
    writeFileSync(
      join(dir, "draft.docx"),
      await draftDocx({
        blocks: [
          { kind: "paragraph", id: "b0", text: "Joanne Bloggs rang Peter Bloggs." },
          { kind: "paragraph", id: "b1", text: "Later Mr Bloggs called back." },
        ],
      }),
    );
    const { io, out } = fakeIO(dir);
    expect(
      await runAnonymise(["draft.docx", "--register", "two.json", "-o", "anon.docx"], io),
    ).toBe(1);
    const after = await readDocx(readFileSync(join(dir, "anon.docx")));
    expect(texts(after)).toEqual(["Adult A rang Adult C.", "Later Mr Bloggs called back."]);
    expect(out.slice(0, 3)).toEqual([
      "Replaced 2 names and wrote anon.docx:",
      "  Adult A (Joanne Bloggs): 1",
      "  Adult C (Peter Bloggs): 1",
    ]);
    expect(out[3]).toMatch(/^Not replaced: 1 name could be more than one person/);
    expect(out[4]).toMatch(
      /^ {2}paragraph 2: Later «Mr Bloggs» called back\. ".*could be Joanne Bloggs \(Adult A\) or Peter Bloggs \(Adult C\)/,
    );
  });

  it("leaves the draft's people register out of the anonymised copy, and says so", async () => {
    const withRegister = await writeCustomXmlPart(
      await draftDocx(),
      REGISTER_NAMESPACE,
      registerToXml(register([{ name: "Joanne Bloggs", code: "Adult A", role: "victim" }])),
    );
    writeFileSync(join(dir, "draft.docx"), withRegister);
    const { io, out } = fakeIO(dir);
    expect(await run(io)).toBe(0);
    expect(out[out.length - 1]).toBe(
      "The people register (real names) stays in draft.docx; anon.docx does not hold it.",
    );
    expect(
      await readCustomXmlPart(readFileSync(join(dir, "anon.docx")), REGISTER_NAMESPACE),
    ).toBeUndefined();
    expect(
      await readCustomXmlPart(readFileSync(join(dir, "draft.docx")), REGISTER_NAMESPACE),
    ).toBeDefined();
  });

  it("refuses a register that is not JSON, naming the file, and writes nothing", async () => {
    writeFileSync(join(dir, "register.json"), "{ people: [");
    const { io, err } = fakeIO(dir);
    expect(await run(io)).toBe(2);
    expect(err[0]).toMatch(/^imr anonymise: register\.json is not valid JSON/);
    expect(readdirSync(dir)).not.toContain("anon.docx");
  });

  it("names each bad field of an invalid register by its path", async () => {
    writeFileSync(
      join(dir, "register.json"),
      JSON.stringify({
        people: [
          { name: "Joanne Bloggs", code: "Adult A", role: "victim" },
          { name: " ", code: 5, role: "cousin", nickname: "Jo" },
        ],
      }),
    );
    const { io, err } = fakeIO(dir);
    expect(await run(io)).toBe(2);
    const lines = err[0].split("\n");
    expect(lines[0]).toBe("imr anonymise: register.json is not a valid people register:");
    const paths = lines.slice(1).map((l) => l.trim().split(":")[0]);
    expect(paths).toEqual(
      expect.arrayContaining(["people.1.name", "people.1.code", "people.1.role", "people.1"]),
    );
    expect(readdirSync(dir)).not.toContain("anon.docx");
  });

  it("refuses a register where two people share a code", async () => {
    writeFileSync(
      join(dir, "register.json"),
      JSON.stringify({
        people: [
          { name: "Joanne Bloggs", code: "Adult A", role: "victim" },
          { name: "Mark Ward", code: "adult a", role: "perpetrator" },
        ],
      }),
    );
    const { io, err } = fakeIO(dir);
    expect(await run(io)).toBe(2);
    expect(err[0]).toMatch(
      /cannot be used as it is:\n {2}people\.0: Joanne Bloggs and Mark Ward have the same code/,
    );
    expect(readdirSync(dir)).not.toContain("anon.docx");
  });

  it("exits 2 and writes nothing for a file that is not a .docx", async () => {
    writeFileSync(join(dir, "draft.docx"), "just text");
    const { io, err } = fakeIO(dir);
    expect(await run(io)).toBe(2);
    expect(err[0]).toMatch(/^imr anonymise: cannot read draft\.docx: not a \.docx file/);
    expect(readdirSync(dir)).not.toContain("anon.docx");
  });

  it("never writes over its input, even through a link", async () => {
    const { io, err } = fakeIO(dir);
    expect(
      await runAnonymise(["draft.docx", "--register", "register.json", "-o", "./draft.docx"], io),
    ).toBe(2);
    expect(err[0]).toMatch(/will not write over the input file/);
    symlinkSync(join(dir, "draft.docx"), join(dir, "link.docx"));
    expect(
      await runAnonymise(["draft.docx", "--register", "register.json", "-o", "link.docx"], io),
    ).toBe(2);
    expect(err[1]).toMatch(/will not write over the input file/);
  });

  it("refuses an existing output without --force, and replaces it with --force", async () => {
    writeFileSync(join(dir, "anon.docx"), "old");
    const first = fakeIO(dir);
    expect(await run(first.io)).toBe(2);
    expect(first.err[0]).toMatch(/anon\.docx already exists; use --force/);
    expect(readFileSync(join(dir, "anon.docx"), "utf8")).toBe("old");
    const second = fakeIO(dir);
    expect(await run(second.io, "--force")).toBe(0);
    expect(namesLeft(allText(await readDocx(readFileSync(join(dir, "anon.docx")))))).toEqual([]);
  });

  it("explains missing arguments", async () => {
    const { io, err } = fakeIO(dir);
    expect(await runAnonymise(["draft.docx", "-o", "anon.docx"], io)).toBe(2);
    expect(err[0]).toMatch(/--register; usage: imr anonymise/);
    expect(await runAnonymise(["draft.docx", "--register", "register.json"], io)).toBe(2);
    expect(err[1]).toMatch(/with -o; usage/);
    expect(
      await runAnonymise(["draft.docx", "--register", "register.json", "-o", "a.pdf"], io),
    ).toBe(2);
    expect(err[2]).toMatch(/must be a \.docx file like the input/);
  });

  it("is listed in imr --help and runs through main", async () => {
    const help = fakeIO(dir);
    await main(["--help"], help.io);
    expect(help.out.join("\n")).toContain("imr anonymise <in.docx> --register register.json");
    const { io } = fakeIO(dir);
    expect(
      await main(["anonymise", "draft.docx", "--register", "register.json", "-o", "a.docx"], io),
    ).toBe(0);
  });

  it("the fixture draft has every name where the test expects it", () => {
    // Guards the fixture: the header, a cover cell and a chronology cell carry names.
    const header = DRAFT.blocks.find((b) => b.part === "header");
    expect(header && header.kind === "paragraph" && header.text).toMatch(/Joanne Bloggs/);
  });
});
