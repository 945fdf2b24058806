import fc from "fast-check";
import { findOccurrences, isCommonWordName } from "../../../src/core/anonymise/match";
import { anonymisePlan, applyToText } from "../../../src/core/anonymise/plan";
import { variantsOf, type Register } from "../../../src/core/anonymise/register";
import { isParagraph, type Block, type DocModel } from "../../../src/core/model/types";
import { people, register } from "./helpers";

const model: DocModel = {
  blocks: [
    {
      kind: "paragraph",
      id: "p1",
      text: "Joanne Bloggs told Dr Smith that Joanne’s partner, James Ward, had left.",
    },
    {
      kind: "table",
      id: "t1",
      rows: [
        ["Date", "Event"],
        ["01/01/2020", "Ms Bloggs called. Mr Ward's car was there."],
      ],
    },
    {
      kind: "paragraph",
      id: "p2",
      text: "Guidance: name Joe Bloggs. Sarah Khan agreed.",
      guidanceSpans: [{ start: 0, end: 26 }],
    },
  ],
};

describe("anonymisePlan", () => {
  const result = anonymisePlan(model, people);

  it("replaces every name with its code, in paragraphs and cells, latest offset first within a block", () => {
    expect(result.plan.edits).toEqual([
      {
        kind: "replaceText",
        location: { blockId: "p1", start: 51, end: 61 },
        expected: "James Ward",
        replacement: "Adult B",
      },
      {
        kind: "replaceText",
        location: { blockId: "p1", start: 33, end: 39 },
        expected: "Joanne",
        replacement: "Adult A",
      },
      {
        kind: "replaceText",
        location: { blockId: "p1", start: 19, end: 27 },
        expected: "Dr Smith",
        replacement: "Doctor S",
      },
      {
        kind: "replaceText",
        location: { blockId: "p1", start: 0, end: 13 },
        expected: "Joanne Bloggs",
        replacement: "Adult A",
      },
      {
        kind: "replaceCellText",
        blockId: "t1",
        row: 1,
        column: 1,
        start: 18,
        end: 25,
        expected: "Mr Ward",
        replacement: "Adult B",
      },
      {
        kind: "replaceCellText",
        blockId: "t1",
        row: 1,
        column: 1,
        start: 0,
        end: 9,
        expected: "Ms Bloggs",
        replacement: "Adult A",
      },
      {
        kind: "replaceText",
        location: { blockId: "p2", start: 27, end: 37 },
        expected: "Sarah Khan",
        replacement: "Adult C",
      },
    ]);
    expect(result.counts).toEqual([3, 2, 1, 0, 0, 1]);
    expect(result.plan.description).toBe("Replace 7 names of 4 people with their codes");
  });
  it("applies to text, keeping possessives and everything else", () => {
    const applied = applyToText(model, result.plan);
    if (!applied.ok) throw new Error(applied.reason);
    const [p1, t1, p2] = applied.model.blocks as [Block, Block, Block];
    expect(isParagraph(p1) && p1.text).toBe(
      "Adult A told Doctor S that Adult A’s partner, Adult B, had left.",
    );
    expect(!isParagraph(t1) && t1.rows[1][1]).toBe("Adult A called. Adult B's car was there.");
    expect(isParagraph(p2) && p2.text).toBe("Guidance: name Joe Bloggs. Adult C agreed.");
    expect(isParagraph(p2) && p2.guidanceSpans).toEqual([{ start: 0, end: 26 }]);
    expect(findOccurrences(applied.model, people)).toEqual([]);
  });
  it("leaves out excluded occurrences", () => {
    const ids = result.occurrences.filter((o) => o.text === "Joanne").map((o) => o.id);
    const r = anonymisePlan(model, people, new Set(ids));
    expect(r.excludedCount).toBe(1);
    expect(r.plan.edits.some((e) => "expected" in e && e.expected === "Joanne")).toBe(false);
    expect(r.counts[0]).toBe(2);
  });
  it("keeps ambiguous names out of the plan and says so", () => {
    const reg = register([
      { name: "Joanne Bloggs", code: "Adult A", role: "victim" },
      { name: "Joe Bloggs", code: "Adult B", role: "perpetrator" },
    ]);
    const r = anonymisePlan(
      { blocks: [{ kind: "paragraph", id: "p", text: "Joe Bloggs and Ms Bloggs." }] },
      reg,
    );
    expect(r.plan.edits.map((e) => ("expected" in e ? e.expected : undefined))).toEqual([
      "Joe Bloggs",
    ]);
    expect(r.unresolved.map((o) => o.text)).toEqual(["Ms Bloggs"]);
    expect(r.plan.description).toBe(
      "Replace 1 name of 1 person with their codes; 1 name needs a decision first",
    );
  });
  it("lists common-word names at the start of a sentence for review", () => {
    const r = anonymisePlan(
      { blocks: [{ kind: "paragraph", id: "p", text: "Rose came. Then Rose left." }] },
      people,
    );
    expect(r.toReview.map((o) => o.start)).toEqual([0]);
    expect(r.plan.edits).toHaveLength(2);
  });
  it("refuses, all or nothing, when the text has changed", () => {
    const changed: DocModel = {
      blocks: [
        { ...model.blocks[0], text: "Someone else entirely told Dr Smith." } as Block,
        ...model.blocks.slice(1),
      ],
    };
    const applied = applyToText(changed, result.plan);
    expect(applied.ok).toBe(false);
    if (!applied.ok) {
      expect(applied.reason).toMatch(/changed since the plan was made/);
      expect(applied.stale.length).toBeGreaterThan(0);
    }
  });
  it("says so when there is nothing to replace", () => {
    expect(
      anonymisePlan({ blocks: [{ kind: "paragraph", id: "p", text: "Nothing here." }] }, people)
        .plan,
    ).toEqual({ description: "No names to replace", edits: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests: anonymising changes nothing but the register's names, and leaves none behind.

const FIRST = [
  "Joanne",
  "Sarah",
  "James",
  "Ann",
  "Rose",
  "Will",
  "Mark",
  "Priya",
  "Tomasz",
  "Grace",
  "Siobhan",
  "Zoë",
];
const SURNAMES = [
  "Bloggs",
  "Khan",
  "Ward",
  "Lee",
  "Brown",
  "Nowak",
  "Okafor",
  "O'Neil",
  "Smith-Jones",
  "Hope",
];
const FILLER = [
  "the",
  "annual",
  "Annual",
  "Anne",
  "rose",
  "will",
  "mark",
  "grace",
  "hope",
  "brown",
  "Wardrobe",
  "Leeds",
  "Khanate",
  "Smith",
  "Jones",
  "O'Lee",
  "visit",
  "3",
  "2021",
  "GP",
  "called",
  "and",
  "a",
  "Bloggsy",
  "Priyanka",
];
const SEPS = [" ", " ", " ", ", ", ". ", "; ", "\u00a0", " (", ") ", " - ", ": ", "\n"];
const POSSESSIVES = ["", "", "", "'s", "’s", "'"];

const registerArb = fc
  .uniqueArray(fc.integer({ min: 0, max: FIRST.length - 1 }), { minLength: 1, maxLength: 4 })
  .chain((firsts) =>
    fc.tuple(
      fc.constant(firsts),
      fc.uniqueArray(fc.integer({ min: 0, max: SURNAMES.length - 1 }), {
        minLength: firsts.length,
        maxLength: firsts.length,
      }),
    ),
  )
  .map(([firsts, surnames]) =>
    register(
      firsts.map((f, i) => ({
        name: `${FIRST[f]} ${SURNAMES[surnames[i]]}`,
        code: `Adult ${String.fromCharCode(65 + i)}`,
        role: "other" as const,
      })),
    ),
  );

function pieceArb(reg: Register): fc.Arbitrary<string> {
  const variants = reg.people.flatMap((p) => variantsOf(p).map((v) => v.text));
  return fc.oneof(
    fc.constantFrom(...FILLER),
    fc
      .tuple(fc.constantFrom(...variants), fc.constantFrom(...POSSESSIVES), fc.boolean())
      .map(([v, s, upper]) => (upper && !isCommonWordName(v) ? v.toUpperCase() + s : v + s)),
  );
}

const docArb = registerArb.chain((reg) =>
  fc
    .tuple(
      fc.array(fc.tuple(pieceArb(reg), fc.constantFrom(...SEPS)), { minLength: 0, maxLength: 25 }),
      fc.array(fc.tuple(pieceArb(reg), fc.constantFrom(...SEPS)), { minLength: 0, maxLength: 8 }),
    )
    .map(([a, b]) => {
      const text = (pieces: [string, string][]) => pieces.map(([w, s]) => w + s).join("");
      const doc: DocModel = {
        blocks: [
          { kind: "paragraph", id: "p", text: text(a) },
          {
            kind: "table",
            id: "t",
            rows: [
              ["Date", "Event"],
              ["01/01/2020", text(b)],
            ],
          },
        ],
      };
      return { reg, doc };
    }),
);

/** The text with the given ranges cut out. */
function cut(text: string, ranges: { start: number; end: number }[]): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const r of [...ranges].sort((x, y) => x.start - y.start)) {
    parts.push(text.slice(at, r.start));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts;
}

function textsOf(doc: DocModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of doc.blocks) {
    if (isParagraph(b)) out.set(b.id, b.text);
    else b.rows.forEach((row, r) => row.forEach((cell, c) => out.set(`${b.id}#${r}.${c}`, cell)));
  }
  return out;
}

const oracleCache = new Map<string, RegExp[]>();

function oracleSource(variant: string): string {
  return variant
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, "\\s+");
}

const BEFORE = "(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][-'’])";
const AFTER = "(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}]|['’](?![sS](?![\\p{L}\\p{N}]))[\\p{L}\\p{N}])";

/**
 * An independent oracle: whole-word occurrences of the variants, by plain regular expressions
 * (case-insensitive for ordinary names, exact case for common-word names).
 */
function oracleCount(text: string, variants: string[]): string[] {
  const key = variants.join("\u0000");
  let res = oracleCache.get(key);
  if (!res) {
    const sensitive = variants.filter(isCommonWordName).map(oracleSource);
    const insensitive = variants.filter((v) => !isCommonWordName(v)).map(oracleSource);
    res = [
      ...(insensitive.length
        ? [new RegExp(`${BEFORE}(?:${insensitive.join("|")})${AFTER}`, "giu")]
        : []),
      ...(sensitive.length
        ? [new RegExp(`${BEFORE}(?:${sensitive.join("|")})${AFTER}`, "gu")]
        : []),
    ];
    if (oracleCache.size > 50) oracleCache.clear();
    oracleCache.set(key, res);
  }
  return res.flatMap((re) => [...text.matchAll(re)].map((m) => m[0]));
}

const variantCache = new WeakMap<Register, string[]>();
/** Every variant text of every person in the register. */
function allVariants(reg: Register): string[] {
  let v = variantCache.get(reg);
  if (!v) variantCache.set(reg, (v = reg.people.flatMap((p) => variantsOf(p).map((x) => x.text))));
  return v;
}

describe("anonymising (property)", () => {
  it("changes nothing but the register's names", () => {
    fc.assert(
      fc.property(docArb, ({ reg, doc }) => {
        const { plan } = anonymisePlan(doc, reg);
        const applied = applyToText(doc, plan);
        if (!applied.ok) throw new Error(applied.reason);
        const before = textsOf(doc);
        const after = textsOf(applied.model);
        for (const [key, text] of before) {
          const spans = applied.spans.filter(
            (s) => (s.row === undefined ? s.blockId : `${s.blockId}#${s.row}.${s.column}`) === key,
          );
          expect(
            cut(
              after.get(key)!,
              spans.map((s) => s.after),
            ),
          ).toEqual(
            cut(
              text,
              spans.map((s) => s.before),
            ),
          );
          for (const s of spans) {
            const replaced = text.slice(s.before.start, s.before.end);
            const code = after.get(key)!.slice(s.after.start, s.after.end);
            expect(reg.people.map((p) => p.code)).toContain(code);
            expect(
              allVariants(reg).some(
                (v) => v.toLowerCase() === replaced.toLowerCase().replace(/\s+/g, " "),
              ),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("leaves no register name or variant behind where it was a whole word", () => {
    fc.assert(
      fc.property(docArb, ({ reg, doc }) => {
        const applied = applyToText(doc, anonymisePlan(doc, reg).plan);
        if (!applied.ok) throw new Error(applied.reason);
        expect(findOccurrences(applied.model, reg)).toEqual([]);
        for (const text of textsOf(applied.model).values()) {
          expect(oracleCount(text, allVariants(reg))).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the oracle agrees that the names were there before", () => {
    fc.assert(
      fc.property(docArb, ({ reg, doc }) => {
        const found = findOccurrences(doc, reg).length;
        const names = [...textsOf(doc).values()].some(
          (text) => oracleCount(text, allVariants(reg)).length > 0,
        );
        expect(found > 0).toBe(names);
      }),
      { numRuns: 100 },
    );
  });
});
