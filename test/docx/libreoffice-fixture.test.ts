import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocx, readDocxDetailed } from "../../src/docx/read/docx";
import { isWhollyGuidance } from "../../src/core/model/text";
import { guidanceOf, paragraphs, tables } from "./helpers";

/**
 * A template made the way an agency's own would be, by another word processor: LibreOffice
 * converted libreoffice-agency-template.html to .docx (make-fixtures.sh). No content controls:
 * guidance is only red italic formatting.
 */
const FIXTURE = join(__dirname, "../fixtures/docx/libreoffice-agency-template.docx");
const bytes = () => new Uint8Array(readFileSync(FIXTURE));

describe("readDocx on a LibreOffice-written agency template", () => {
  it("finds its headings with their levels", async () => {
    const m = await readDocx(bytes());
    const headings = paragraphs(m)
      .filter((p) => p.headingLevel !== undefined)
      .map((p) => [p.text, p.headingLevel]);
    expect(headings).toEqual([
      ["Individual Management Review", 1],
      ["Introduction", 2],
      ["Chronology", 2],
      ["Analysis of involvement", 3],
    ]);
  });

  it("finds its red italic guidance, whole paragraphs and part of one", async () => {
    const m = await readDocx(bytes());
    const ps = paragraphs(m);
    const whole = ps.filter((p) => isWhollyGuidance(p)).map((p) => p.text);
    expect(whole).toEqual([
      "Notes in red italics are guidance. Delete them before you submit the report.",
      "Say why the review is being held and who commissioned it.",
    ]);
    const mixed = ps.find((p) => p.text.startsWith("The author writes here."))!;
    expect(guidanceOf(mixed)).toEqual(["[Insert the Terms of Reference]"]);
    expect(isWhollyGuidance(mixed)).toBe(false);
  });

  it("does not take red-only or italic-only text for guidance", async () => {
    const { model, ambiguous } = await readDocxDetailed(bytes());
    const ps = paragraphs(model);
    const redOnly = ps.find((p) => p.text.startsWith("This red text is not italic"))!;
    const italicOnly = ps.find((p) => p.text.startsWith("This italic text is not red"))!;
    expect(redOnly.guidanceSpans).toBeUndefined();
    expect(italicOnly.guidanceSpans).toBeUndefined();
    expect(ambiguous).toEqual([{ blockId: redOnly.id, start: 0, end: redOnly.text.length }]);
  });

  it("finds its table, with the example row's guidance cells", async () => {
    const m = await readDocx(bytes());
    const [t] = tables(m);
    expect(t.rows).toEqual([
      ["Date", "Time", "Event"],
      ["01/01/2024", "17:00", "Seen by the GP."],
    ]);
    expect(t.guidanceCells).toEqual([
      [false, false, false],
      [true, true, false],
    ]);
    expect(t.hasMergedCells).toBeUndefined();
  });

  it("reads hyperlink text and the marking paragraph", async () => {
    const m = await readDocx(bytes());
    const ps = paragraphs(m);
    expect(ps[0].text).toBe("OFFICIAL-SENSITIVE");
    expect(ps.map((p) => p.text)).toContain("Ordinary text with a hyperlink in it.");
    expect(m.packId).toBeUndefined();
  });
});
