import * as fs from "fs";
import * as path from "path";
import { BUILTIN_PACKS, builtinPack } from "../../../src/core/packs/registry";
import { PackSchema, type GuidanceNote, type Pack } from "../../../src/core/packs/schema";
import { dhrPack } from "../../../src/core/packs/builtin/dhr";
import { csprPack } from "../../../src/core/packs/builtin/cspr";
import { sarPack } from "../../../src/core/packs/builtin/sar";
import {
  EVIDENCE_PROVIDERS,
  gmDhrQaSet,
  ncvppPoliceQaSet,
} from "../../../src/core/packs/builtin/qa-sets";
import { guidanceTexts, templateLayout } from "../../../src/core/template/layout";

/**
 * The seed documents the packs are copied from. They live outside the repository in this
 * workspace (../shared/seeds); a copy in test/fixtures/seeds or IMR_SEEDS_DIR is used first.
 */
const repoRoot = path.resolve(__dirname, "../../..");
const seedDirs = [
  process.env.IMR_SEEDS_DIR,
  path.join(repoRoot, "test/fixtures/seeds"),
  path.resolve(repoRoot, "../shared/seeds"),
].filter((d): d is string => !!d);

function readSeed(prefix: string): string {
  for (const dir of seedDirs) {
    if (!fs.existsSync(dir)) continue;
    const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
    if (file) return fs.readFileSync(path.join(dir, file), "utf8");
  }
  throw new Error(`Seed document ${prefix}_*.txt not found in ${seedDirs.join(", ")}`);
}

