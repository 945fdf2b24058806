import {
  initialsOf,
  parseRegister,
  registerProblems,
  splitName,
  suggestCode,
  variantsOf,
} from "../../../src/core/anonymise/register";
import { register } from "./helpers";

describe("parseRegister", () => {
  it("accepts the brief's shape and fills defaults", () => {
    const r = parseRegister({
      people: [
        {
          name: "Joanne Bloggs",
          variants: ["Joanne", "Ms Bloggs"],
          code: "Adult A",
          role: "victim",
        },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        schemaVersion: 1,
        people: [
          {
            name: "Joanne Bloggs",
            variants: ["Joanne", "Ms Bloggs"],
            code: "Adult A",
            role: "victim",
          },
        ],
      },
    });
  });
  it("names what is wrong", () => {
    const r = parseRegister({ people: [{ name: "", code: "A", role: "nobody" }] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => p.path).sort()).toEqual(["people.0.name", "people.0.role"]);
  });
});

describe("variantsOf", () => {
  it("derives first name, surname, initial + surname and titles", () => {
    const [p] = register([
      { name: "Joanne Bloggs", variants: ["Jo"], code: "Adult A", role: "victim" },
    ]).people;
    const v = variantsOf(p);
    expect(v.slice(0, 2)).toEqual([
      { text: "Joanne Bloggs", source: "name" },
      { text: "Jo", source: "listed" },
    ]);
    const texts = v.map((x) => x.text);
    for (const t of [
      "Joanne",
      "Bloggs",
      "J Bloggs",
      "J. Bloggs",
      "Mr Bloggs",
      "Mrs Bloggs",
      "Ms Bloggs",
      "Miss Bloggs",
      "Dr Bloggs",
      "PC Bloggs",
      "DC Bloggs",
      "DS Bloggs",
      "Nurse Bloggs",
      "Ms Joanne Bloggs",
    ]) {
      expect(texts).toContain(t);
    }
  });
  it("for a titled name gives the title's other spellings", () => {
    const [p] = register([{ name: "Doctor Smith", code: "Doctor S", role: "professional" }]).people;
    const texts = variantsOf(p).map((x) => x.text);
    expect(texts).toEqual(
      expect.arrayContaining(["Doctor Smith", "Dr Smith", "Dr. Smith", "Smith"]),
    );
    expect(texts).not.toContain("Doctor");
  });
  it("adds first + surname when there are middle names", () => {
    const [p] = register([{ name: "Joanne Mary Bloggs", code: "JB", role: "victim" }]).people;
    expect(variantsOf(p).map((x) => x.text)).toContain("Joanne Bloggs");
  });
  it("derives nothing with noDerived", () => {
    const [p] = register([
      { name: "Joanne Bloggs", code: "JB", role: "victim", noDerived: true },
    ]).people;
    expect(variantsOf(p)).toEqual([{ text: "Joanne Bloggs", source: "name" }]);
  });
  it("splits names", () => {
    expect(splitName("Dr Jane Smith")).toEqual({ title: "Dr", given: ["Jane"], surname: "Smith" });
    expect(splitName("Madonna")).toEqual({ given: ["Madonna"] });
    expect(splitName("Mr")).toEqual({ given: ["Mr"] });
  });
});

describe("codes", () => {
  it.each([
    ["Joe Bloggs", "JB"],
    ["Doctor Smith", "Doctor S"],
    ["Dr Jane Smith", "Dr JS"],
    ["Mary-Jane Watson-Smith", "MJWS"],
    ["élodie durand", "ÉD"],
  ])("initialsOf(%s) is %s", (name, code) => expect(initialsOf(name)).toBe(code));

  it("suggests initials that do not clash", () => {
    expect(suggestCode({ name: "Joe Bloggs" }, ["JB", "jb2"])).toBe("JB3");
  });
  it("suggests pseudonyms by role", () => {
    expect(suggestCode({ name: "A B", role: "victim" }, ["Adult A"], "pseudonym")).toBe("Adult B");
    expect(suggestCode({ name: "A B", role: "child" }, ["Child 1"], "pseudonym")).toBe("Child 2");
    expect(
      suggestCode({ name: "A B", role: "professional", roleDetail: "GP" }, [], "pseudonym"),
    ).toBe("GP 1");
    expect(
      suggestCode({ name: "A B", role: "professional" }, ["Professional 1"], "pseudonym"),
    ).toBe("Professional 2");
    const letters = Array.from({ length: 26 }, (_, i) => `Adult ${String.fromCharCode(65 + i)}`);
    expect(suggestCode({ name: "A B", role: "other" }, letters, "pseudonym")).toBe("Adult AA");
  });
});

describe("registerProblems", () => {
  it("flags two people with the same code", () => {
    const probs = registerProblems(
      register([
        { name: "Joe Bloggs", code: "JB", role: "perpetrator" },
        { name: "Jane Brown", code: "jb", role: "victim" },
      ]),
    );
    expect(probs).toContainEqual({
      kind: "duplicate-code",
      people: [0, 1],
      message:
        'Joe Bloggs and Jane Brown have the same code "JB": give each person their own code.',
    });
  });
  it("flags a name listed for two people and derived variants they share", () => {
    const probs = registerProblems(
      register([
        { name: "Joanne Bloggs", code: "Adult A", role: "victim", variants: ["Jo"] },
        { name: "Joe Bloggs", code: "Adult B", role: "perpetrator", variants: ["Jo"] },
      ]),
    );
    expect(probs.filter((p) => p.kind === "duplicate-name").map((p) => p.message)).toEqual([
      '"jo" is listed for Joanne Bloggs (Adult A) and Joe Bloggs (Adult B): list it for one person only.',
    ]);
    const shared = probs.filter((p) => p.kind === "shared-variant").map((p) => p.message);
    expect(shared.some((m) => m.startsWith('"bloggs" could mean'))).toBe(true);
  });
  it("does not flag a shared derived variant one person lists explicitly", () => {
    const probs = registerProblems(
      register([
        { name: "Joanne Bloggs", code: "Adult A", role: "victim", variants: ["Bloggs"] },
        { name: "Joe Bloggs", code: "Adult B", role: "perpetrator" },
      ]),
    );
    expect(probs.some((p) => p.kind === "shared-variant" && p.message.startsWith('"bloggs"'))).toBe(
      false,
    );
  });
  it("flags a code with a real name in it", () => {
    const probs = registerProblems(
      register([{ name: "Joanne Bloggs", code: "Joanne B", role: "victim" }]),
    );
    expect(probs).toEqual([
      expect.objectContaining({
        kind: "code-contains-name",
        message:
          'The code "Joanne B" contains the name "Joanne" (Joanne Bloggs): choose a code without a real name in it.',
      }),
    ]);
  });
  it("is quiet for a good register", () => {
    expect(
      registerProblems(
        register([
          { name: "Joanne Bloggs", code: "Adult A", role: "victim" },
          { name: "Doctor Smith", code: "Doctor S", role: "professional" },
        ]),
      ),
    ).toEqual([]);
  });
});
