import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { builtinPack } from "../../src/core/packs/registry";
import { addComment, answer, emptyState, qaSetOf, signOff } from "../../src/core/qa/state";
import type { QaState } from "../../src/core/qa/schema";
import { QA_NAMESPACE } from "../../src/docx/custom-xml/xml-util";
import {
  removeCustomXmlPart,
  writeCustomXmlPart,
  writeQaState,
} from "../../src/docx/custom-xml/parts";
import { writeTemplateDocx } from "../../src/docx/write/template";
import { readDocx } from "../../src/docx/read/docx";
import { DOCUMENT_NAMESPACE } from "../../src/core/tags";

const pack = builtinPack("dhr")!;
const set = qaSetOf(pack, pack.qa.defaultSet)!;
const NOW = new Date("2024-03-05T10:00:00.000Z");

function fakeIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd };
  return { io, out, err, text: () => out.join("\n") };
}

function must(result: { ok: true; state: QaState } | { ok: false; reason: string }): QaState {
  if (!result.ok) throw new Error(result.reason);
  return result.state;
}

/** A reviewed record: two answers (one with a comment), a comment on the text, dates, a sign-off. */
function reviewedState(): QaState {
  let s = emptyState(pack);
  s = must(answer(s, set, "scope", "Yes", "", "Jane QA, Head of Safeguarding", NOW));
  s = must(answer(s, set, "chronology", "partially", "Two entries have no time.", "Jane QA", NOW));
  s = must(
    addComment(
      s,
      {
        text: "Say who made this decision.",
        by: "Jane QA",
        criterionId: "scope",
        selection: "The case was closed after the second visit without a review",
      },
      NOW,
      set,
    ),
  );
  s = { ...s, dates: { imrRequested: "01/02/2024", firstSubmission: "01/03/2024" } };
  s = must(signOff(s, { name: "Jane QA", role: "Head of Safeguarding", date: "06/03/2024" }));
  return s;
}

