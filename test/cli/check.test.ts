import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheck } from "../../src/cli/commands/check";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import type { DocModel } from "../../src/core/model/types";
import { BUILTIN_PACKS, builtinPack, parsePack } from "../../src/core/packs/registry";
import { writeTemplateDocx } from "../../src/docx";
import { readDocx } from "../../src/docx";
import { cleanReport, draftWithProblems } from "../core/checks/fixtures/reports";
import { docxFromModel } from "../helpers/docx-from-model";

function fakeIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd };
  return { io, out, err };
}

interface JsonOutput {
  file: string;
  pack: string;
  findings: Record<string, unknown>[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "imr-check-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function save(name: string, model: DocModel): Promise<string> {
  writeFileSync(join(dir, name), await docxFromModel(model));
  return name;
}

async function check(args: string[]) {
  const { io, out, err } = fakeIO(dir);
  const code = await runCheck(args, io);
  return { code, out, err, text: out.join("\n") };
}

async function checkJson(args: string[]) {
  const r = await check([...args, "--json"]);
  expect(r.out).toHaveLength(1);
  return { ...r, json: JSON.parse(r.out[0]) as JsonOutput };
}

describe.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))(
  "imr check on a %s report",
  (id, pack) => {
    it("reports nothing in a clean, complete report and exits 0", async () => {
      const file = await save(`clean-${id}.docx`, cleanReport(pack));
      const r = await check([file]);
      expect(r.err).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.out).toEqual([
        `Checked ${file} against the ${pack.title} pack (${id}).`,
        "The pack was detected: the document records that it was made from this pack's template.",
        "No problems found.",
      ]);
    });

    it("detects the pack from the headings when the file records none", async () => {
      const { packId: _none, ...model } = cleanReport(pack);
      const file = await save(`unmarked-${id}.docx`, model);
      expect((await readDocx(await docxFromModel(model))).packId).toBeUndefined();
      const r = await check([file]);
      expect(r.code).toBe(0);
      expect(r.out[1]).toBe(
        `The pack was detected: the document has ${pack.sections.length} of this pack's ${pack.sections.length} section headings and its chronology columns.`,
      );
    });

    it("finds every problem planted in a draft, and exits 1", async () => {
      const { model, expectedRules } = draftWithProblems(pack);
      const file = await save(`draft-${id}.docx`, model);
      const { code, json } = await checkJson([file]);
      expect(code).toBe(1);
      expect(json.pack).toBe(id);
      expect([...new Set(json.findings.map((f) => f.rule))].sort()).toEqual(expectedRules);
      const texts = (rule: string) =>
        json.findings.filter((f) => f.rule === rule).map((f) => f.text);
      expect(texts("language.judgemental")).toEqual(["failed to engage"]);
      expect(texts("anonymisation.full-name")).toEqual(["Mrs Smith"]);
      expect(texts("language.acronym-undefined")).toEqual(["CAMHS"]);
      expect(texts("structure.placeholder")).toEqual(["[Insert the Terms of Reference here]"]);
      expect(texts("marking.missing")).toEqual([pack.protectiveMarking.default]);
    });

    it("finds no language problems in guidance text of the fresh template", async () => {
      const file = `template-${id}.docx`;
      writeFileSync(join(dir, file), await writeTemplateDocx(pack));
      const { code, json } = await checkJson([file]);
      expect(json.pack).toBe(id);
      expect(json.findings.filter((f) => String(f.rule).startsWith("language."))).toEqual([]);
      expect(json.findings.some((f) => f.rule === "structure.empty-section")).toBe(true);
      expect(code).toBe(1);
    });
  },
);