/** Drop the seed's mark-up (HTML tags, markdown emphasis) and collapse white space. */
function normalise(text: string): string {
  return text
    .replace(/<[^>]+>/g, " ")
    .replace(/\*+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const seeds = {
  dhrGuidance: normalise(readSeed("000")),
  ncvpp: normalise(readSeed("001")),
  gm: normalise(readSeed("002")),
  derbyshire: normalise(readSeed("003")),
  adults: normalise(readSeed("004")),
};

function pack(id: string): Pack {
  const p = builtinPack(id);
  if (!p) throw new Error(`no built-in pack "${id}"`);
  return p;
}

function tableSpecs(p: Pack) {
  return [p.chronology, p.actionPlan, p.professionals, p.keyToInitials].filter(
    (t) => t !== undefined,
  );
}

function allNotes(p: Pack): GuidanceNote[] {
  return [
    ...p.preamble,
    ...p.sections.flatMap((s) => s.guidance),
    ...tableSpecs(p).flatMap((t) => t.guidance),
  ];
}

/** Texts of `texts` that do not occur, after normalising, in `seed`. */
function notIn(seed: string, texts: readonly string[]): string[] {
  return texts.filter((t) => !seed.includes(normalise(t)));
}

const packSeeds: [string, string][] = [
  ["dhr", seeds.gm],
  ["cspr", seeds.derbyshire],
  ["sar", seeds.adults],
];

describe("built-in packs", () => {
  it("ships the DHR, CSPR and SAR packs, each valid against PackSchema", () => {
    expect(BUILTIN_PACKS.map((p) => p.id)).toEqual(["dhr", "cspr", "sar"]);
    expect(BUILTIN_PACKS.map((p) => p.reviewType)).toEqual(["DHR", "CSPR", "SAR"]);
    for (const input of [dhrPack, csprPack, sarPack]) {
      const result = PackSchema.safeParse(input);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    }
  });

  it.each([
    [
      "dhr",
      [
        "Methodology",
        "Terms of Reference",
        "Agency Involvement",
        "Comprehensive Agency Chronology",
        "Summary of Agency Involvement",
        "Analysis of Involvement",
        "What has been learned from this case?",
        "Action Plan",
      ],
    ],
    [
      "cspr",
      [
        "Introduction",
        "Terms of Reference",
        "Family composition (including genogram)",
        "Background and reason for undertaking DHR",
        "Scope of the review",
        "Issues to be addressed",
        "Methodology",
        "Summary of Agency Involvement",
        "Analysis of Involvement",
        "Effective Practice/Lessons Learnt",
        "Recommendations",
        "Chronology",
        "Key to Initials Used",
      ],
    ],
    [
      "sar",
      [
        "Introduction",
        "Organisational Context",
        "Family/Household composition",
        "Factual & contextual summary",
        "Chronology of agency involvement",
        "Source documentation",
        "Analysis of agency involvement",
        "Recommendations for action",
        "Learning",
        "Action Plan",
        "Sign-off of the IMR & Chronology",
        "Date",
        "Abbreviations & anonymisation",
      ],
    ],
  ])("%s has the seed's section titles in order, without numbers", (id, titles) => {
    const p = pack(id);
    expect(p.sections.map((s) => s.title)).toEqual(titles);
    for (const s of p.sections) expect(s.title).not.toMatch(/^\d/);
  });

  it.each(packSeeds)("%s: every section title is the seed's wording", (id, seed) => {
    const lower = seed.toLowerCase();
    expect(
      pack(id)
        .sections.map((s) => s.title)
        .filter((t) => !lower.includes(t.toLowerCase())),
    ).toEqual([]);
  });

  it.each([
    [
      "dhr",
      [
        "Date",
        "Time",
        "Source of evidence",
        "Name of professional",
        "Contact with",
        "Event description, actions taken, decisions made",
        "Comments",
      ],
    ],
    [
      "cspr",
      ["Date", "Source of Information/Event", "Activity", "Response or Outcome of Activity"],
    ],
    [
      "sar",
      [
        "Date of contact",
        "Time of contact",
        "Who the contact was with",
        "Key interventions, actions taken and decisions made",
      ],
    ],
  ])(
    "%s chronology has the agreed columns in order, the date first and the only date column",
    (id, headers) => {
      const { columns } = pack(id).chronology;
      expect(columns.map((c) => c.header)).toEqual(headers);
      expect(columns.filter((c) => c.kind === "date").map((c) => c.id)).toEqual([columns[0].id]);
      expect(columns[0].required).toBe(true);
    },
  );

  it("the DHR chronology keeps the seed's example row and kinds", () => {
    const { chronology } = pack("dhr");
    expect(chronology.title).toBe("Comprehensive Agency Chronology");
    expect(chronology.headerFields).toEqual([
      "Name of Agency:",
      "IMR Report Writer:",
      "Dates as given in the Terms of Reference:",
      "Name (s) or initials of victim, perpetrator or relevant persons:",
    ]);
    const byId = Object.fromEntries(chronology.columns.map((c) => [c.id, c]));
    expect(byId.date.example).toBe("01/01/2012");
    expect(byId.time).toMatchObject({ kind: "time", example: "17:00" });
    expect(chronology.columns.filter((c) => c.required).map((c) => c.header)).toEqual([
      "Date",
      "Source of evidence",
      "Event description, actions taken, decisions made",
    ]);
    expect(byId.source.aliases).toContain("Source of Information");
    expect(chronology.columns.every((c) => c.example)).toBe(true);
  });

  it("the DHR action plan is the seed's 7-column Single Agency Recommendations table", () => {
    const plan = pack("dhr").actionPlan;
    expect(plan?.title).toBe("Single Agency Recommendations for Action");
    expect(plan?.columns.map((c) => c.header)).toEqual([
      "No.",
      "Recommendation",
      "Key Actions",
      "Evidence",
      "Key Outcomes",
      "Lead Officer",
      "Date",
    ]);
    expect(plan?.columns.find((c) => c.id === "key-actions")?.example).toContain(
      "Specific Measurable Achievable Realistic and Timely.",
    );
  });

  it("the DHR cover is the seed's cover table with its hints", () => {
    const { cover } = pack("dhr");
    expect(cover.fields.map((f) => f.label)).toEqual([
      "Domestic Homicide Review in respect of",
      "Date of Birth",
      "Date of Death",
      "Ethnicity / Diversity issues for the victim",
      "Details of perpetrator (s)",
      "Details of other relevant persons",
      "Author of IMR",
      "Agency",
      "Quality assured and approved by",
      "Date of first submission",
      "Date of revision",
      "Date of final submission",
    ]);
    expect(cover.fields.find((f) => f.label === "Author of IMR")?.hint).toBe(
      "Insert name and designation of IMR author here",
    );
    expect(
      notIn(
        seeds.gm,
        cover.fields.map((f) => f.label),
      ),
    ).toEqual([]);
  });

  it("the DHR pack names DARDR, is marked OFFICIAL-SENSITIVE and treats the old markings as obsolete", () => {
    const p = pack("dhr");
    expect(p.description).toMatch(/Domestic Abuse Related Death Review \(DARDR\)/);
    expect(p.protectiveMarking).toEqual({
      default: "OFFICIAL-SENSITIVE",
      obsolete: ["RESTRICTED", "PROTECT", "NOT PROTECTIVELY MARKED"],
    });
  });

  it("the DHR learning section sits under the analysis and carries the seed's three questions", () => {
    const sections = pack("dhr").sections;
    const learning = sections.find((s) => s.id === "learning");
    expect(learning?.level).toBe(2);
    expect(learning?.questions).toHaveLength(3);
    expect(sections.find((s) => s.id === "analysis")?.questions).toHaveLength(17);
    expect(sections.find((s) => s.id === "methodology")?.startingText).toEqual([
      expect.stringMatching(/^We have included what we consider to be relevant/),
    ]);
  });

  it("the CSPR pack has the professionals grid and the key to initials", () => {
    const p = pack("cspr");
    expect(p.professionals?.columns.map((c) => [c.header, c.example])).toEqual([
      ["Name and Role of Professional", "e.g. Joe Bloggs – Social Worker"],
      ["Period of involvement", "e.g. 15/12/2015 - 12/02/2016"],
    ]);
    expect(p.sections.find((s) => s.table === "professionals")?.title).toBe(
      "Summary of Agency Involvement",
    );
    expect(p.keyToInitials?.title).toBe("Key to Initials Used");
    expect(p.sections.find((s) => s.table === "keyToInitials")?.title).toBe("Key to Initials Used");
    expect(p.actionPlan).toBeUndefined();
  });

  it("the SAR pack has the abbreviations sheet in section 10 and the sign-off in the cover", () => {
    const p = pack("sar");
    expect(p.sections.find((s) => s.table === "keyToInitials")?.title).toBe(
      "Abbreviations & anonymisation",
    );
    const labels = p.cover.fields.map((f) => f.label);
    expect(labels).toEqual(
      expect.arrayContaining(["SIGNATURES: i) Author", "SIGNATURES: ii) Director/Other"]),
    );
    expect(labels).toContain("DATE OF IMR COMPLETION:");
    // The seed's own labels are copied as they stand.
    expect(
      notIn(
        seeds.adults,
        labels.filter((l) => !l.startsWith("SIGNATURES")),
      ),
    ).toEqual([]);
  });

  it.each(["dhr", "cspr", "sar"])("%s holds each table in exactly one section", (id) => {
    const p = pack(id);
    const held = p.sections.flatMap((s) => (s.table ? [s.table] : []));
    expect(new Set(held).size).toBe(held.length);
    expect(held).toContain("chronology");
    for (const t of ["actionPlan", "professionals", "keyToInitials"] as const) {
      expect(held.includes(t)).toBe(p[t] !== undefined);
    }
  });

  it.each(["dhr", "cspr", "sar"])(
    "%s: ids are unique and no title or alias names two sections",
    (id) => {
      const p = pack(id);
      const noteIds = allNotes(p).map((n) => n.id);
      expect(new Set(noteIds).size).toBe(noteIds.length);
      const sectionIds = p.sections.map((s) => s.id);
      expect(new Set(sectionIds).size).toBe(sectionIds.length);
      const owner = new Map<string, string>();
      for (const s of p.sections) {
        for (const name of [s.title, ...s.aliases]) {
          const key = name
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, " ")
            .trim();
          expect([key, owner.get(key) ?? s.id]).toEqual([key, s.id]);
          owner.set(key, s.id);
        }
      }
      for (const spec of tableSpecs(p)) {
        const colIds = spec.columns.map((c) => c.id);
        expect(new Set(colIds).size).toBe(colIds.length);
      }
    },
  );

  it.each(["dhr", "cspr", "sar"])(
    "%s: the template gives every guidance note and cell its own tag",
    (id) => {
      const items = templateLayout(pack(id));
      const tags = items.flatMap((item) => {
        if (item.kind === "guidance") return [item.tag];
        if (item.kind === "table")
          return item.rows.flat().flatMap((c) => (c.kind === "guidance" ? [c.tag] : []));
        return [];
      });
      expect(tags.length).toBeGreaterThan(5);
      expect(tags.filter((t, i) => tags.indexOf(t) !== i)).toEqual([]);
    },
  );
});

describe("built-in packs are copied word for word from the seeds", () => {
  it("the check can fail: an altered seed sentence is not found", () => {
    expect(
      notIn(seeds.gm, ["These notes must be deleted before the IMR report is submitted."]),
    ).toEqual([]);
    expect(
      notIn(seeds.gm, ["These notes must be removed before the IMR report is submitted."]),
    ).toHaveLength(1);
    expect(notIn(seeds.gm, ["Do not use agency abbreviations, jargon or acronyms."])).toHaveLength(
      1,
    );
  });

  it.each(packSeeds)("%s: every guidance text in the template occurs in its seed", (id, seed) => {
    const texts = guidanceTexts(templateLayout(pack(id)));
    expect(texts.length).toBeGreaterThan(10);
    expect(notIn(seed, texts)).toEqual([]);
  });

  it.each(packSeeds)(
    "%s: every guidance paragraph, question and starting text occurs in its seed",
    (id, seed) => {
      const p = pack(id);
      const texts = [
        ...allNotes(p).flatMap((n) => n.paragraphs.map((para) => para.text)),
        ...p.sections.flatMap((s) => [...s.questions, ...s.startingText]),
      ];
      expect(notIn(seed, texts)).toEqual([]);
    },
  );

  it("the DHR and CSPR chronology headers are the seeds' own", () => {
    expect(
      notIn(
        seeds.gm,
        pack("dhr").chronology.columns.map((c) => c.header),
      ),
    ).toEqual([]);
    expect(notIn(seeds.gm, pack("dhr").actionPlan?.columns.map((c) => c.header) ?? [])).toEqual([]);
    expect(
      notIn(
        seeds.derbyshire,
        pack("cspr").chronology.columns.map((c) => c.header),
      ),
    ).toEqual([]);
    expect(notIn(seeds.derbyshire, pack("cspr").chronology.headerFields)).toEqual([]);
  });

  it("keeps distinctive seed sentences", () => {
    const dhr = guidanceTexts(templateLayout(pack("dhr"))).join("\n");
    expect(dhr).toContain("These notes must be deleted before the IMR report is submitted.");
    expect(dhr).toContain("Do not use agency abbreviations, jargon or initials.");
    expect(dhr).toContain(
      "To what degree could the homicide have been accurately predicted or prevented?",
    );
    expect(dhr).toContain(
      "Were internal policies adhered to, is it relevant to the DHR Terms of Reference",
    );
    const cspr = guidanceTexts(templateLayout(pack("cspr"))).join("\n");
    expect(cspr).toContain("Were the services provided impactful?");
    expect(cspr).toContain("whether they were interviewed or not for the purposes of this IMR.");
    const sar = guidanceTexts(templateLayout(pack("sar"))).join("\n");
    expect(sar).toContain(
      "Was a Mental Capacity Act Assessment of the vulnerable adult completed? Was this recorded?",
    );
    expect(sar).toContain("If staff are named include their role and employing agency.");
  });
});

describe("QA sets", () => {
  it("the GM form has the seed's 15 criteria, word for word, answered Yes / No / Partially", () => {
    const gm = pack("dhr").qa.sets.find((s) => s.id === "gm-dhr-qa");
    expect(gm?.criteria).toHaveLength(15);
    expect(gm?.answers).toEqual(["Yes", "No", "Partially"]);
    expect(gm?.source).toBe("Greater Manchester DHR policy, Appendix 4");
    expect(gm?.criteria[0].text).toBe(
      "The scope of the review is unambiguous, outcome-focused and supported by clear terms of reference",
    );
    expect(gm?.criteria[14].text).toBe(
      "Action plan has been agreed with relevant senior management groups",
    );
    expect(notIn(seeds.gm, gm?.criteria.map((c) => c.text) ?? [])).toEqual([]);
  });

  it("the NCVPP set has one criterion per checklist item of seed 001, word for word", () => {
    const items = readSeed("001")
      .split("\n")
      .map((line) => line.replace(/^\s*-?\s*✓?\s*/, "").trim())
      .filter((line) => /^(Are|Does|Is)\b.*\?$/.test(line));
    expect(items).toHaveLength(24);
    expect(ncvppPoliceQaSet.criteria.map((c) => c.text)).toEqual(items.map(normalise));
  });

  it.each(["dhr", "cspr", "sar"])(
    "%s offers both shared sets, the GM form first and by default",
    (id) => {
      const { qa } = pack(id);
      expect(qa.defaultSet).toBe("gm-dhr-qa");
      expect(qa.sets.map((s) => s.id)).toEqual(["gm-dhr-qa", "ncvpp-police"]);
    },
  );

  it("the sets are written once and shared", () => {
    expect(csprPack.qa.sets[0]).toBe(gmDhrQaSet);
    expect(sarPack.qa.sets[1]).toBe(ncvppPoliceQaSet);
    expect(dhrPack.qa.sets[0]).toBe(gmDhrQaSet);
  });

  it("every criterion names only known evidence providers, without repeats", () => {
    const known = new Set<string>(EVIDENCE_PROVIDERS);
    for (const set of [gmDhrQaSet, ncvppPoliceQaSet]) {
      for (const c of set.criteria) {
        expect(c.evidence.filter((e) => !known.has(e))).toEqual([]);
        expect(new Set(c.evidence).size).toBe(c.evidence.length);
      }
      const ids = set.criteria.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(gmDhrQaSet.criteria.find((c) => c.id === "chronology")?.evidence).toContain(
      "chronology",
    );
    expect(
      ncvppPoliceQaSet.criteria.find((c) => c.id === "recommendations-smart")?.evidence,
    ).toEqual(["recommendations"]);
  });
});
