import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stripGuidance } from "../../src/docx/strip";
import { builtinPack } from "../../src/core/packs/registry";
import { guidanceTexts, templateLayout } from "../../src/core/template/layout";
import { writeTemplateDocx } from "../../src/docx/write/template";
import { FIXTURES, fixtureGuidance } from "../docx/strip/fixture-guidance";
import { makeDocx } from "../docx/strip/helpers";
import {
  Builder,
  documentArb,
  expected,
  GUIDANCE_ALPHABET,
  MODEL_STYLES,
} from "../docx/strip/model";

/**
 * Cleaned files open in LibreOffice (a reader no one here wrote) and read as the original minus
 * the guidance. Run with `npm run test:interop`; needs `soffice` on the PATH.
 */

let dir: string;
let profile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "imr-clean-interop-"));
  profile = mkdtempSync(join(tmpdir(), "lo-strip-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** Convert .docx files to text with LibreOffice; returns each file's lines. */
function libreOfficeText(files: string[]): string[][] {
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "txt:Text",
      "--outdir",
      dir,
      ...files,
    ],
    {
      stdio: "pipe",
      timeout: 110000,
    },
  );
  return files.map((f) => {
    const txt = join(dir, f.replace(/^.*\//, "").replace(/\.docx$/, ".txt"));
    return readFileSync(txt, "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/);
  });
}

/** Collapse white space and drop empty lines. */
function normalise(lines: string[]): string[] {
  return lines.map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l !== "");
}

function isSubsequence(needles: string[], hay: string[]): boolean {
  let i = 0;
  for (const h of hay) if (i < needles.length && h === needles[i]) i++;
  return i === needles.length;
}

describe("cleaned files in LibreOffice", () => {
  it("the agency-style template reads as the original minus its guidance", async () => {
    const original = join(dir, "agency.docx");
    const cleaned = join(dir, "agency-clean.docx");
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, "agency-template.docx")));
    writeFileSync(original, bytes);
    writeFileSync(cleaned, (await stripGuidance(bytes)).bytes);
    const [before, after] = libreOfficeText([original, cleaned]);
    const queue = fixtureGuidance();
    const expectedLines: string[] = [];
    for (const line of before) {
      let rest = line;
      while (queue.length > 0 && rest.includes(queue[0])) rest = rest.replace(queue.shift()!, "");
      expectedLines.push(rest);
    }
    expect(queue).toEqual([]);
    expect(normalise(after)).toEqual(normalise(expectedLines));
    expect(normalise(after)).toContain("Important: the referral was not followed up.");
  });

  it("a template from `imr template` keeps its headings and loses its guidance", async () => {
    const pack = builtinPack("dhr")!;
    const cleaned = join(dir, "dhr-clean.docx");
    writeFileSync(cleaned, (await stripGuidance(await writeTemplateDocx(pack))).bytes);
    const [lines] = libreOfficeText([cleaned]);
    const text = normalise(lines);
    for (const s of pack.sections) expect(text).toContain(s.title);
    const layout = templateLayout(pack);
    const ordinary = layout.flatMap((i) =>
      i.kind === "table"
        ? i.rows.flat().flatMap((c) => (c.kind === "text" ? [c.text] : []))
        : "text" in i
          ? [i.text]
          : [],
    );
    const joined = text.join("\n");
    for (const g of guidanceTexts(layout))
      if (!ordinary.some((o) => o.includes(g)))
        expect(joined).not.toContain(g.replace(/\s+/g, " ").trim());
  });

  it("generated documents open and keep the author's paragraphs, in order, with no guidance", async () => {
    // LibreOffice's text export shows tracked deletions as text, so these samples have none.
    const noDeletions = (m: unknown): boolean => !JSON.stringify(m).includes('"t":"del"');
    const models = fc.sample(documentArb.filter(noDeletions), { numRuns: 6, seed: 20240501 });
    const files: string[] = [];
    for (const [i, model] of models.entries()) {
      const file = join(dir, `generated-${i}.docx`);
      const builder = new Builder();
      const body = builder.document(model);
      const input = await makeDocx({
        body,
        styles: MODEL_STYLES,
        comments: builder.comments.join(""),
      });
      writeFileSync(file, (await stripGuidance(input)).bytes);
      files.push(file);
    }
    const texts = libreOfficeText(files);
    models.forEach((model, i) => {
      const lines = normalise(texts[i]);
      expect(lines.join("\n")).not.toMatch(GUIDANCE_ALPHABET);
      const want = normalise(expected(model).paragraphs);
      if (!isSubsequence(want, lines))
        throw new Error(
          `document ${i}:\nwant ${JSON.stringify(want)}\ngot ${JSON.stringify(lines)}`,
        );
    });
  });
});
