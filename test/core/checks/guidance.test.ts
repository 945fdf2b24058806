import { check, recheck, runChecks } from "../../../src/core/checks/engine";
import { GUIDANCE_REMAINING, guidanceNotes } from "../../../src/core/checks/guidance";
import type { ParagraphBlock } from "../../../src/core/model/types";
import { doc, guidance, heading, headerBlock, mixed, para, table } from "./fixtures/builders";
import { findingsOf } from "./fixtures/helpers";
import { testPack } from "./fixtures/test-pack";

const RULE = GUIDANCE_REMAINING;

/** A guidance paragraph inside the control tagged `noteId`. */
function tagged(text: string, noteId: string): ParagraphBlock {
  return para(text, {
    guidanceSpans: [{ start: 0, end: text.length }],
    tag: `imr:guidance:test:${noteId}`,
  });
}

describe("guidance.remaining", () => {
  it("reports a guidance paragraph as a warning, with its exact text and span", () => {
    const g = guidance("Describe the sources of information you used.");
    const [f, ...rest] = findingsOf(RULE, [g, para("We read the records.")]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: RULE,
      severity: "warning",
      text: "Describe the sources of information you used.",
      location: { blockId: g.id, start: 0, end: g.text.length },
      section: "Analysis of Involvement",
    });
  });

  it("reports the paragraphs of one control once, at its first paragraph", () => {
    const first = tagged("Provide a summary.", "summary");
    const found = findingsOf(RULE, [
      first,
      tagged("It should cover:", "summary"),
      tagged("", "summary"),
      tagged("each contact with the family.", "summary"),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe("Provide a summary.");
    expect(found[0].location).toEqual({ blockId: first.id, start: 0, end: 18 });
    expect(found[0].message).toContain("(3 paragraphs)");
  });

  it("reports two controls one after the other as two notes", () => {
    const found = findingsOf(RULE, [tagged("First note.", "one"), tagged("Second note.", "two")]);
    expect(found.map((f) => f.text)).toEqual(["First note.", "Second note."]);
  });

  it("joins untagged red italic paragraphs across the author's blank lines, not across text", () => {
    const found = findingsOf(RULE, [
      guidanceUntagged("Note one, line one."),
      para(""),
      guidanceUntagged("Note one, line two."),
      para("The author's own sentence."),
      guidanceUntagged("Note two."),
    ]);
    expect(found.map((f) => f.text)).toEqual(["Note one, line one.", "Note two."]);
  });

  it("does not join a tagged note across a paragraph outside the control", () => {
    const found = findingsOf(RULE, [tagged("Part one.", "n"), para(""), tagged("Part two.", "n")]);
    expect(found.map((f) => f.text)).toEqual(["Part one.", "Part two."]);
  });

  it("reports guidance inside a paragraph of the author's, trimmed, once per run", () => {
    const p = mixed("{{ Say who. }} We interviewed two officers. {{Say when.}}{{ And why.}}");
    const found = findingsOf(RULE, [p]);
    expect(found.map((f) => f.text)).toEqual(["Say who.", "Say when. And why."]);
    for (const f of found) {
      const loc = f.location as { start: number; end: number };
      expect(p.text.slice(loc.start, loc.end)).toBe(f.text);
    }
  });

  it("reports each guidance table cell at its row and column, and not an emptied one", () => {
    const t = table(
      [
        ["Date", "Event", "Source"],
        ["01/01/2024", "", "Describe the source"],
      ],
      { guidanceCells: [[], [true, true, true]] },
    );
    const found = findingsOf(RULE, [t]);
    expect(found.map((f) => [f.text, f.location])).toEqual([
      ["01/01/2024", { blockId: t.id, row: 1, column: 0 }],
      ["Describe the source", { blockId: t.id, row: 1, column: 2 }],
    ]);
  });

  it("reports guidance in the page header under 'Header and footer'", () => {
    const h = headerBlock("Insert the agency logo here");
    h.guidanceSpans = [{ start: 0, end: h.text.length }];
    const found = runChecks(doc(h, heading("Analysis of Involvement")), testPack).filter(
      (f) => f.rule === RULE,
    );
    expect(found.map((f) => f.section)).toEqual(["Header and footer"]);
  });

  it("does not report a guidance control left with no text, but counts it as a note", () => {
    const empty = tagged("", "gone");
    expect(findingsOf(RULE, [empty, para("Text.")])).toEqual([]);
    expect(guidanceNotes([empty])).toEqual([
      expect.objectContaining({ empty: true, tag: "imr:guidance:test:gone", text: "" }),
    ]);
  });

  it("never reports the author's text, headings or prompts outside guidance", () => {
    expect(
      findingsOf(RULE, [
        para("We read the records. [Insert date here]"),
        heading("A sub-heading", 2),
        table([["Date", "Event"]]),
      ]),
    ).toEqual([]);
  });

  it("does not double-report with structure.empty-section or structure.placeholder", () => {
    const note = guidance("[Insert the Terms of Reference here] Say what the panel asked.");
    const h = heading("Analysis of Involvement");
    const found = runChecks(doc(h, note), testPack);
    const rules = found
      .filter((f) => f.section === "Analysis of Involvement")
      .map((f) => f.rule)
      .filter((r) => r.startsWith("structure.") || r === RULE);
    // The section is reported once (at its heading), the note once (at its text), the prompt
    // inside the guidance not at all: it goes with the note.
    expect(rules.sort()).toEqual([RULE, "structure.empty-section"]);
    const byRule = new Map(found.map((f) => [f.rule, f]));
    expect(byRule.get("structure.empty-section")!.location).toEqual({ blockId: h.id });
    expect(byRule.get(RULE)!.location).toMatchObject({ blockId: note.id });
  });

  it("can be switched off or made an error", () => {
    const blocks = [guidance("Say who.")];
    expect(findingsOf(RULE, blocks, { disabledRules: [RULE] })).toEqual([]);
    expect(findingsOf(RULE, blocks, { severityOverrides: { [RULE]: "error" } })[0].severity).toBe(
      "error",
    );
  });

  it("re-checks to the same findings as a full check after the note is edited", () => {
    const h = heading("Analysis of Involvement");
    const a = tagged("Say who.", "who");
    const b = tagged("Say when.", "who");
    const first = check(doc(h, a, b), testPack);
    expect(first.findings.filter((f) => f.rule === RULE)).toHaveLength(1);
    const edited = { ...b, tag: "imr:guidance:test:when" };
    const again = recheck(first, doc(h, a, edited), [edited.id]);
    expect(again.findings).toEqual(runChecks(doc(h, a, edited), testPack));
    expect(again.findings.filter((f) => f.rule === RULE)).toHaveLength(2);
  });
});

function guidanceUntagged(text: string): ParagraphBlock {
  return para(text, { guidanceSpans: [{ start: 0, end: text.length }] });
}
