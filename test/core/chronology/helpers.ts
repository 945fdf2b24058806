import type { DocModel, TableBlock } from "../../../src/core/model/types";
import { PackSchema, type Pack, type PackInput } from "../../../src/core/packs/schema";

/** A small pack with a DHR-like chronology: Date | Time | Source | Event | Comments. */
export function testPack(columns?: PackInput["chronology"]["columns"]): Pack {
  return PackSchema.parse({
    schemaVersion: 1,
    id: "test",
    title: "Test IMR",
    reviewType: "DHR",
    description: "A pack for tests.",
    source: "Tests",
    protectiveMarking: { default: "OFFICIAL-SENSITIVE" },
    cover: { title: "IMR", fields: [{ id: "agency", label: "Agency" }] },
    sections: [{ id: "chronology", title: "Chronology", table: "chronology" }],
    chronology: {
      title: "Chronology",
      columns: columns ?? [
        {
          id: "date",
          header: "Date",
          kind: "date",
          required: true,
          aliases: ["Date of contact"],
          example: "01/01/2012",
        },
        { id: "time", header: "Time", kind: "time", example: "17:00" },
        {
          id: "source",
          header: "Source of evidence",
          required: true,
          aliases: ["Source of Information"],
          example: "E.g. case record, interview, minutes",
        },
        {
          id: "event",
          header: "Event description",
          required: true,
          example: "Detail what the contact involved",
        },
        { id: "comments", header: "Comments" },
      ],
    },
    qa: {
      defaultSet: "qa",
      sets: [
        { id: "qa", title: "QA", source: "Tests", criteria: [{ id: "c1", text: "A criterion" }] },
      ],
    },
  } satisfies PackInput);
}

export const HEADER = ["Date", "Time", "Source of evidence", "Event description", "Comments"];

/** A chronology row: date, time, source, event, comments. */
export function entry(
  date: string,
  time = "",
  source = "Case record",
  event = "Home visit",
  comments = "",
): string[] {
  return [date, time, source, event, comments];
}

export function table(rows: string[][], extra: Partial<TableBlock> = {}): TableBlock {
  return { kind: "table", id: "chron", rows, ...extra };
}

/** A document holding a heading and the chronology table (and any other blocks given). */
export function doc(chronology: TableBlock, before: DocModel["blocks"] = []): DocModel {
  return {
    blocks: [
      ...before,
      { kind: "paragraph", id: "h", text: "5. Comprehensive Agency Chronology", headingLevel: 1 },
      chronology,
      { kind: "paragraph", id: "after", text: "Summary follows." },
    ],
  };
}

export function chronologyDoc(rows: string[][], extra: Partial<TableBlock> = {}): DocModel {
  return doc(table([HEADER, ...rows], extra));
}
