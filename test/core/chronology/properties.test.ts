import fc from "fast-check";
import { chronologyToCsv, readCsv, toCsv } from "../../../src/core/chronology/csv";
import { dateOf, MONTH_NAMES, readDate } from "../../../src/core/chronology/dates";
import { mergeChronologies } from "../../../src/core/chronology/merge";
import { normaliseDates, repairHeader, sortRows } from "../../../src/core/chronology/repair";
import { chronologyFindings } from "../../../src/core/chronology/rules";
import { readTime } from "../../../src/core/chronology/times";
import type { Edit } from "../../../src/core/edits/plan";
import { doc, HEADER, table, testPack } from "./helpers";

const pack = testPack();

const multiset = (cells: readonly string[]): string[] => [...cells].sort();

/** Cell text of any kind, including the characters CSV and dates care about. */
const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom(
    "",
    " ",
    ",",
    '"',
    "\n",
    "\r\n",
    "?",
    "#note",
    "¬",
    "01/01/2012",
    "1/2/12",
    "Spring 2012",
    "5pm",
    "17:00",
  ),
);

const validDate = fc
  .record({
    year: fc.integer({ min: 1970, max: 2069 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .chain((d) =>
    fc
      .integer({ min: d.day, max: new Date(Date.UTC(d.year, d.month, 0)).getUTCDate() })
      .map((day) => ({ ...d, day })),
  );

/** A date cell: a valid date in some form, or anything else. */
const dateCell = fc.oneof(
  validDate.chain((d) =>
    fc.constantFrom(
      `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`,
      `${d.day}/${d.month}/${String(d.year).slice(2)}`,
      `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`,
      `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`,
    ),
  ),
  cellText,
);
const timeCell = fc.oneof(
  fc
    .integer({ min: 0, max: 1439 })
    .map(
      (m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`,
    ),
  fc.constantFrom("", "5pm", "morning", "1700"),
  cellText,
);
const row = fc.tuple(dateCell, timeCell, cellText, cellText, cellText).map((r) => [...r]);
const rows = fc.array(row, { maxLength: 25 });

function replaceEdit(edits: Edit[]): Extract<Edit, { kind: "replaceTable" }> | undefined {
  const e = edits[0];
  return e && e.kind === "replaceTable" ? e : undefined;
}

describe("properties", () => {
  it("sorting never loses or alters a cell's text, and leaves the chronology in order", () => {
    fc.assert(
      fc.property(rows, (body) => {
        const before = [HEADER, ...body];
        const result = sortRows(doc(table(before)), pack);
        if (!result.ok) return false;
        const edit = replaceEdit(result.plan.edits);
        const after = edit ? edit.rows : before;
        expect(after).toHaveLength(before.length);
        expect(after[0]).toEqual(HEADER);
        // Whole rows move: the rows after are a permutation of the rows before.
        expect(multiset(after.map((r) => JSON.stringify(r)))).toEqual(
          multiset(before.map((r) => JSON.stringify(r))),
        );
        expect(
          chronologyFindings(doc(table(after)), pack).filter((f) => f.rule === "chronology.order"),
        ).toEqual([]);
        // Sorting again changes nothing.
        const again = sortRows(doc(table(after)), pack);
        expect(again.ok && again.plan.edits).toEqual([]);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  const headerCell = fc.oneof(
    fc.constantFrom(
      ...HEADER,
      "Date of contact",
      "DATE",
      "Source of Information",
      "Events",
      "Outcome",
      "Notes",
      "",
    ),
    fc.string({ maxLength: 6 }),
  );

  /** A header row that matches the pack: the date column, most others, renamed or not, extras, any order. */
  const chronologyHeader = fc
    .tuple(
      fc.constantFrom("Date", "DATE", "Date of contact"),
      fc.shuffledSubarray(
        [
          "Time",
          "Source of evidence",
          "Source of Information",
          "Events",
          "Event description",
          "Comments",
        ],
        {
          minLength: 2,
        },
      ),
      fc.uniqueArray(fc.constantFrom("Outcome", "Notes", "", "Agency"), { maxLength: 2 }),
    )
    .chain(([date, others, extras]) => {
      const all = [...new Set([date, ...others, ...extras])];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });

  it("header repair moves cells with their columns: each row is a permutation of its cells plus empty additions", () => {
    let matched = 0;
    fc.assert(
      fc.property(
        fc.oneof(chronologyHeader, fc.uniqueArray(headerCell, { minLength: 1, maxLength: 7 })),
        fc.array(fc.array(cellText, { maxLength: 8 }), { maxLength: 12 }),
        (header, body) => {
          const before = [header, ...body];
          const result = repairHeader(doc(table(before)), pack);
          if (!result.ok) return true; // no chronology matched: nothing to check
          matched += 1;
          const edit = replaceEdit(result.plan.edits);
          const after = edit ? edit.rows : before;
          expect(after).toHaveLength(before.length);
          expect(after[0].slice(0, pack.chronology.columns.length)).toEqual(
            pack.chronology.columns.map((c) => c.header),
          );
          body.forEach((cells, i) => {
            const out = after[i + 1];
            const nonEmpty = (xs: string[]) => multiset(xs.filter((x) => x !== ""));
            expect(nonEmpty(out)).toEqual(nonEmpty(cells));
            expect(out.length).toBeGreaterThanOrEqual(cells.length);
          });
          return true;
        },
      ),
      { numRuns: 300 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it("normalising dates changes only date cells, each to a date that reads as the same day", () => {
    fc.assert(
      fc.property(rows, (body) => {
        const before = [HEADER, ...body];
        const result = normaliseDates(doc(table(before)), pack);
        if (!result.ok) return false;
        const after = replaceEdit(result.plan.edits)?.rows ?? before;
        after.forEach((r, i) =>
          r.forEach((c, j) => {
            if (c === before[i][j]) return;
            expect(j).toBe(0);
            expect(readDate(c).status).toBe("valid");
            expect(dateOf(c)).toEqual(dateOf(before[i][j]));
          }),
        );
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("a normalised date re-parses, in the strict form, to the same day", () => {
    fc.assert(
      fc.property(fc.oneof(dateCell, fc.string({ maxLength: 20 })), (text) => {
        const r = readDate(text);
        if (r.status !== "normalisable") return true;
        const again = readDate(r.normalised);
        expect(again.status).toBe("valid");
        expect(again.status === "valid" && again.value).toEqual(r.value);
        expect(again.status === "valid" && again.uncertain).toBe(r.uncertain);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it("every valid date in any accepted form reads as that day", () => {
    fc.assert(
      fc.property(validDate, (d) => {
        const forms = [
          `${d.day}/${d.month}/${d.year}`,
          `${d.day}.${d.month}.${String(d.year).slice(2)}`,
          `${d.day}-${MONTH_NAMES[d.month - 1].slice(0, 3)}-${String(d.year).slice(2)}`,
          `${MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year}`,
          `${d.year}-${d.month}-${d.day}`,
        ];
        for (const f of forms) expect(dateOf(f)).toMatchObject(d);
      }),
    );
  });

  it("a normalised time re-parses, in the strict form, to the same minute", () => {
    fc.assert(
      fc.property(fc.oneof(timeCell, fc.string({ maxLength: 10 })), (text) => {
        const r = readTime(text);
        if (r.status !== "normalisable") return true;
        expect(readTime(r.normalised)).toEqual({ status: "valid", minutes: r.minutes });
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc
      .array(fc.constantFrom(",", '"', "\n", "\r", "\r\n", "a", " ", "é", "😀", "\uFEFF"), {
        maxLength: 10,
      })
      .map((xs) => xs.join("")),
  );

  it("CSV round-trips through readCsv for arbitrary strings", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyText, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        (records) => {
          expect(readCsv(toCsv(records))).toEqual({ ok: true, records });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a chronology's CSV reads back to its rows", () => {
    const columns = ["Date", "Event", "Agency"];
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText, anyText), { maxLength: 8 }), (tuples) => {
        const chronologyRows = tuples.map(([Date, Event, Agency]) => ({ Date, Event, Agency }));
        const back = readCsv(chronologyToCsv(chronologyRows, columns));
        expect(back).toEqual({ ok: true, records: [columns, ...tuples.map((t) => [...t])] });
      }),
    );
  });

  it("merging keeps every non-empty row, with its text, sorted by date", () => {
    fc.assert(
      fc.property(fc.array(rows, { minLength: 1, maxLength: 4 }), (inputs) => {
        const merged = mergeChronologies(
          inputs.map((r, i) => ({ agency: `A${i}`, columns: HEADER, rows: r })),
        );
        const kept = inputs.flatMap((r, i) =>
          r
            .filter((cells) => cells.some((c) => c.trim() !== ""))
            .map((cells) => JSON.stringify([...cells, `A${i}`])),
        );
        expect(multiset(merged.rows.map((r) => JSON.stringify(r)))).toEqual(multiset(kept));
        const dated = merged.rows
          .slice(0, merged.rows.length - merged.undated.length)
          .map((r) => dateOf(r[0])!.key);
        dated.forEach((k, i) => i === 0 || expect(k).toBeGreaterThanOrEqual(dated[i - 1]));
        merged.rows.slice(dated.length).forEach((r) => expect(dateOf(r[0])).toBeUndefined());
      }),
      { numRuns: 200 },
    );
  });
});
