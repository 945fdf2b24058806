import { findingsOf, textsIn } from "./fixtures/helpers";
import { mixed, para, table } from "./fixtures/builders";

const RULE = "language.judgemental";
const found = (text: string) => textsIn(RULE, text);

describe("language.judgemental: what must be found", () => {
  it.each([
    ["Adult A failed to engage with the service.", "failed to engage"],
    ["She fails to engage with services.", "fails to engage"],
    ["Failing to engage was recorded.", "Failing to engage"],
    ["He refused to engage with probation.", "refused to engage"],
    ["She did not engage with the IDVA.", "did not engage"],
    ["She was described as hard to reach.", "described as hard to reach"],
    ["Hard-to-reach families were not contacted.", "Hard-to-reach families"],
    ["Adult A was non-compliant with her medication.", "non-compliant"],
    ["The couple had a volatile relationship.", "volatile relationship"],
    ["Their relationship was tempestuous.", "relationship was tempestuous"],
    ["Police attended a domestic at the address.", "attended a domestic"],
    ["There was another domestic.", "another domestic"],
    ["The couple had an argument about money.", "had an argument"],
    ["An altercation took place in the kitchen.", "altercation"],
    ["It was a crime of passion.", "crime of passion"],
    ["He snapped and hit her.", "He snapped"],
    ["The assault was out of character.", "out of character"],
    ["She put herself at risk by returning home.", "put herself at risk"],
    ["She chose to return to the relationship.", "chose to return"],
    ["She allowed him back into the house.", "allowed him back"],
    ["She provoked him by shouting.", "She provoked"],
    ["He has anger management issues.", "anger management issues"],
    ["Adult A claimed that he had hit her.", "claimed"],
    ["She alleged that he hit her.", "alleged"],
    ["The alleged abuse was not investigated.", "alleged"],
    ["She was described as an alcoholic.", "alcoholic"],
    ["He was a known drug user.", "known drug user"],
    ["Staff described her as manipulative.", "manipulative"],
    ["She was attention-seeking.", "attention-seeking"],
    ["Adult A had a chaotic lifestyle.", "chaotic lifestyle"],
    ["Her drinking was a lifestyle choice.", "lifestyle choice"],
    ["The officer was negligent.", "negligent"],
    ["The nurse should have known about the risk.", "should have known"],
    ["It was obvious that she was at risk.", "It was obvious that"],
    ["Child 1 was engaged in risky behaviour.", "risky behaviour"],
    ["She was involved in CSE from the age of 13.", "involved in CSE"],
    ["The girl was called a child prostitute.", "child prostitute"],
    ["Child 2 absconded from the children's home.", "absconded"],
    ["The files held child pornography.", "child pornography"],
    ["The baby was not brought; the child did not attend the clinic.", "the child did not attend"],
    ["Three DNAs were recorded.", "DNAs"],
    ["She refused support from the outreach worker.", "refused support"],
    ["He was a BAME man.", "BAME"],
    ["She was clearly at risk of serious harm.", "was clearly"],
    ["The homicide was inevitable.", "inevitable"],
  ])("%s -> %j", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe("language.judgemental: what must not be found", () => {
  it.each([
    "Adult A was admitted to hospital with a head injury.",
    "She was admitted to the ward overnight.",
    "The alleged offence was not charged.",
    "He was arrested for an alleged assault.",
    "The alleged perpetrator was interviewed.",
    "Services failed to engage her in a way she could use.",
    "The GP did not engage with the MARAC process.",
    "The service did not engage her in safety planning.",
    "Officers attended a domestic abuse incident.",
    "A domestic homicide review was commissioned.",
    "She claimed housing benefit.",
    "The Domestic Violence, Crime and Victims Act 2004 applies.",
    "An Independent Domestic Violence Advisor made contact.",
    "He was referred to Alcoholics Anonymous.",
    "She had not drunk any alcoholic drinks.",
    "The records were clearly written and the decision was clearly recorded.",
    "The action plan has a row with no lead officer.",
    "The argument that the referral was late is not supported.",
    "The officer took a DNA sample.",
    "She did not attend the appointment.",
    "He absconded from prison in 2018.",
    "He was convicted of causing death by careless driving.",
    "No one was at fault for the delay in the lab.",
    "It was difficult to contact her by telephone.",
    "The report was completed in March.",
    "She chose to remain anonymous.",
    "The decision was clearly recorded in the notes.",
    "The guidance is at www.gov.uk/domestic-violence-and-abuse.",
    "The triggers for a referral are set out in the policy.",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("language.judgemental: context", () => {
  it("reports quoted words as info, saying they are quoted", () => {
    const [f] = findingsOf(RULE, [
      para("Adult A told officers: “I provoked him, it was my fault.”"),
    ]);
    expect(f.text).toBe("provoked him");
    expect(f.severity).toBe("info");
    expect(f.message).toMatch(/quotation marks/);
    expect(f.fixable).toBe(false);
  });

  it("treats an apostrophe as part of a word, not a quotation", () => {
    const [f] = findingsOf(RULE, [para("Sarah's partner said she failed to engage.")]);
    expect(f.severity).toBe("warning");
  });

  it("never reads guidance", () => {
    const p = mixed(
      "{{Avoid saying the victim failed to engage.}} Services offered support by letter.",
    );
    expect(findingsOf(RULE, [p])).toEqual([]);
    const p2 = mixed("{{Guidance text.}} Adult A failed to engage.");
    const [f] = findingsOf(RULE, [p2]);
    expect(
      p2.text.slice((f.location as { start: number }).start, (f.location as { end: number }).end),
    ).toBe("failed to engage");
  });

  it("checks table cells, and skips cells that are guidance", () => {
    const t = table(
      [
        ["Date", "Comments"],
        ["01/01/2020", "Adult A failed to engage."],
        ["01/02/2020", "Victim failed to engage (example)"],
      ],
      { guidanceCells: [[], [], [false, true]] },
    );
    const f = findingsOf(RULE, [t]);
    expect(f).toHaveLength(1);
    expect(f[0].location).toEqual({ blockId: t.id, row: 1, column: 1 });
  });

  it("offers a one-click fix only where the alternative replaces the words directly", () => {
    const [a] = findingsOf(RULE, [para("Domestic violence was disclosed to the GP.")]);
    expect(a.text).toBe("Domestic violence");
    expect(a.fixable).toBe(true);
    expect(a.suggestions?.[0]).toBe("Domestic abuse");
    expect(a.severity).toBe("info");
    const [b] = findingsOf(RULE, [para("She failed to engage.")]);
    expect(b.fixable).toBe(false);
    expect(b.suggestions).toContain("did not attend");
  });

  it("gives each finding the exact located text", () => {
    const p = para("On review, Adult A was said to have FAILED TO ENGAGE and to be non-compliant.");
    for (const f of findingsOf(RULE, [p])) {
      const loc = f.location as { start: number; end: number };
      expect(p.text.slice(loc.start, loc.end)).toBe(f.text);
    }
  });
});

describe("language.judgemental: pseudonymised subjects", () => {
  it.each([
    ["It was said that Adult A often provoked Adult B.", "provoked Adult"],
    ["Adult B snapped after years of stress at work.", "Adult B snapped"],
    ["Adult A's lover was interviewed.", "A's lover"],
  ])("%s -> %j", (text, expected) => {
    expect(textsIn("language.judgemental", text)).toContain(expected);
  });
});
