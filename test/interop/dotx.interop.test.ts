/**
 * The template as a Word template file (.dotx), as an agency publishes it (e.g. in a SharePoint
 * organisation assets library, so authors find it under File > New): LibreOffice, a reader no one
 * here wrote, opens it as a template and makes a document from it, and `imr check` finds every
 * section of the pack in that document.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runCheck } from "../../src/cli/commands/check";
import { runTemplate } from "../../src/cli/commands/template";
import type { CliIO } from "../../src/cli/io";
import { parseOrganisationJson } from "../../src/core/config";
import { builtinPack } from "../../src/core/packs/registry";
import { convert } from "./soffice";

const EXAMPLE = join(__dirname, "../../config/organisation.example.json");
const TEMPLATE_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
const DOCUMENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

function io(cwd: string): CliIO & { errors: string[] } {
  const errors: string[] = [];
  return { out: () => undefined, err: (t) => void errors.push(t), cwd, errors };
}

async function mainPartType(file: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  return /PartName="\/word\/document\.xml" ContentType="([^"]+)"/.exec(types)?.[1];
}

/** `imr check --json` on the file: its findings. */
async function imrCheck(file: string, args: string[]): Promise<{ rule: string; text: string }[]> {
  const out: string[] = [];
  const cli: CliIO = { out: (t) => void out.push(t), err: () => undefined, cwd: join(file, "..") };
  await runCheck([file, ...args, "--json"], cli);
  return (JSON.parse(out.join("")) as { findings: { rule: string; text: string }[] }).findings;
}

describe(".dotx templates in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "imr-dotx-"));
  const made = join(dir, "made");
  const organisation = parseOrganisationJson(readFileSync(EXAMPLE, "utf8")).settings;

  beforeAll(async () => {
    copyFileSync(EXAMPLE, join(dir, "organisation.json"));
    const cli = io(dir);
    expect(await runTemplate(["dhr", "-o", "dhr.dotx"], cli)).toBe(0);
    expect(
      await runTemplate(
        ["anytown-dhr", "--config", "organisation.json", "-o", "anytown.dotx"],
        cli,
      ),
    ).toBe(0);
    expect(cli.errors).toEqual([]);
    // LibreOffice loads each .dotx with its Word template filter and saves a new document from it.
    await convert(
      [join(dir, "dhr.dotx"), join(dir, "anytown.dotx")],
      "docx:MS Word 2007 XML",
      made,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imr template writes a Word template (the template content type), not a document", async () => {
    expect(await mainPartType(join(dir, "dhr.dotx"))).toBe(TEMPLATE_TYPE);
    expect(await mainPartType(join(dir, "anytown.dotx"))).toBe(TEMPLATE_TYPE);
  });

  it("LibreOffice makes a document from each template", async () => {
    expect(await mainPartType(join(made, "dhr.docx"))).toBe(DOCUMENT_TYPE);
    expect(await mainPartType(join(made, "anytown.docx"))).toBe(DOCUMENT_TYPE);
  });

  it("imr check finds every section of the built-in pack in the document made from it", async () => {
    const findings = await imrCheck(join(made, "dhr.docx"), ["--pack", "dhr"]);
    expect(findings.filter((f) => f.rule === "structure.missing-section")).toEqual([]);
    // It did check the structure: the sections are there, still empty.
    const pack = builtinPack("dhr")!;
    const required = pack.sections.filter((s) => s.required).length;
    expect(findings.filter((f) => f.rule === "structure.empty-section").length).toBeGreaterThan(
      required / 2,
    );
  });

  it("the organisation's pack and marking survive too (imr check --config)", async () => {
    const findings = await imrCheck(join(made, "anytown.docx"), [
      "--config",
      join(dir, "organisation.json"),
      "--pack",
      "anytown-dhr",
    ]);
    expect(findings.filter((f) => f.rule === "structure.missing-section")).toEqual([]);
    // The organisation's marking is there: no marking finding.
    expect(findings.filter((f) => f.rule === "marking.missing")).toEqual([]);
    // The sections are there, still empty.
    const pack = organisation.packs.find((p) => p.id === "anytown-dhr")!;
    expect(findings.filter((f) => f.rule === "structure.empty-section").length).toBeGreaterThan(
      pack.sections.length / 2,
    );
  });
});
