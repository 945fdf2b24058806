import fc from "fast-check";
import { check, recheck, runChecks } from "../../../src/core/checks/engine";
import type { Block, DocModel } from "../../../src/core/model/types";
import { BUILTIN_PACKS } from "../../../src/core/packs/registry";
import { testPack } from "./fixtures/test-pack";

const PIECES = [
  "Adult A",
  "failed to engage",
  "MARAC",
  "(MARAC)",
  "Multi-Agency Risk Assessment Conference",
  "Mrs Smith",
  "Joe Bloggs",
  "“",
  "”",
  '"',
  "'",
  "’",
  "s",
  "[Insert here]",
  "(insert initials)",
  "<Enter>",
  "Methodology",
  "2.",
  "Terms of Reference",
  "OFFICIAL-SENSITIVE",
  "RESTRICTED",
  "a domestic",
  ".",
  ",",
  " ",
  "  ",
  "\t",
  "\n",
  "Dr",
  "Dr.",
  "PC",
  "A&E",
  "IDVAs",
  "&",
  "–",
  "-",
  "admitted to hospital",
  "alleged offence",
  "claimed",
  "Remind staff",
  "31/02/2025",
  "01/01/2020",
  "dd/mm/yyyy",
  "Glossary",
  "Abbreviation",
  "Recommendation",
  "Lead Officer",
  "Date",
  "No.",
  "1.",
  "Key Actions",
  "Evidence",
  "Key Outcomes",
  "é",
  "Zoë",
  "😀",
  "ALL CAPS LINE",
  "Karen",
  "Sarah's",
  "Child 1",
  "GP1",
  "Action Plan",
  "iv)",
  "Section 3 –",
  "$",
  "?",
  "(",
  ")",
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(" "));

const span = (len: number) =>
  fc
    .tuple(fc.nat({ max: Math.max(0, len) }), fc.nat({ max: Math.max(0, len) }))
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

const paragraph = fc
  .record({
    text,
    headingLevel: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    part: fc.option(fc.constantFrom("body" as const, "header" as const, "footer" as const), {
      nil: undefined,
    }),
    guide: fc.boolean(),
  })
  .chain((p) =>
    (p.guide ? fc.array(span(p.text.length), { maxLength: 3 }) : fc.constant(undefined)).map(
      (guidanceSpans) => ({
        kind: "paragraph" as const,
        text: p.text,
        ...(p.headingLevel !== undefined ? { headingLevel: p.headingLevel } : {}),
        ...(p.part ? { part: p.part } : {}),
        ...(guidanceSpans ? { guidanceSpans } : {}),
      }),
    ),
  );

const tableBlock = fc
  .array(fc.array(text, { minLength: 0, maxLength: 7 }), { minLength: 0, maxLength: 6 })
  .chain((rows) =>
    fc
      .array(fc.array(fc.boolean(), { maxLength: 7 }), { maxLength: rows.length })
      .map((guidanceCells) => ({ kind: "table" as const, rows, guidanceCells })),
  );

const model: fc.Arbitrary<DocModel> = fc
  .array(fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: tableBlock }), {
    maxLength: 25,
  })
  .map((blocks) => ({ blocks: blocks.map((b, i) => ({ ...b, id: `b${i}` }) as Block) }));

function assertLocated(m: DocModel, findings: ReturnType<typeof runChecks>): void {
  const byId = new Map(m.blocks.map((b) => [b.id, b]));
  for (const f of findings) {
    expect(typeof f.message).toBe("string");
    expect(f.section).toBeTruthy();
    if (!f.location) continue;
    const b = byId.get(f.location.blockId);
    expect(b).toBeDefined();
    if ("start" in f.location) {
      expect(b!.kind).toBe("paragraph");
      const t = (b as { text: string }).text;
      expect(f.location.start).toBeGreaterThanOrEqual(0);
      expect(f.location.end).toBeLessThanOrEqual(t.length);
      expect(t.slice(f.location.start, f.location.end)).toBe(f.text);
    } else if ("row" in f.location) {
      expect(b!.kind).toBe("table");
      const cell = (b as { rows: string[][] }).rows[f.location.row]?.[f.location.column];
      expect(cell).toBeDefined();
      expect(cell!.includes(f.text)).toBe(true);
    }
  }
}

describe("runChecks on arbitrary documents", () => {
  it("never throws, and every location points at its text", () => {
    fc.assert(
      fc.property(model, fc.constantFrom(testPack, ...BUILTIN_PACKS), (m, pack) => {
        const findings = runChecks(m, pack);
        assertLocated(m, findings);
        expect(findings.some((f) => f.rule === "engine.rule-failed")).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("recheck after any change equals a full check", () => {
    fc.assert(
      fc.property(model, model, (a, b) => {
        const first = check(a, testPack);
        const again = recheck(
          first,
          b,
          b.blocks.map((x) => x.id).filter((_, i) => i % 2 === 0),
        );
        expect(again.findings).toEqual(runChecks(b, testPack));
      }),
      { numRuns: 150 },
    );
  });
});
