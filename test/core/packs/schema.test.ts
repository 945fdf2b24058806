import * as fs from "fs";
import * as path from "path";
import { parsePack } from "../../../src/core/packs/registry";
import { PackSchema, type PackInput } from "../../../src/core/packs/schema";
import { describeProblems, parseWith, type InputProblem } from "../../../src/core/validation";

const fixtures = path.resolve(__dirname, "../../fixtures/packs");

function fixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(fixtures, name), "utf8"));
}

/** The smallest pack the schema accepts: every default left out. */
function minimal(): PackInput {
  return {
    schemaVersion: 1,
    id: "minimal",
    title: "Minimal IMR",
    reviewType: "DHR",
    description: "The smallest valid pack.",
    source: "Test",
    protectiveMarking: { default: "OFFICIAL-SENSITIVE" },
    cover: { title: "Individual Management Review", fields: [{ id: "author", label: "Author" }] },
    sections: [
      {
        id: "analysis",
        title: "Analysis",
        guidance: [{ id: "analysis", paragraphs: ["Analyse."] }],
      },
    ],
    chronology: { title: "Chronology", columns: [{ id: "date", header: "Date", kind: "date" }] },
    qa: {
      defaultSet: "qa",
      sets: [
        { id: "qa", title: "QA", source: "Test", criteria: [{ id: "one", text: "Is it good?" }] },
      ],
    },
  };
}

/** Malformed packs are built by changing valid ones in ways the types forbid. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** A copy of the minimal pack with `change` applied to it (as plain data, so any shape goes). */
function variant(change: (pack: Loose) => void): unknown {
  const pack = structuredClone(minimal()) as Loose;
  change(pack);
  return pack;
}

function problems(data: unknown): InputProblem[] {
  const parsed = parsePack(data);
  if (parsed.ok) throw new Error("expected the pack to be refused");
  return parsed.problems;
}

function paths(data: unknown): string[] {
  return problems(data).map((p) => p.path);
}

describe("PackSchema accepts", () => {
  it("a minimal pack, filling in the defaults", () => {
    const parsed = parsePack(minimal());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const pack = parsed.value;
    expect(pack.preamble).toEqual([]);
    expect(pack.protectiveMarking.obsolete).toEqual([]);
    expect(pack.sections[0]).toEqual({
      id: "analysis",
      title: "Analysis",
      level: 1,
      required: true,
      aliases: [],
      guidance: [{ id: "analysis", paragraphs: [{ text: "Analyse.", bullet: false }] }],
      startingText: [],
      placeholders: [],
      questions: [],
    });
    expect(pack.chronology).toEqual({
      title: "Chronology",
      headerFields: [],
      guidance: [],
      columns: [{ id: "date", header: "Date", kind: "date", required: false, aliases: [] }],
    });
    expect(pack.qa.sets[0].answers).toEqual(["Yes", "No", "Partially"]);
    expect(pack.qa.sets[0].criteria[0].evidence).toEqual([]);
  });

  it("trims text and keeps bullet paragraphs as bullets", () => {
    const parsed = parsePack(
      variant((p) => {
        p.title = "  Minimal IMR  ";
        p.sections[0].guidance[0].paragraphs = ["Intro:", { text: "point", bullet: true }];
      }),
    );
    expect(parsed.ok && parsed.value.title).toBe("Minimal IMR");
    expect(parsed.ok && parsed.value.sections[0].guidance[0].paragraphs).toEqual([
      { text: "Intro:", bullet: false },
      { text: "point", bullet: true },
    ]);
  });

  it.each(["DHR", "DARDR", "CSPR", "SAR", "SCR", "SUSR"])("review type %s", (reviewType) => {
    const parsed = parsePack(variant((p) => (p.reviewType = reviewType)));
    expect(parsed.ok && parsed.value.reviewType).toBe(reviewType);
  });
});

