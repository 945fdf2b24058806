import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILTIN_PACKS } from "../../src/core/packs/registry";
import { guidanceTexts, templateLayout } from "../../src/core/template/layout";
import { isWhollyGuidance } from "../../src/core/model/text";
import type { ParagraphBlock } from "../../src/core/model/types";
import { readDocx } from "../../src/docx/read/docx";
import { writeTemplateDocx } from "../../src/docx/write/template";
import { convert } from "./soffice";

/** Whitespace (including no-break spaces) collapsed, so line wrapping and cell layout do not matter. */
const squash = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

/**
 * What `imr template` writes, opened by LibreOffice: a reader no one here wrote. Each pack is
 * written as .docx and .dotx, converted to text (and re-saved as .docx) by soffice, and checked.
 */
describe("templates open in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "imr-interop-"));
  const text = new Map<string, string>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const pack of BUILTIN_PACKS) {
      for (const format of ["docx", "dotx"] as const) {
        const file = join(dir, `${pack.id}.${format}`);
        writeFileSync(file, await writeTemplateDocx(pack, { format }));
        files.push(file);
      }
    }
    // <id>.docx and <id>.dotx both convert to <id>.txt, so each format gets its own folder.
    for (const format of ["docx", "dotx"]) {
      const outDir = join(dir, `${format}-text`);
      await convert(
        files.filter((f) => f.endsWith(`.${format}`)),
        "txt:Text (encoded):UTF8",
        outDir,
      );
      for (const pack of BUILTIN_PACKS) {
        const out = join(outDir, `${pack.id}.txt`);
        if (existsSync(out)) text.set(`${pack.id}.${format}`, readFileSync(out, "utf8"));
      }
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))("%s", (id, pack) => {
    it("the .docx converts to text holding every section title and every guidance text", () => {
      const got = squash(text.get(`${id}.docx`) ?? "");
      expect(got.length).toBeGreaterThan(0);
      for (const s of pack.sections) expect(got).toContain(squash(s.title));
      for (const g of guidanceTexts(templateLayout(pack))) expect(got).toContain(squash(g));
      expect(got.startsWith(squash(pack.protectiveMarking.default))).toBe(true);
    });

    it("the .dotx opens as a template and converts with the same content", () => {
      const got = squash(text.get(`${id}.dotx`) ?? "");
      expect(got).toContain(squash(pack.cover.title));
      for (const s of pack.sections) expect(got).toContain(squash(s.title));
    });
  });

  it("LibreOffice's re-save as .docx still reads back: headings, and guidance as red italic", async () => {
    const resaved = join(dir, "resaved");
    const files = BUILTIN_PACKS.map((p) => join(dir, `${p.id}.docx`));
    await convert(files, "docx:MS Word 2007 XML", resaved);
    for (const pack of BUILTIN_PACKS) {
      const model = await readDocx(new Uint8Array(readFileSync(join(resaved, `${pack.id}.docx`))));
      const paras = model.blocks.filter(
        (b): b is ParagraphBlock => b.kind === "paragraph" && b.part === "body",
      );
      const headings = paras
        .filter((p) => p.headingLevel !== undefined)
        .map((p) => [p.text, p.headingLevel]);
      expect(headings).toEqual(pack.sections.map((s) => [s.title, s.level]));
      // LibreOffice drops block-level content controls' tags; the red italic formatting remains.
      const notes = templateLayout(pack).flatMap((i) =>
        i.kind === "guidance" ? i.paragraphs.map((p) => squash(p.text)) : [],
      );
      const guidance = new Set(paras.filter((p) => isWhollyGuidance(p)).map((p) => squash(p.text)));
      for (const n of notes) expect(guidance).toContain(n);
    }
  });
});
