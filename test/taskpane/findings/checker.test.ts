import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseOrganisationJson } from "../../../src/core/config";
import type { DocModel } from "../../../src/core/model/types";
import { builtinPack } from "../../../src/core/packs/registry";
import { DocumentChecker, changedBlockIds } from "../../../src/taskpane/findings/checker";
import type { WordGateway } from "../../../src/word/gateway";
import { LONG_SENTENCE_TEXT } from "../../core/checks/fixtures/reports";
import { setUp, tearDown } from "../../word/helpers";

afterEach(tearDown);

const dhr = builtinPack("dhr")!;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The DHR headings, with some text under each, and one paragraph to type into. */
function dhrParagraphs(): string[] {
  return [
    "OFFICIAL-SENSITIVE",
    ...dhr.sections.flatMap((s) => [s.title, "The agency reviewed its records for the period."]),
  ];
}

/** The gateway, counting reads and letting a test hold a read in flight. */
function counting(gateway: WordGateway) {
  let reads = 0;
  let hold: Promise<void> | undefined;
  const wrapped: WordGateway = {
    ...gateway,
    readDocument: async () => {
      reads++;
      if (hold) await hold;
      return gateway.readDocument();
    },
  };
  return {
    gateway: wrapped,
    reads: () => reads,
    holdReads(): () => void {
      let release!: () => void;
      hold = new Promise<void>((r) => (release = r));
      return () => {
        hold = undefined;
        release();
      };
    },
  };
}

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (cond()) return;
    await wait(10);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("DocumentChecker", () => {
  it("checks at start, then re-checks after a pause in typing", async () => {
    const { host, gateway: g } = setUp({
      paragraphs: dhrParagraphs(),
      requirementSets: { WordApi: "1.6" },
    });
    const c = counting(g);
    const checker = new DocumentChecker(c.gateway, { debounceMs: 40, fullEveryMs: 0 });
    checker.start();
    await until(() => checker.getSnapshot().status === "ready", "the first check");
    const snap = checker.getSnapshot();
    expect(snap.pack?.id).toBe("dhr");
    expect(snap.source).toMatchObject({ by: "headings" });
    expect(snap.findings.some((f) => f.rule === "language.judgemental")).toBe(false);
    expect(c.reads()).toBe(1);

    const analysis = host.bodyText().indexOf("Analysis of Involvement") + 1;
    host.typeInto(analysis, " She failed");
    host.typeInto(analysis, " to engage.");
    await wait(10);
    expect(c.reads()).toBe(1); // still typing: nothing read yet
    await until(
      () => checker.getSnapshot().findings.some((f) => f.rule === "language.judgemental"),
      "the judgemental finding",
    );
    expect(c.reads()).toBe(2); // both edits in one read
    const f = checker.getSnapshot().findings.find((x) => x.rule === "language.judgemental")!;
    expect(f).toMatchObject({ text: "failed to engage", section: "Analysis of Involvement" });
    checker.stop();
  });

  it("never reads twice at once: triggers during a read become one more run", async () => {
    const { host, gateway: g } = setUp({ paragraphs: dhrParagraphs() });
    const c = counting(g);
    const checker = new DocumentChecker(c.gateway, { debounceMs: 5, fullEveryMs: 0 });
    const release = c.holdReads();
    checker.start();
    await until(() => c.reads() === 1, "the first read");
    host.typeInto(2, " One.");
    await wait(20);
    host.typeInto(2, " Two.");
    await wait(20);
    void checker.checkNow();
    void checker.checkNow();
    expect(c.reads()).toBe(1); // all of those wait for the read in flight
    expect(checker.getSnapshot().checking).toBe(true);
    release();
    await until(() => !checker.getSnapshot().checking, "the checks to finish");
    expect(c.reads()).toBe(2);
    expect(host.bodyText()[2]).toMatch(/One\. Two\.$/);
    checker.stop();
  });

  it("says when the document is empty, or when no template can be recognised", async () => {
    const { host, gateway } = setUp({ paragraphs: [""] });
    const checker = new DocumentChecker(gateway, { debounceMs: 5, fullEveryMs: 0 });
    checker.start();
    await until(() => checker.getSnapshot().status === "empty", "the empty state");
    host.replaceDocument({ paragraphs: ["Minutes of the meeting", "Nothing to report."] });
    await checker.checkNow();
    expect(checker.getSnapshot()).toMatchObject({ status: "no-pack", findings: [] });
    // The author chooses a pack: the document is checked against it.
    checker.configure({ packId: "sar" });
    await until(() => checker.getSnapshot().status === "ready", "the check with the chosen pack");
    expect(checker.getSnapshot()).toMatchObject({ pack: { id: "sar" }, source: { by: "chosen" } });
    expect(
      checker.getSnapshot().findings.filter((f) => f.rule === "structure.missing-section").length,
    ).toBe(builtinPack("sar")!.sections.filter((s) => s.required).length);
    checker.stop();
  });

  it("leaves out ignored findings once they are configured", async () => {
    const { gateway } = setUp({
      paragraphs: [...dhrParagraphs(), "She failed to engage."],
    });
    const checker = new DocumentChecker(gateway, { fullEveryMs: 0 });
    checker.configure({});
    checker.start();
    await until(() => checker.getSnapshot().status === "ready", "the first check");
    const judgemental = checker
      .getSnapshot()
      .findings.find((f) => f.rule === "language.judgemental");
    expect(judgemental).toBeDefined();
    checker.configure({
      ignoredKeys: [`language.judgemental|failed to engage|${judgemental!.section}`],
      reviewPeriod: { start: "01/01/2020", end: "31/12/2020" },
    });
    await until(
      () => !checker.getSnapshot().findings.some((f) => f.rule === "language.judgemental"),
      "the ignored finding to go",
    );
    checker.stop();
  });

  it("works with the organisation's packs and check options", async () => {
    const organisation = parseOrganisationJson(
      readFileSync(
        join(__dirname, "..", "..", "e2e", "fixtures", "organisation", "custom.json"),
        "utf8",
      ),
    ).settings;
    const anytown = organisation.packs.find((p) => p.id === "anytown-dhr")!;
    const paragraphs = [
      "OFFICIAL-SENSITIVE: PERSONAL",
      ...anytown.sections.flatMap((s) => [s.title, "The agency reviewed its records."]),
      LONG_SENTENCE_TEXT,
    ];
    const run = async (config: Parameters<DocumentChecker["configure"]>[0]) => {
      const { gateway } = setUp({ paragraphs });
      const checker = new DocumentChecker(gateway, { fullEveryMs: 0 });
      checker.configure(config);
      checker.start();
      await until(() => checker.getSnapshot().status !== "idle", "the first check");
      checker.stop();
      tearDown();
      return checker.getSnapshot();
    };
    // The organisation's custom pack is detected and used; its rule switched off isn't found.
    const withOrganisation = await run({ organisation });
    expect(withOrganisation.status).toBe("ready");
    expect(withOrganisation.pack).toBe(anytown);
    expect(withOrganisation.source).toMatchObject({ by: "headings" });
    expect(withOrganisation.findings.some((f) => f.rule === "language.long-sentence")).toBe(false);
    // Without the organisation's settings no built-in pack fits it; checked against one, the long
    // sentence is found.
    expect((await run({})).status).toBe("no-pack");
    const builtIn = await run({ packId: "dhr" });
    expect(builtIn.status).toBe("ready");
    expect(builtIn.findings.some((f) => f.rule === "language.long-sentence")).toBe(true);
    // A chosen pack the organisation offers is used as chosen.
    const { gateway } = setUp({ paragraphs });
    const checker = new DocumentChecker(gateway, { fullEveryMs: 0 });
    checker.configure({ organisation, packId: "sar" });
    checker.start();
    await until(() => checker.getSnapshot().status === "ready", "the check with the chosen pack");
    expect(checker.getSnapshot()).toMatchObject({ pack: { id: "sar" }, source: { by: "chosen" } });
    expect(checker.getSnapshot().pack?.protectiveMarking.default).toBe(
      organisation.protectiveMarking,
    );
    checker.stop();
  });

  it("re-checks in full now and then while the pane is visible", async () => {
    const { gateway: g } = setUp({ paragraphs: dhrParagraphs() });
    const c = counting(g);
    let visible = false;
    const checker = new DocumentChecker(c.gateway, { fullEveryMs: 30, isVisible: () => visible });
    checker.start();
    await until(() => c.reads() === 1, "the first read");
    // While the pane is hidden, several periods pass without a periodic check. (A slow machine
    // fires fewer timers, which can only make this pass, never fail wrongly.)
    await wait(120);
    expect(c.reads()).toBe(1);
    visible = true;
    await until(() => c.reads() >= 2, "a periodic check");
    checker.stop();
    const after = c.reads();
    await wait(80);
    expect(c.reads()).toBe(after);
  });
});

describe("changedBlockIds", () => {
  it("lists new blocks and blocks whose content differs", () => {
    const a: DocModel = {
      blocks: [
        { kind: "paragraph", id: "b0", text: "One" },
        { kind: "paragraph", id: "b1", text: "Two" },
        { kind: "table", id: "b2", rows: [["x"]] },
      ],
    };
    const b: DocModel = {
      blocks: [
        { kind: "paragraph", id: "b0", text: "One" },
        { kind: "paragraph", id: "b1", text: "Two!" },
        { kind: "table", id: "b2", rows: [["x"]] },
        { kind: "paragraph", id: "b3", text: "" },
      ],
    };
    expect(changedBlockIds(a, b)).toEqual(["b1", "b3"]);
    expect(changedBlockIds(b, b)).toEqual([]);
  });
});
