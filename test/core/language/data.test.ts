import { ACRONYMS, ACRONYM_DATA, DEFAULT_NO_EXPANSION } from "../../../src/core/language/acronyms";
import { AcronymDictionarySchema } from "../../../src/core/language/acronym-schema";
import {
  AMBIGUOUS_FIRST_NAMES,
  CALENDAR_WORDS,
  FIRST_NAMES,
} from "../../../src/core/language/first-names";
import { compilePattern } from "../../../src/core/language/pattern";
import { PhraseCatalogueSchema, PhraseEntrySchema } from "../../../src/core/language/phrase-schema";
import { PHRASES, PHRASE_DATA } from "../../../src/core/language/phrases";
import { parseWith } from "../../../src/core/validation";

describe("word lists kept as data", () => {
  it("the phrase catalogue validates and covers every family", () => {
    expect(parseWith(PhraseCatalogueSchema, PHRASE_DATA).ok).toBe(true);
    expect(PHRASES.length).toBeGreaterThanOrEqual(60);
    const families = new Set(PHRASES.map((p) => p.family));
    for (const f of [
      "minimising",
      "victim-blaming",
      "disbelief",
      "non-attendance",
      "labels",
      "character",
      "staff-blame",
      "hindsight",
      "exploitation",
    ]) {
      expect(families).toContain(f);
    }
  });

  it("takes its rows from Table 1 of the reference", () => {
    const refs = new Set(PHRASES.map((p) => p.ref).filter(Boolean));
    // Rows 40 (prevention aimed at children) and 52 ("victim" for children) are left out: they
    // need context the text does not give; 55 (acronyms) is the acronym rule.
    for (const row of [
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
      27, 28, 29, 30, 32, 35, 36, 37, 38, 39, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 53, 54,
      56, 57,
    ]) {
      expect(refs).toContain(`T1-${row}`);
    }
  });

  it("marks the reference's unsourced rows so agencies can switch them off", () => {
    for (const id of [
      "failed-to-protect",
      "historical-abuse",
      "child-perpetrator",
      "disabled-children",
    ]) {
      expect(PHRASES.find((p) => p.id === id)?.unsourced).toBe(true);
    }
    expect(PHRASES.find((p) => p.id === "disabled-children")?.enabled).toBe(false);
  });

  it("expands every pattern, and a fixable entry's suggestion replaces each of its forms", () => {
    let forms = 0;
    for (const p of PHRASES)
      for (const x of [...p.phrases, ...p.exceptions]) forms += compilePattern(x).length;
    expect(forms).toBeGreaterThan(1000);
    for (const p of PHRASES.filter((e) => e.fixable))
      expect(p.suggestions.length).toBeGreaterThan(0);
  });

  it("reports a bad entry by its path", () => {
    const r = parseWith(PhraseEntrySchema, {
      id: "Bad Id",
      family: "labels",
      phrases: ["what?"],
      note: "x",
      source: ["NOWHERE"],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => p.path).sort()).toEqual(["id", "phrases.0", "source.0"]);
  });

  it("the acronym dictionary validates, from Table 2 with rows split", () => {
    expect(parseWith(AcronymDictionarySchema, ACRONYM_DATA).ok).toBe(true);
    expect(ACRONYMS.length).toBeGreaterThanOrEqual(100);
    const byAcr = new Map(ACRONYMS.map((a) => [a.acronym, a]));
    expect(byAcr.get("MARAC")?.expansion).toBe("Multi-Agency Risk Assessment Conference");
    expect(byAcr.get("A&E")).toBeDefined();
    expect(byAcr.get("DoLS")).toBeDefined();
    expect(byAcr.get("LAC")).toBeDefined();
    expect(byAcr.get("ASC")?.alternatives).toEqual(["Autism Spectrum Condition"]);
    expect(DEFAULT_NO_EXPANSION).toEqual(expect.arrayContaining(["UK", "NHS", "GP"]));
  });

  it("the first-name list is a few hundred names, with no months or days", () => {
    const names = new Set(FIRST_NAMES);
    expect(names.size).toBeGreaterThanOrEqual(300);
    for (const w of CALENDAR_WORDS) expect(names.has(w)).toBe(false);
    for (const a of AMBIGUOUS_FIRST_NAMES) expect(names.has(a)).toBe(true);
  });
});
