import { mapSections, sectionOfBlock } from "../../../src/core/sections/map";
import { normaliseHeading, normaliseHeadingStem } from "../../../src/core/sections/normalise";
import { doc, guidance, heading, para, table } from "../checks/fixtures/builders";
import { testPack } from "../checks/fixtures/test-pack";

describe("normaliseHeading", () => {
  it.each([
    ["2. Methodology", "methodology"],
    ["2 Methodology", "methodology"],
    ["2.1 Methodology:", "methodology"],
    ["Section 2 – Methodology", "methodology"],
    ["SECTION 2: METHODOLOGY", "methodology"],
    ["Part B) Methodology", "methodology"],
    ["(iv) Methodology", "methodology"],
    ["Sign Off & Completion", "sign off and completion"],
    ["Sign-off and completion", "sign off and completion"],
    ["What has been learned from this case?", "what has been learned from this case"],
    ["Agency’s involvement", "agencys involvement"],
    ["A summary of involvement", "a summary of involvement"],
  ])("%j -> %j", (text, key) => {
    expect(normaliseHeading(text)).toBe(key);
  });

  it("drops what follows a separator for styled headings", () => {
    expect(normaliseHeadingStem("7. Analysis of Involvement – Terms of Reference 1 to 4")).toBe(
      "analysis of involvement",
    );
    expect(normaliseHeadingStem("Methodology (sources used)")).toBe("methodology");
  });
});

describe("mapSections", () => {
  it("finds headings by title or alias, numbered or not, and gives each block its section", () => {
    const blocks = [
      para("OFFICIAL-SENSITIVE"),
      heading("1. Sources of information"),
      para("We read the records."),
      heading("Section 2 – TERMS OF REFERENCE"),
      para("The terms."),
      heading("3 Introduction & details of Agency"),
      para("We are the police."),
      heading("Incident in March", 2),
      para("More about March."),
      heading("4. Analysis of Involvement"),
      heading("Lessons learnt", 2),
      para("Learning."),
      heading("5. Action Plan"),
      table([["No."]]),
    ];
    const map = mapSections(doc(...blocks), testPack);
    const titleOf = (i: number) => sectionOfBlock(map, testPack, blocks[i].id)?.title;
    expect(titleOf(0)).toBeUndefined();
    expect(titleOf(1)).toBe("Methodology");
    expect(titleOf(2)).toBe("Methodology");
    expect(titleOf(4)).toBe("Terms of Reference");
    expect(titleOf(8)).toBe("Agency Involvement"); // an author's own sub-heading does not end the section
    expect(titleOf(11)).toBe("What has been learned from this case?");
    expect(titleOf(13)).toBe("Action Plan");
    const analysis = map.sections.find((s) => s.section.id === "analysis")!;
    expect(analysis.bodyEnd - analysis.bodyStart).toBe(0);
    expect(analysis.extendedEnd).toBe(12); // includes its sub-section, up to "Action Plan"
    expect(map.sections.find((s) => s.section.id === "sign-off")!.headingBlockId).toBeUndefined();
  });

  it("accepts a short Normal paragraph that matches a title exactly (agency templates)", () => {
    const blocks = [
      para("Methodology"),
      para("We read the records."),
      para("Terms of Reference:"),
      para("The terms."),
    ];
    const map = mapSections(doc(...blocks), testPack);
    expect(map.sections[0].headingBlockId).toBe(blocks[0].id);
    expect(map.sections[1].headingBlockId).toBe(blocks[2].id);
  });

  it("does not take a sentence that merely mentions a title as a heading", () => {
    const blocks = [
      para("Methodology was discussed at length with the panel and agreed."),
      para("Agency involvement began in 2019 and lasted two years."),
    ];
    const map = mapSections(doc(...blocks), testPack);
    expect(map.sections.every((s) => s.headingBlockId === undefined)).toBe(true);
  });

  it("prefers a Heading-styled match, and passes over a contents list", () => {
    const contents = [
      para("Methodology"),
      para("Terms of Reference"),
      para("Agency Involvement"),
      para("Analysis of Involvement"),
    ];
    const real = [
      para("Methodology"),
      para("Text."),
      heading("Terms of Reference"),
      para("Text."),
      para("Agency Involvement"),
      para("Text."),
    ];
    const map = mapSections(doc(...contents, ...real), testPack);
    expect(map.sections[0].headingBlockId).toBe(real[0].id);
    expect(map.sections[1].headingBlockId).toBe(real[2].id);
    expect(map.sections[2].headingBlockId).toBe(real[4].id);
    // Only the contents list names "Analysis of Involvement": it is used rather than nothing.
    expect(map.sections[3].headingBlockId).toBe(contents[3].id);
  });

  it("ignores guidance, page headers and tables when looking for headings", () => {
    const blocks = [
      guidance("Methodology"),
      para("Methodology", { part: "header" }),
      table([["Methodology"]]),
    ];
    const map = mapSections(doc(...blocks), testPack);
    expect(map.sections[0].headingBlockId).toBeUndefined();
  });

  it("is linear: a 20,000-block document maps quickly", () => {
    const blocks = [];
    for (let i = 0; i < 20000; i++)
      blocks.push(
        i % 1000 === 0 ? heading("Analysis of Involvement") : para("Some text of a paragraph."),
      );
    const map = mapSections(doc(...blocks), testPack);
    expect(map.blockSection[19999]).toBe(3);
  });
});