describe("imr qa", () => {
  let dir: string;
  let template: Uint8Array;
  beforeAll(async () => {
    template = await writeTemplateDocx(pack);
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "imr-qa-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function withState(state: QaState, name = "report.docx"): Promise<string> {
    const written = await writeQaState(template, state);
    if (!written.ok) throw new Error(written.reason);
    writeFileSync(join(dir, name), written.bytes);
    return name;
  }

  it("prints the stored answers, comments, dates and sign-off", async () => {
    const file = await withState(reviewedState());
    const before = readFileSync(join(dir, file));
    const { io, err, text } = fakeIO(dir);
    expect(await main(["qa", file], io)).toBe(0);
    expect(err).toEqual([]);
    const out = text();
    expect(out).toContain(set.title);
    expect(out).toContain(`Answered: 2 of ${set.criteria.length}`);
    const scope = set.criteria.findIndex((c) => c.id === "scope") + 1;
    const chronology = set.criteria.findIndex((c) => c.id === "chronology") + 1;
    expect(out).toContain(`${scope}. ${set.criteria[scope - 1].text}\n   Answer: Yes`);
    expect(out).toContain(
      `${chronology}. ${set.criteria[chronology - 1].text}\n   Answer: Partially\n   Comments: Two entries have no time.`,
    );
    expect(out.match(/Answer: not answered/g)).toHaveLength(set.criteria.length - 2);
    expect(out).toContain("Date the IMR was requested: 01/02/2024");
    expect(out).toContain("Date of first submission: 01/03/2024");
    expect(out).toContain(
      "c1 (on “The case was closed after the second visit”): Say who made this decision. (Jane QA)",
    );
    expect(out).toContain("Signed: Jane QA\nDate: 06/03/2024\nRole: Head of Safeguarding");
    expect(out).toContain("Status: Draft");
    // Reading never changes the file.
    expect(readFileSync(join(dir, file))).toEqual(before);
  });

  it("--json prints the record as one JSON object", async () => {
    const file = await withState(reviewedState());
    const { io, out } = fakeIO(dir);
    expect(await main(["qa", file, "--json"], io)).toBe(0);
    expect(out).toHaveLength(1);
    const json = JSON.parse(out[0]);
    expect(json).toMatchObject({
      file,
      recorded: true,
      packId: "dhr",
      setId: set.id,
      status: "draft",
      answered: 2,
      total: set.criteria.length,
      dates: { imrRequested: "01/02/2024", firstSubmission: "01/03/2024" },
      signOff: { name: "Jane QA", role: "Head of Safeguarding", date: "06/03/2024" },
    });
    expect(json.criteria.find((c: { id: string }) => c.id === "chronology")).toEqual({
      id: "chronology",
      text: set.criteria.find((c) => c.id === "chronology")!.text,
      answer: "Partially",
      comment: "Two entries have no time.",
      by: "Jane QA",
      at: NOW.toISOString(),
    });
    expect(json.comments).toEqual([
      expect.objectContaining({
        id: "c1",
        criterionId: "scope",
        text: "Say who made this decision.",
      }),
    ]);
    expect(json).not.toHaveProperty("migratedFrom");
  });

  it("shows the pack's criteria unanswered for a document with no QA record", async () => {
    writeFileSync(join(dir, "new.docx"), template);
    const { io, out, text } = fakeIO(dir);
    expect(await main(["qa", "new.docx"], io)).toBe(0);
    expect(out[0]).toBe(
      "new.docx has no quality-assurance record yet: the dhr pack's form is shown unanswered.",
    );
    expect(text().match(/Answer: not answered/g)).toHaveLength(set.criteria.length);
    expect(text()).toContain(`Answered: 0 of ${set.criteria.length}`);

    const json = fakeIO(dir);
    expect(await main(["qa", "new.docx", "--json"], json.io)).toBe(0);
    const parsed = JSON.parse(json.out[0]);
    expect(parsed.recorded).toBe(false);
    expect(parsed.criteria.every((c: { answer: unknown }) => c.answer === null)).toBe(true);
  });

  it("tells the pack from the headings when the document does not record it", async () => {
    const bytes = await removeCustomXmlPart(template, DOCUMENT_NAMESPACE);
    expect((await readDocx(bytes)).packId).toBeUndefined();
    writeFileSync(join(dir, "unmarked.docx"), bytes);
    const { io, out } = fakeIO(dir);
    expect(await main(["qa", "unmarked.docx"], io)).toBe(0);
    expect(out[0]).toContain("the dhr pack's form is shown unanswered");
  });

  it("--evidence adds what the checks found beside each criterion", async () => {
    const file = await withState(reviewedState());
    const { io, text } = fakeIO(dir);
    expect(await main(["qa", file, "--evidence"], io)).toBe(0);
    // The template's chronology has only its example row and the recorded dates show up.
    expect(text()).toMatch(/\[(ok|check|note)\] /);
    expect(text()).toContain("[note] Date the IMR was requested: 01/02/2024.");
  });

  it("migrates a version 1 record and says so, leaving the file as it was", async () => {
    const v1 =
      `<qa xmlns="${QA_NAMESPACE}" schemaVersion="1" packId="dhr" setId="${set.id}" status="in-review" ` +
      `reviewer="Old Reviewer" updated="2023-11-01T09:00:00Z" submitted="01/11/2023">` +
      `<answer criterion="scope" value="No">Scope unclear</answer>` +
      `</qa>`;
    writeFileSync(join(dir, "old.docx"), await writeCustomXmlPart(template, QA_NAMESPACE, v1));
    const { io, out, text } = fakeIO(dir);
    expect(await main(["qa", "old.docx"], io)).toBe(0);
    expect(out[0]).toMatch(/older version of IMR Assistant \(record version 1\)/);
    expect(text()).toContain("Status: Submitted for quality assurance");
    expect(text()).toContain("Answer: No\n   Comments: Scope unclear");
    expect(text()).toContain("Date of first submission: 01/11/2023");

    const json = fakeIO(dir);
    expect(await main(["qa", "old.docx", "--json"], json.io)).toBe(0);
    expect(JSON.parse(json.out[0])).toMatchObject({
      migratedFrom: 1,
      status: "submitted-for-qa",
      answered: 1,
    });
  });

  it("refuses a record from a newer version with a clear message (exit 2)", async () => {
    const v3 = `<qa xmlns="${QA_NAMESPACE}" schemaVersion="3" packId="dhr" setId="${set.id}" status="draft"/>`;
    writeFileSync(join(dir, "newer.docx"), await writeCustomXmlPart(template, QA_NAMESPACE, v3));
    const { io, out, err } = fakeIO(dir);
    expect(await main(["qa", "newer.docx"], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^imr qa: .*saved by a newer version of IMR Assistant \(record version 3/,
    );
  });

  it("refuses a damaged record, naming the problem", async () => {
    const bad = `<qa xmlns="${QA_NAMESPACE}" schemaVersion="2" packId="dhr" setId="${set.id}" status="finished"/>`;
    writeFileSync(join(dir, "bad.docx"), await writeCustomXmlPart(template, QA_NAMESPACE, bad));
    const { io, err } = fakeIO(dir);
    expect(await main(["qa", "bad.docx"], io)).toBe(2);
    expect(err[0]).toMatch(
      /^imr qa: the QA record in bad\.docx cannot be read \(status: .*\); the file is unchanged$/,
    );
  });

  it.each([
    [
      "a corrupt file",
      "corrupt.docx",
      () => writeFileSync(join(dir, "corrupt.docx"), "not a zip"),
      /^imr qa: cannot read corrupt\.docx: /,
    ],
    ["a missing file", "missing.docx", () => undefined, /^imr qa: missing\.docx does not exist$/],
  ])("exits 2 with one line for %s", async (_what, file, make, message) => {
    make();
    const { io, out, err } = fakeIO(dir);
    expect(await main(["qa", file], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toContain("\n");
  });

  it.each([
    [[], /say which \.docx to read/],
    [["a.docx", "b.docx"], /give one file only/],
    [["a.docx", "--colour"], /unknown option "--colour"/],
    [["a.docx", "--pack", "nope"], /unknown pack "nope"/],
  ])("exits 2 on bad arguments %j", async (args, message) => {
    const { io, err } = fakeIO(dir);
    expect(await main(["qa", ...args], io)).toBe(2);
    expect(err[0]).toMatch(message);
  });

  it("refuses a --pack that is not the record's pack", async () => {
    const file = await withState(reviewedState());
    const { io, err } = fakeIO(dir);
    expect(await main(["qa", file, "--pack", "sar"], io)).toBe(2);
    expect(err[0]).toContain('is for the "dhr" pack, not "sar"');
  });
});
