import fc from "fast-check";
import { QaStateV2Schema, type QaState } from "../../../src/core/qa/schema";
import { fullState } from "./fixtures";
import { qaFromXml, qaLoadFromXml, qaToXml } from "../../../src/docx/custom-xml/qa-xml";

describe("qaToXml", () => {
  it("writes real XML elements in the QA namespace with a schema version", () => {
    const xml = qaToXml(fullState);
    expect(
      xml.startsWith(
        '<qa xmlns="urn:imr-assistant:qa" schemaVersion="2" packId="dhr" setId="gm-dhr-qa" status="approved">',
      ),
    ).toBe(true);
    expect(xml).toContain(
      '<answer criterion="scope" value="Yes" by="Jane QA" at="2024-03-05T10:00:00.000Z">Clear &amp; numbered &lt;ToR&gt;</answer>',
    );
    expect(xml).toContain(
      '<dates imrRequested="01/02/2024" firstSubmission="01/03/2024" qaCompleted="06/03/2024"/>',
    );
    expect(xml).toContain(
      '<signOff name="Jane O\'Brien-Smith" role="Head of Safeguarding &amp; Quality" date="06/03/2024"/>',
    );
    expect(xml).not.toContain("{");
  });
});

describe("qaFromXml", () => {
  it("round-trips a full state exactly (line breaks, spaces and markup characters included)", () => {
    expect(qaFromXml(qaToXml(fullState))).toEqual({ ok: true, value: fullState });
  });

  it("round-trips any valid state (property)", () => {
    const text = fc.string({
      unit: fc.constantFrom(..."ab <>&\"'\n\r\t’é😀".split("").concat(["😀"])),
      maxLength: 30,
    });
    const nonEmpty = text.filter((t) => t.trim().length > 0);
    const at = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString());
    const ukDate = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
      .map(
        (d) =>
          `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`,
      );
    const state = fc.record({
      schemaVersion: fc.constant(2 as const),
      packId: nonEmpty,
      setId: nonEmpty,
      status: fc.constantFrom("draft", "submitted-for-qa", "returned-for-revision") as fc.Arbitrary<
        QaState["status"]
      >,
      answers: fc.dictionary(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
        fc.record({ answer: nonEmpty, comment: text, by: text, at }),
      ),
      comments: fc
        .uniqueArray(
          fc.record({
            id: fc.stringMatching(/^c[0-9]{1,3}$/),
            criterionId: fc.option(nonEmpty, { nil: undefined }),
            text: nonEmpty,
            by: text,
            at,
            anchorText: text,
          }),
          { selector: (c) => c.id, maxLength: 4 },
        )
        .map((cs) =>
          cs.map((c) =>
            c.criterionId === undefined ? (({ criterionId: _, ...rest }) => rest)(c) : c,
          ),
        ),
      dates: fc.record({ imrRequested: ukDate, revision: ukDate }, { requiredKeys: [] }),
      history: fc.array(
        fc.record({
          status: fc.constantFrom("draft", "approved") as fc.Arbitrary<QaState["status"]>,
          by: text,
          at,
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(state, (s) => {
        const valid = QaStateV2Schema.safeParse(s);
        fc.pre(valid.success);
        expect(qaFromXml(qaToXml(valid.data!))).toEqual({ ok: true, value: valid.data });
      }),
      { numRuns: 200 },
    );
  });

  it("migrates a version 1 record", () => {
    const v1 =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<qa xmlns="urn:imr-assistant:qa" schemaVersion="1" packId="dhr" setId="gm-dhr-qa" status="in-review" reviewer="Jane QA" updated="2023-11-01T09:00:00Z" submitted="20/10/2023">' +
      '<answer criterion="scope" value="Yes">Clear</answer><answer criterion="independent-author" value="No"/>' +
      "</qa>";
    const load = qaLoadFromXml(v1);
    expect(load).toEqual({
      kind: "ok",
      migratedFrom: 1,
      state: {
        schemaVersion: 2,
        packId: "dhr",
        setId: "gm-dhr-qa",
        status: "submitted-for-qa",
        answers: {
          scope: { answer: "Yes", comment: "Clear", by: "Jane QA", at: "2023-11-01T09:00:00Z" },
          "independent-author": {
            answer: "No",
            comment: "",
            by: "Jane QA",
            at: "2023-11-01T09:00:00Z",
          },
        },
        comments: [],
        dates: { firstSubmission: "20/10/2023" },
        history: [{ status: "submitted-for-qa", by: "Jane QA", at: "2023-11-01T09:00:00Z" }],
      },
    });
    const migrated = qaFromXml(v1);
    expect(migrated.ok && qaFromXml(qaToXml(migrated.value))).toEqual(migrated);
  });

  it("refuses a newer version with a clear message", () => {
    const r = qaFromXml('<qa xmlns="urn:imr-assistant:qa" schemaVersion="7"><whatever/></qa>');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0].path).toBe("schemaVersion");
      expect(r.problems[0].message).toMatch(
        /saved by a newer version of IMR Assistant \(record version 7/,
      );
    }
    expect(qaLoadFromXml('<qa xmlns="urn:imr-assistant:qa" schemaVersion="3"/>').kind).toBe(
      "newer",
    );
  });

  it.each([
    [
      "malformed XML",
      '<qa xmlns="urn:imr-assistant:qa" schemaVersion="2"><answers>',
      /not well-formed XML/,
    ],
    ["an empty string", "", /not well-formed XML|no root element/],
    [
      "another namespace",
      '<qa xmlns="urn:other" schemaVersion="2"/>',
      /not a QA record: its root element is <qa> in "urn:other"/,
    ],
    ["no version", '<qa xmlns="urn:imr-assistant:qa"/>', /no valid schema version/],
    [
      "a bad date",
      '<qa xmlns="urn:imr-assistant:qa" schemaVersion="2" packId="p" setId="s" status="draft"><dates revision="2024-01-01"/></qa>',
      /dates.revision: must be a date written dd\/mm\/yyyy/,
    ],
    [
      "a missing time",
      '<qa xmlns="urn:imr-assistant:qa" schemaVersion="2" packId="p" setId="s" status="draft"><answers><answer criterion="x" value="Yes"/></answers></qa>',
      /answers.x.at/,
    ],
  ])("gives a clear problem, never a throw, for %s", (_, xml, message) => {
    const r = qaFromXml(xml);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `${p.path}: ${p.message}`).join("; ")).toMatch(message);
  });

  it("ignores unknown elements and attributes (room for later additions)", () => {
    const xml = qaToXml({ ...fullState, status: "draft", signOff: undefined }).replace(
      "<answers>",
      '<extra a="1"/><answers future="x">',
    );
    const r = qaFromXml(xml);
    expect(r.ok && r.value.answers.scope.answer).toBe("Yes");
  });
});
