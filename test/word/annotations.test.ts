import type { Finding } from "../../src/core/model/types";
import { critiquesFor } from "../../src/word/annotations";
import { setUp, tearDown } from "./helpers";

const f = (over: Partial<Finding> & Pick<Finding, "location">): Finding => ({
  rule: "language.judgemental",
  severity: "warning",
  message: "m",
  text: "x",
  ...over,
});

describe("critiquesFor", () => {
  it("maps findings with character ranges in body paragraphs to critiques, by paragraph", () => {
    const out = critiquesFor([
      f({
        location: { blockId: "b7", start: 4, end: 20 },
        text: "failed to engage",
        suggestions: ["did not attend", "a", "b", "c"],
      }),
      f({
        rule: "anonymisation.full-name",
        severity: "error",
        location: { blockId: "b2", start: 0, end: 9 },
        text: "Mrs Smith",
      }),
      f({ severity: "info", location: { blockId: "b7", start: 30, end: 35 }, text: "words" }),
    ]);
    expect(out).toEqual([
      {
        blockId: "b2",
        critiques: [
          {
            start: 0,
            length: 9,
            colorScheme: "Red",
            text: "Mrs Smith",
            suggestions: [],
            rule: "anonymisation.full-name",
          },
        ],
      },
      {
        blockId: "b7",
        critiques: [
          {
            start: 4,
            length: 16,
            colorScheme: "Blue",
            text: "failed to engage",
            suggestions: ["did not attend", "a", "b"],
            rule: "language.judgemental",
          },
          {
            start: 30,
            length: 5,
            colorScheme: "Lavender",
            text: "words",
            suggestions: [],
            rule: "language.judgemental",
          },
        ],
      },
    ]);
  });

  it("leaves out what Word cannot underline: no range, table cells, header and footer, empty ranges", () => {
    expect(
      critiquesFor([
        f({ location: undefined }),
        f({ location: { blockId: "b3" } }),
        f({ location: { blockId: "b3", row: 1, column: 2 } }),
        f({ location: { blockId: "h0", start: 0, end: 5 } }),
        f({ location: { blockId: "f0", start: 0, end: 5 } }),
        f({ location: { blockId: "b1", start: 5, end: 5 } }),
      ]),
    ).toEqual([]);
  });

  it("keeps the more severe of two overlapping findings, then the earlier", () => {
    const out = critiquesFor([
      f({ severity: "info", location: { blockId: "b1", start: 0, end: 50 }, text: "long" }),
      f({ severity: "warning", location: { blockId: "b1", start: 10, end: 20 }, text: "w1" }),
      f({ severity: "warning", location: { blockId: "b1", start: 15, end: 25 }, text: "w2" }),
      f({ severity: "warning", location: { blockId: "b1", start: 60, end: 65 }, text: "w3" }),
    ]);
    expect(out[0].critiques.map((c) => c.text)).toEqual(["w1", "w3"]);
  });
});

describe("gateway.showAnnotations", () => {
  afterEach(tearDown);

  it("does nothing, without a round trip, where Word has no annotations (WordApi 1.6)", async () => {
    const { host, gateway } = setUp({ paragraphs: ["She failed to engage."] });
    expect(gateway.capabilities().annotations).toBe(false);
    host.syncCount = 0;
    const n = await gateway.showAnnotations([
      f({ location: { blockId: "b0", start: 4, end: 20 }, text: "failed to engage" }),
    ]);
    expect(n).toBe(0);
    expect(host.syncCount).toBe(0);
  });
});
