import type { Block } from "../../../src/core/model/types";
import { para, table } from "./fixtures/builders";
import { findingsOf } from "./fixtures/helpers";

const RULE = "anonymisation.full-name";
const names = (text: string, registerNames?: string[]) =>
  findingsOf(RULE, [para(text)], registerNames ? { registerNames } : {}).map((f) => f.text);

describe("anonymisation.full-name: what must be found", () => {
  it.each([
    ["Mrs Smith told officers that she was frightened.", "Mrs Smith"],
    ["The patient was seen by Dr Patel on the ward.", "Dr Patel"],
    ["PC Jones attended the address.", "PC Jones"],
    ["DC Brown took the statement.", "DC Brown"],
    ["She spoke to Detective Sergeant O'Brien.", "Detective Sergeant O'Brien"],
    ["Dr. McDonald referred her.", "Dr. McDonald"],
    ["Mr Joe Bloggs was the neighbour.", "Mr Joe Bloggs"],
    ["Joe Bloggs was the neighbour.", "Joe Bloggs"],
    ["The neighbour, Sarah Smith-Jones, called the police.", "Sarah Smith-Jones"],
    ["Later, Joe Bloggs's car was seen.", "Joe Bloggs"],
    ["Adult A was driven home by Will Turner.", "Will Turner"],
    ["The caller was Joe BLOGGS of the same address.", "Joe BLOGGS"],
    ["Mrs SMITH was spoken to.", "Mrs SMITH"],
    ["She was visited by Mrs Kent.", "Mrs Kent"],
  ])("%s -> %j", (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it("suggests initials, as the template's anonymisation rule does", () => {
    const [a] = findingsOf(RULE, [para("Doctor Smith saw her.")]);
    expect(a.suggestions).toEqual(["Doctor S"]);
    const [b] = findingsOf(RULE, [para("Joe Bloggs saw her.")]);
    expect(b.suggestions).toEqual(["JB"]);
    expect(b.severity).toBe("warning");
  });

  it("reports a first name alone when the report also uses pseudonyms", () => {
    expect(
      findingsOf(RULE, [
        para("Adult A lived with her sister."),
        para("Karen visited every week."),
      ]).map((f) => f.text),
    ).toEqual(["Karen"]);
    expect(
      findingsOf(RULE, [para("Her sister visited."), para("Karen visited every week.")]),
    ).toEqual([]);
  });

  it("does not report a first name chosen as a pseudonym", () => {
    expect(
      findingsOf(RULE, [
        para("Adult A's daughter is called Karen (a pseudonym chosen by the family)."),
        para("Karen visited."),
      ]),
    ).toEqual([]);
  });

  it("reports each name once per section, with a count", () => {
    const f = findingsOf(RULE, [para("Mrs Smith called."), para("Mrs Smith called again.")]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/2 times/);
  });

  it("makes names from the people register errors, wherever they stand", () => {
    const f = findingsOf(RULE, [para("Adult A and Bloggs met. Joe Bloggs left.")], {
      registerNames: ["Joe Bloggs", "Bloggs"],
    });
    expect(f.map((x) => [x.text, x.severity])).toEqual([
      ["Bloggs", "error"],
      ["Joe Bloggs", "error"],
    ]);
  });
});

describe("anonymisation.full-name: what must not be found", () => {
  it.each([
    "Greater Manchester Police attended.",
    "She was taken to the Royal Oldham Hospital.",
    "Women's Aid offered a refuge place.",
    "She lived in Manchester and later in Stockport.",
    "The Care Act 2014 and the Domestic Violence, Crime and Victims Act 2004 apply.",
    "She asked about Clare's Law.",
    "On Monday 3 June the officers returned; in May she moved.",
    "Adult A, Child 1, GP1 and Social Worker 2 met.",
    "JB and Dr S met at the surgery.",
    "Mr A and Mrs B were interviewed.",
    "Following the visit, Officers recorded the outcome.",
    "Grace was shown to staff at the meeting.",
    "Victoria Road and Mary Seacole House are nearby.",
    "St Mary's Hospital treated her.",
    "Professor Munro (2011) describes this.",
    "She was referred to the Sarah Jones Centre for support.",
    "The Nurse Practitioner saw her.",
    "Chief Executive approval was given.",
    "Police Constable 1 attended.",
    "A Marie Curie nurse visited at home.",
    "The lessons of the Victoria Climbié inquiry still apply.",
    "She was referred by Sarah to CAMHS.",
    "Karen GP1 noted it.",
    "See www.homeoffice.gov.uk/Joe-Bloggs/report for details.",
    "The Head of Safeguarding signed the report.",
  ])("%s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each<[string, Block]>([
    [
      "the author's own name on the cover",
      table([
        ["Author of IMR", "Jane Smith, Detective Inspector"],
        ["Quality assured and approved by", "John Brown"],
      ]),
    ],
    ["a signature line", para("Signed: Jane Smith")],
    ["an author line", para("Prepared by Jane Smith, Head of Safeguarding")],
    [
      "the lead named where the template asks for a name",
      table([
        ["Action", "Name responsible for implementing the action"],
        ["Introduce a form.", "Jane Smith"],
      ]),
    ],
    [
      "a key to initials, which the panel keeps apart from the report",
      table([
        ["Initials", "Name", "Role"],
        ["JB", "Joe Bloggs", "Victim"],
      ]),
    ],
  ])("%s", (_, block) => {
    expect(findingsOf(RULE, [block])).toEqual([]);
  });
});
