import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Block, DocModel } from "../../../src/core/model/types";
import { detectPack, scorePack } from "../../../src/core/packs/detect";
import { BUILTIN_PACKS, builtinPack, parsePack } from "../../../src/core/packs/registry";
import { templateLayout } from "../../../src/core/template/layout";
import { cleanReport, draftWithProblems } from "../checks/fixtures/reports";

const withoutPackId = (m: DocModel): DocModel => ({ blocks: m.blocks });
const customPack = (() => {
  const r = parsePack(
    JSON.parse(readFileSync(join(__dirname, "../../fixtures/packs/custom-pack.json"), "utf8")),
  );
  if (!r.ok) throw new Error("custom pack fixture is invalid");
  return r.value;
})();

describe("detectPack", () => {
  it.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))(
    "uses the pack the %s document records",
    (id, pack) => {
      const d = detectPack(cleanReport(pack));
      expect(d).toMatchObject({ pack: { id }, by: "recorded", confidence: 1 });
      expect(d!.reason).toMatch(/records that it was made from/);
    },
  );

  it.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))(
    "finds the %s pack from the headings of a report that records none",
    (id, pack) => {
      const d = detectPack(withoutPackId(cleanReport(pack)));
      expect(d?.pack.id).toBe(id);
      expect(d?.by).toBe("headings");
      expect(d!.reason).toMatch(
        new RegExp(
          `has ${pack.sections.length} of this pack's ${pack.sections.length} section headings`,
        ),
      );
      // ...and from a draft with a section missing.
      expect(detectPack(withoutPackId(draftWithProblems(pack).model))?.pack.id).toBe(id);
    },
  );

  it("scores the right pack highest for each clean report", () => {
    for (const pack of BUILTIN_PACKS) {
      const model = withoutPackId(cleanReport(pack));
      const scores = BUILTIN_PACKS.map((p) => [p.id, scorePack(model, p).score] as const);
      const best = [...scores].sort((a, b) => b[1] - a[1])[0];
      expect(best[0]).toBe(pack.id);
    }
  });

  it("falls back to headings when the recorded pack is not one it knows", () => {
    const dhr = builtinPack("dhr")!;
    const d = detectPack({ ...cleanReport(dhr), packId: "someone-elses" });
    expect(d).toMatchObject({ pack: { id: "dhr" }, by: "headings" });
  });

  it("finds nothing in a document with no template headings", () => {
    const blocks: Block[] = [
      { kind: "paragraph", id: "1", text: "Minutes of the team meeting", headingLevel: 1 },
      { kind: "paragraph", id: "2", text: "Attendees", headingLevel: 2 },
      { kind: "paragraph", id: "3", text: "Everyone was there." },
    ];
    expect(detectPack({ blocks })).toBeUndefined();
    expect(detectPack({ blocks: [] })).toBeUndefined();
  });

  it("won't guess between packs from headings they share", () => {
    // DHR and CSPR both have these sections.
    const blocks: Block[] = ["Methodology", "Terms of Reference", "Analysis of Involvement"].map(
      (t, i) => ({ kind: "paragraph", id: String(i), text: t, headingLevel: 1 }),
    );
    expect(detectPack({ blocks })).toBeUndefined();
  });

  it("considers a custom pack, from its record or its headings", () => {
    const model = withoutPackId(cleanReport(customPack));
    expect(detectPack(model, [customPack])?.pack.id).toBe(customPack.id);
    expect(detectPack({ ...model, packId: customPack.id }, [customPack])?.by).toBe("recorded");
  });

  it("finds the pack of a fresh template with its guidance still in", () => {
    for (const pack of BUILTIN_PACKS) {
      const blocks: Block[] = templateLayout(pack).flatMap((item, i): Block[] =>
        item.kind === "heading"
          ? [{ kind: "paragraph", id: `h${i}`, text: item.text, headingLevel: item.level }]
          : [],
      );
      expect(detectPack({ blocks })?.pack.id).toBe(pack.id);
    }
  });
});