describe("PackSchema refuses, naming the field by its path", () => {
  it("a missing title", () => {
    expect(paths(variant((p) => delete p.title))).toEqual(["title"]);
  });

  it("an empty title", () => {
    expect(problems(variant((p) => (p.title = "   ")))).toEqual([
      { path: "title", message: "must not be empty" },
    ]);
  });

  it("an id that is not lower-case letters, digits and hyphens", () => {
    expect(paths(variant((p) => (p.id = "My Pack")))).toEqual(["id"]);
    expect(paths(variant((p) => (p.sections[0].id = "Analysis_1")))).toEqual(["sections.0.id"]);
  });

  it("a duplicate section id", () => {
    const found = problems(
      variant((p) => p.sections.push({ id: "analysis", title: "Analysis again" })),
    );
    expect(found).toEqual([{ path: "sections.1.id", message: 'duplicate section id "analysis"' }]);
  });

  it("a duplicate guidance note id, across the preamble and sections", () => {
    const data = variant((p) => {
      p.preamble = [{ id: "analysis", paragraphs: ["About the template."] }];
    });
    expect(paths(data)).toEqual(["sections.0.guidance.0.id"]);
  });

  it("a section holding a table the pack does not define", () => {
    const found = problems(variant((p) => (p.sections[0].table = "actionPlan")));
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe("sections.0.table");
    expect(found[0].message).toMatch(/actionPlan/);
  });

  it("an unknown table name", () => {
    expect(paths(variant((p) => (p.sections[0].table = "genogram")))).toEqual(["sections.0.table"]);
  });

  it("two date columns in the chronology", () => {
    const data = variant((p) =>
      p.chronology.columns.push({ id: "entered", header: "Date entered", kind: "date" }),
    );
    expect(problems(data)).toEqual([
      { path: "chronology.columns", message: "the chronology needs exactly one date column" },
    ]);
  });

  it("a chronology with no date column", () => {
    expect(paths(variant((p) => (p.chronology.columns[0].kind = "text")))).toEqual([
      "chronology.columns",
    ]);
  });

  it("a default QA set that names no set", () => {
    const found = problems(variant((p) => (p.qa.defaultSet = "gm-dhr-qa")));
    expect(found).toEqual([{ path: "qa.defaultSet", message: 'no QA set has the id "gm-dhr-qa"' }]);
  });

  it.each<[string, (p: Loose) => void, string]>([
    ["a heading level given as text", (p) => (p.sections[0].level = "one"), "sections.0.level"],
    ["a heading level out of range", (p) => (p.sections[0].level = 4), "sections.0.level"],
    ["a schema version from the future", (p) => (p.schemaVersion = 2), "schemaVersion"],
    ["an unknown review type", (p) => (p.reviewType = "INQUEST"), "reviewType"],
    [
      "an unknown column kind",
      (p) => (p.chronology.columns[0].kind = "datetime"),
      "chronology.columns.0.kind",
    ],
    ["required given as text", (p) => (p.sections[0].required = "yes"), "sections.0.required"],
    [
      "aliases given as a string",
      (p) => (p.sections[0].aliases = "Analysis of involvement"),
      "sections.0.aliases",
    ],
    ["sections given as an object", (p) => (p.sections = { analysis: {} }), "sections"],
    ["no sections", (p) => (p.sections = []), "sections"],
    [
      "a guidance note with no paragraphs",
      (p) => (p.sections[0].guidance[0].paragraphs = []),
      "sections.0.guidance.0.paragraphs",
    ],
    [
      "a criterion with no text",
      (p) => delete p.qa.sets[0].criteria[0].text,
      "qa.sets.0.criteria.0.text",
    ],
    [
      "protective marking as a string",
      (p) => (p.protectiveMarking = "OFFICIAL"),
      "protectiveMarking",
    ],
  ])("%s", (_name, change, path) => {
    expect(paths(variant(change))).toEqual([path]);
  });

  it("a field the schema does not know, naming the field", () => {
    const found = problems(variant((p) => (p.sections[0].colour = "red")));
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe("sections.0");
    expect(found[0].message).toMatch(/colour/);
  });

  it("data that is not a pack at all", () => {
    expect(paths(null)).toEqual(["(top level)"]);
    expect(paths("dhr")).toEqual(["(top level)"]);
  });

  it("several faults at once, each by its path", () => {
    const data = variant((p) => {
      p.id = "Bad";
      p.title = "";
      p.sections.push({ id: "analysis", title: "Second", table: "keyToInitials" });
      p.qa.defaultSet = "nope";
    });
    expect(paths(data).sort()).toEqual([
      "id",
      "qa.defaultSet",
      "sections.1.id",
      "sections.1.table",
      "title",
    ]);
  });
});

describe("parsePack on JSON files", () => {
  it("accepts an agency's own pack", () => {
    const parsed = parsePack(fixture("custom-pack.json"));
    if (!parsed.ok) throw new Error(describeProblems(parsed.problems));
    const pack = parsed.value;
    expect(pack.id).toBe("housing-association");
    expect(pack.reviewType).toBe("DARDR");
    expect(pack.sections.map((s) => s.title)).toEqual([
      "Introduction",
      "Methodology",
      "Chronology",
      "Analysis",
      "Lessons learnt",
      "Recommendations",
    ]);
    expect(pack.chronology.columns.filter((c) => c.kind === "date")).toHaveLength(1);
    expect(pack.preamble[0].paragraphs[1]).toEqual({
      text: "Write for a reader who does not know the organisation.",
      bullet: true,
    });
  });

  it("refuses the bad pack, naming every fault", () => {
    const found = problems(fixture("bad-pack.json"));
    expect(found.map((p) => p.path).sort()).toEqual([
      "chronology.columns",
      "id",
      "qa.defaultSet",
      "sections.1.id",
      "sections.2.table",
      "title",
    ]);
    expect(describeProblems(found)).toContain('sections.1.id: duplicate section id "analysis"');
  });

  it("gives the same answer as parseWith(PackSchema)", () => {
    const data = fixture("bad-pack.json");
    expect(parsePack(data)).toEqual(parseWith(PackSchema, data));
  });
});
