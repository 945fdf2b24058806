import { guidanceNotes } from "../../../src/core/checks/guidance";
import { runChecks } from "../../../src/core/checks/engine";
import type { Finding } from "../../../src/core/model/types";
import { builtinPack } from "../../../src/core/packs/registry";
import { readDocx, writeTemplateDocx } from "../../../src/docx";
import { removePrivateContent } from "../../../src/docx/privacy";
import { stripGuidance } from "../../../src/docx/strip";
import { mayGoOn, submissionChecks } from "../../../src/taskpane/submit/checks";
import {
  CleanCopyError,
  makeCleanCopy,
  type CleanCopyDeps,
} from "../../../src/taskpane/submit/clean-copy";
import { cleanCopyFileName } from "../../../src/taskpane/submit/file-name";
import { dropPrivateParts } from "../../../src/docx/custom-xml/private-parts";
import { readCustomXmlParts, writeCustomXmlPart } from "../../../src/docx/custom-xml/parts";
import { REGISTER_NAMESPACE } from "../../../src/docx/custom-xml/xml-util";
import { DOCUMENT_NAMESPACE } from "../../../src/core/tags";
import { buildRemovalPreview } from "../../../src/taskpane/submit/preview";
import { setUp, smallPack, tearDown } from "../../word/helpers";

afterEach(tearDown);

const dhr = builtinPack("dhr")!;

describe("the removal preview", () => {
  it("lists each note of the inserted template by section, with its first words", async () => {
    const { gateway } = setUp();
    await gateway.insertTemplate(smallPack, "replace-empty");
    const model = await gateway.readDocument();
    const preview = buildRemovalPreview(model, smallPack);
    expect(preview.count).toBe(6);
    expect(preview.edited).toEqual([]);
    expect(preview.sections.map((s) => [s.section, s.notes.map((n) => n.firstWords)])).toEqual([
      [
        "Cover page",
        ["Delete these notes before submission. Write in plain English.", "Name of your agency"],
      ],
      [
        "Introduction",
        ["Say why the review is held.", "Was the risk assessed? Was the family involved?"],
      ],
      ["Chronology", ["01/01/2024", "Home visit by the health visitor"]],
    ]);
  });

  it("shows a note the author typed into in full, as edited", async () => {
    const { host, gateway } = setUp();
    await gateway.insertTemplate(smallPack, "replace-empty");
    host.typeInto(host.bodyText().indexOf("Say why the review is held."), " My own reasons.");
    host.typeInto(host.bodyText().indexOf("Home visit by the health visitor"), " on 3 May");
    const preview = buildRemovalPreview(await gateway.readDocument(), smallPack);
    expect(preview.edited.map((n) => [n.section, n.fullText, n.cell])).toEqual([
      ["Introduction", "Say why the review is held. My own reasons.", false],
      ["Chronology", "Home visit by the health visitor on 3 May", true],
    ]);
    expect(preview.count).toBe(6);
  });

  it("marks a note from a template the add-in does not have as unverifiable", () => {
    const text = "Notes from another agency's pack.";
    const preview = buildRemovalPreview(
      {
        blocks: [
          {
            kind: "paragraph",
            id: "b0",
            text,
            tag: "imr:guidance:other:note",
            guidanceSpans: [{ start: 0, end: text.length }],
          },
        ],
      },
      dhr,
    );
    expect(preview.edited).toHaveLength(1);
    expect(preview.edited[0]).toMatchObject({ unverified: true, edited: false });
  });

  it("counts a guidance box emptied by the author, as Word counts its controls", async () => {
    const { host, gateway } = setUp();
    await gateway.insertTemplate(smallPack, "replace-empty");
    host.setParagraphText(host.bodyText().indexOf("Say why the review is held."), "");
    const model = await gateway.readDocument();
    const preview = buildRemovalPreview(model, smallPack);
    expect(preview.count).toBe(6);
    expect(preview.notes.filter((n) => n.empty)).toHaveLength(1);
    expect(await gateway.removeGuidance({ count: preview.count })).toEqual({ removed: 6 });
    expect(guidanceNotes((await gateway.readDocument()).blocks)).toEqual([]);
  });
});

