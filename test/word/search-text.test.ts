import fc from "fast-check";
import { mapBlocks } from "../../src/word/block-map";
import {
  chunk,
  escapeForWordSearch,
  occurrences,
  planSearch,
  WORD_SEARCH_LIMIT,
} from "../../src/word/search-text";
import { createFakeOffice } from "../fakes/word-host";
import { rangeFor } from "../../src/word/locate";

describe("search plans", () => {
  it("counts occurrences the way Word's search scans: left to right, no overlaps", () => {
    expect(occurrences("aaaa", "aa")).toEqual([0, 2]);
    expect(planSearch("aaaa", "aa", 2)).toEqual({ kind: "short", search: "aa", occurrence: 1 });
    expect(planSearch("aaaa", "aa", 1)).toBeUndefined();
    expect(planSearch("abc", "x", 0)).toBeUndefined();
  });

  it("splits long text into pieces whose escaped form fits the limit", () => {
    const text = "^".repeat(300);
    const pieces = chunk(text);
    expect(pieces.join("")).toBe(text);
    for (const p of pieces)
      expect(escapeForWordSearch(p).length).toBeLessThanOrEqual(WORD_SEARCH_LIMIT);
  });

  it("finds exactly the planned text with the fake host's Word search (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom("a", "b", " ", "^"), minLength: 1, maxLength: 700 }),
        fc.nat(),
        fc.nat(),
        async (hay, s, l) => {
          const start = s % hay.length;
          const len = 1 + (l % (hay.length - start));
          const text = hay.slice(start, start + len);
          const plan = planSearch(hay, text, start);
          if (!plan) return; // an overlapped occurrence Word's scan cannot land on
          const { Word, host } = createFakeOffice({ paragraphs: [hay] });
          await Word.run(async (context: Word.RequestContext) => {
            rangeFor(context.document.body.paragraphs.getFirst(), plan).select();
            await context.sync();
          });
          expect(host.selection()).toMatchObject({ start, end: start + len });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("block map", () => {
  it("numbers paragraphs and top-level tables in order", () => {
    const map = mapBlocks(
      [
        { tableNestingLevel: 0 },
        { tableNestingLevel: 1 },
        { tableNestingLevel: 2 },
        { tableNestingLevel: 1 },
        { tableNestingLevel: 0 },
      ],
      1,
    );
    expect(map).toEqual({
      ok: true,
      blocks: [
        { kind: "paragraph", id: "b0", paragraphIndex: 0 },
        { kind: "table", id: "b1", tableIndex: 0, paragraphIndices: [1, 2, 3] },
        { kind: "paragraph", id: "b2", paragraphIndex: 4 },
      ],
    });
  });

  it("splits two adjacent tables by cell position, and refuses to guess without it", () => {
    const cells = [
      { tableNestingLevel: 1, cell: { row: 0, column: 0 } },
      { tableNestingLevel: 1, cell: { row: 0, column: 1 } },
      { tableNestingLevel: 1, cell: { row: 0, column: 0 } },
    ];
    const map = mapBlocks(cells, 2);
    expect(map.ok && map.blocks.map((b) => b.id)).toEqual(["b0", "b1"]);
    expect(
      mapBlocks(
        cells.map((c) => ({ tableNestingLevel: c.tableNestingLevel })),
        2,
      ).ok,
    ).toBe(false);
  });
});