describe("imr check output", () => {
  it("prints exactly the JSON shape scripts read", async () => {
    const file = await save("shape.docx", draftWithProblems(builtinPack("dhr")!).model);
    const { json } = await checkJson([file]);
    expect(Object.keys(json)).toEqual(["file", "pack", "findings"]);
    expect(json.file).toBe(file);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual([
        "rule",
        "severity",
        "message",
        "text",
        "section",
        "suggestion",
        "location",
      ]);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.section === null || typeof f.section === "string").toBe(true);
      expect(f.suggestion === null || typeof f.suggestion === "string").toBe(true);
    }
    const judgemental = json.findings.find((f) => f.rule === "language.judgemental")!;
    expect(judgemental).toMatchObject({
      severity: "warning",
      text: "failed to engage",
      section: "Terms of Reference",
      suggestion: "did not attend",
      location: { blockId: expect.any(String), start: 8, end: 24 },
    });
    const missing = json.findings.find((f) => f.rule === "structure.missing-section")!;
    expect(missing.location).toBeNull();
    const placeholder = json.findings.find((f) => f.rule === "structure.placeholder")!;
    expect(placeholder.suggestion).toBeNull();
  });

  it("groups findings by section with severity labels, the text, the message and a suggestion", async () => {
    const file = await save("text.docx", draftWithProblems(builtinPack("dhr")!).model);
    const r = await check([file]);
    expect(r.code).toBe(1);
    expect(r.out[2]).toMatch(/^Found \d+ errors, \d+ warnings, 1 note\.$/);
    const at = r.out.findIndex((l) => l.startsWith("Terms of Reference ("));
    expect(at).toBeGreaterThan(2);
    const block = r.out.slice(at, r.out.indexOf("", at + 1));
    expect(block[1]).toBe(
      "  Error:   “[Insert the Terms of Reference here]”  [structure.placeholder]",
    );
    const j = block.findIndex((l) => l.includes("[language.judgemental]"));
    expect(block[j]).toBe("  Warning: “failed to engage”  [language.judgemental]");
    expect(block[j + 1]).toMatch(/^ {11}“failed to engage”: it puts the duty on the person/);
    expect(block[j + 2]).toBe("           Suggestion: “did not attend”");
  });

  it("uses the pack given with --pack, and says so", async () => {
    const file = await save("given.docx", cleanReport(builtinPack("dhr")!));
    const r = await check([file, "--pack", "sar"]);
    expect(r.out.slice(0, 2)).toEqual([
      `Checked ${file} against the ${builtinPack("sar")!.title} pack (sar).`,
      "The pack was given with --pack.",
    ]);
    expect(r.code).toBe(1); // the SAR sections are missing from a DHR report
    expect(r.text).toMatch(/\[structure\.missing-section\]/);
  });

  it("takes an agency's pack.json with --pack, and names a bad one", async () => {
    const packFile = join(__dirname, "../fixtures/packs/custom-pack.json");
    const pack = parsePack(JSON.parse(readFileSync(packFile, "utf8")));
    if (!pack.ok) throw new Error("the custom pack fixture is invalid");
    const file = await save("custom.docx", cleanReport(pack.value));
    const r = await checkJson([file, "--pack", packFile]);
    expect(r.json.pack).toBe(pack.value.id);
    expect(r.code).toBe(0);
    const bad = await check([file, "--pack", join(__dirname, "../fixtures/packs/bad-pack.json")]);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/^imr check: .*bad-pack\.json is not a valid template pack: /);
  });

  it("is registered in the imr command", async () => {
    const file = await save("via-main.docx", cleanReport(builtinPack("cspr")!));
    const { io, out } = fakeIO(dir);
    expect(await main(["check", file, "--json"], io)).toBe(0);
    expect(JSON.parse(out[0])).toEqual({ file, pack: "cspr", findings: [] });
  });
});

describe("imr check on the drafts committed for the README", () => {
  const drafts = join(__dirname, "../fixtures/docx/drafts");
  it("finds the planted problems in dhr-draft.docx and exits 1", async () => {
    const { io, out } = fakeIO(drafts);
    expect(await runCheck(["dhr-draft.docx", "--json"], io)).toBe(1);
    const json = JSON.parse(out[0]) as JsonOutput;
    expect(json.pack).toBe("dhr");
    const rules = new Set(json.findings.map((f) => f.rule));
    for (const r of draftWithProblems(builtinPack("dhr")!).expectedRules)
      expect(rules).toContain(r);
  });

  it("finds nothing in sar-clean-report.docx and exits 0", async () => {
    const { io, out } = fakeIO(drafts);
    expect(await runCheck(["sar-clean-report.docx"], io)).toBe(0);
    expect(out[2]).toBe("No problems found.");
  });
});

describe("imr check on bad input", () => {
  const random = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256);
  it.each([
    [
      "random bytes",
      "random.docx",
      random,
      /^imr check: cannot check random\.docx: not a \.docx file/,
    ],
    [
      "a text file renamed .docx",
      "notes.docx",
      new TextEncoder().encode("Minutes of the meeting.\nNothing to report.\n"),
      /^imr check: cannot check notes\.docx: not a \.docx file/,
    ],
    [
      "an empty file",
      "empty.docx",
      new Uint8Array(0),
      /^imr check: cannot check empty\.docx: the file is empty/,
    ],
  ])("exits 2 with one line for %s", async (_, name, bytes, message) => {
    writeFileSync(join(dir, name), bytes);
    const r = await check([name]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).not.toContain("\n");
  });

  it.each([
    [["missing.docx"], /^imr check: missing\.docx does not exist$/],
    [[], /^imr check: say which \.docx to check; usage: imr check/],
    [["a.docx", "b.docx"], /give one file only/],
    [["x.docx", "--pack", "nope"], /unknown pack "nope": give a built-in pack \(dhr, cspr, sar\)/],
    [["x.docx", "--colour"], /unknown option "--colour"/],
  ])("exits 2 with one line for %j", async (args, message) => {
    const r = await check(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  it("exits 2 when it cannot tell the pack, and says how to give one", async () => {
    const file = await save("minutes.docx", {
      blocks: [
        { kind: "paragraph", id: "1", text: "Minutes", headingLevel: 1 },
        { kind: "paragraph", id: "2", text: "Nothing to report." },
      ],
    });
    const r = await check([file]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `imr check: cannot tell which template ${file} was made from (its headings match no pack well enough): say which with --pack dhr, cspr, sar or pack.json`,
    ]);
  });
});