describe("the submission checks", () => {
  const f = (rule: string, severity: Finding["severity"]): Finding => ({
    rule,
    severity,
    message: "m",
    text: "t",
  });

  it("leaves guidance out (the preview shows it) and lets warnings through", () => {
    const checks = submissionChecks([
      f("guidance.remaining", "warning"),
      f("language.judgemental", "warning"),
      f("language.long-sentence", "info"),
    ]);
    expect(checks).toMatchObject({ errors: [], guidance: 1 });
    expect(checks.warnings.map((x) => x.rule)).toEqual(["language.judgemental"]);
    expect(mayGoOn(checks, false)).toBe(true);
  });

  it("stops at errors unless the author says they submit with them", () => {
    const checks = submissionChecks([f("structure.missing-section", "error")]);
    expect(mayGoOn(checks, false)).toBe(false);
    expect(mayGoOn(checks, true)).toBe(true);
  });

  it("reports a bare template's empty sections as errors and its guidance apart", async () => {
    const bytes = await writeTemplateDocx(dhr);
    const checks = submissionChecks(runChecks(await readDocx(bytes), dhr));
    expect(checks.guidance).toBeGreaterThan(10);
    // A bare template is not complete: every required section is empty.
    expect(checks.errors.map((e) => e.rule)).toContain("structure.empty-section");
  });
});

describe("makeCleanCopy", () => {
  function deps(over: Partial<CleanCopyDeps> = {}) {
    const steps: string[] = [];
    const opened: Uint8Array[] = [];
    const downloaded: Array<[Uint8Array, string]> = [];
    const d: CleanCopyDeps = {
      documentBytes: async (progress) => {
        progress(0.5);
        progress(1);
        return writeTemplateDocx(smallPack);
      },
      strip: (b) => stripGuidance(b),
      removePrivateContent: (b) => removePrivateContent(b),
      dropPrivateParts,
      openAsNewDocument: async (b) => void opened.push(b),
      download: (b, name) => void downloaded.push([b, name]),
      fileName: "copy.docx",
      onStep: (s, f) => steps.push(f === undefined ? s : `${s} ${f}`),
      ...over,
    };
    return { d, steps, opened, downloaded };
  }

  it("reads, strips and opens the copy, reporting each step", async () => {
    const { d, steps, opened, downloaded } = deps();
    const result = await makeCleanCopy(d);
    expect(result.how).toBe("opened");
    expect(result.report.count).toBe(6);
    expect(steps).toEqual(["read 0", "read 0.5", "read 1", "strip", "open"]);
    expect(downloaded).toEqual([]);
    const copy = await readDocx(opened[0]);
    expect(guidanceNotes(copy.blocks)).toEqual([]);
  });

  it("downloads the copy when Word cannot open it, and says why", async () => {
    const { d, opened, downloaded } = deps({
      openAsNewDocument: () => Promise.reject(new Error("createDocument is not supported")),
    });
    const result = await makeCleanCopy(d);
    expect(result).toMatchObject({
      how: "downloaded",
      fileName: "copy.docx",
      why: "createDocument is not supported.",
    });
    expect(opened).toEqual([]);
    expect(downloaded).toHaveLength(1);
    expect(guidanceNotes((await readDocx(downloaded[0][0])).blocks)).toEqual([]);
  });

  it("stops with a plain reason when Word cannot give the file, opening nothing", async () => {
    const { d, opened, downloaded } = deps({
      documentBytes: () => Promise.reject(new Error("not supported in this host")),
    });
    await expect(makeCleanCopy(d)).rejects.toEqual(
      expect.objectContaining({
        step: "read",
        message: expect.stringMatching(/not supported in this host.*Your draft is unchanged/),
      }),
    );
    expect([...opened, ...downloaded]).toEqual([]);
  });

  it("stops when the file is not a .docx", async () => {
    const { d } = deps({ documentBytes: async () => new Uint8Array([1, 2, 3]) });
    await expect(makeCleanCopy(d)).rejects.toBeInstanceOf(CleanCopyError);
  });

  it("leaves the people register out of the copy, and says so, keeping the template record", async () => {
    const draft = await writeCustomXmlPart(
      await writeTemplateDocx(smallPack),
      REGISTER_NAMESPACE,
      `<register xmlns="${REGISTER_NAMESPACE}" schemaVersion="1"><person name="Joanne Bloggs"/></register>`,
    );
    const { d, opened } = deps({ documentBytes: async () => draft });
    const result = await makeCleanCopy(d);
    expect(result.dropped).toEqual(["the people register (real names)"]);
    const parts = await readCustomXmlParts(opened[0]);
    expect(parts.map((p) => p.namespace)).toEqual([DOCUMENT_NAMESPACE]);
  });

  it("names the copy with the date", () => {
    expect(cleanCopyFileName(new Date(2025, 2, 7))).toBe("imr-report-clean-copy-2025-03-07.docx");
  });
});
