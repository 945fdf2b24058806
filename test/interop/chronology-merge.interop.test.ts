import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runChronology } from "../../src/cli/commands/chronology";
import type { CliIO } from "../../src/cli/io";
import { readDocx } from "../../src/docx/read/docx";
import { convert } from "./soffice";

/** Whitespace (including no-break spaces) collapsed, so cell layout does not matter. */
const squash = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

/**
 * The composite chronology `imr chronology merge -o x.docx` writes, opened by LibreOffice (a
 * reader no one here wrote): every row's cells are there, in the merged order, and LibreOffice's
 * own re-save reads back as the same table.
 */
describe("a merged chronology .docx opens in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "imr-chronology-interop-"));
  const fixtures = join(__dirname, "../fixtures/chronology");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds the heading and every merged row", async () => {
    const io: CliIO = { out: () => undefined, err: () => undefined, cwd: dir };
    const composite = join(dir, "composite.docx");
    await runChronology(
      [
        "merge",
        join(fixtures, "police.docx"),
        join(fixtures, "health.docx"),
        join(fixtures, "housing.csv"),
        "-o",
        composite,
      ],
      io,
    );
    const ours = await readDocx(new Uint8Array(readFileSync(composite)));
    const table = ours.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("The composite has no table.");

    await convert([composite], "txt:Text (encoded):UTF8", join(dir, "text"));
    const text = squash(readFileSync(join(dir, "text", "composite.txt"), "utf8"));
    expect(text).toContain("Composite chronology");
    let from = 0;
    for (const row of table.rows) {
      for (const cell of row.filter((c) => c.trim() !== "")) {
        const at = text.indexOf(squash(cell), from);
        expect(at).toBeGreaterThanOrEqual(0);
        from = at;
      }
    }

    await convert([composite], "docx:MS Word 2007 XML", join(dir, "resaved"));
    const theirs = await readDocx(
      new Uint8Array(readFileSync(join(dir, "resaved", "composite.docx"))),
    );
    const resaved = theirs.blocks.find((b) => b.kind === "table");
    expect(resaved?.kind === "table" && resaved.rows).toEqual(table.rows);
  }, 240_000);
});
