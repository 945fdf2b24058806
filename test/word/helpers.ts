/* eslint-disable @typescript-eslint/no-explicit-any -- the global Office objects are untyped here */
import { PackSchema, type Pack } from "../../src/core/packs/schema";
import { createOfficeGateway } from "../../src/word/office-gateway";
import type { WordGateway } from "../../src/word/gateway";
import {
  installFakeOffice,
  uninstallFakeOffice,
  type FakeOfficeOptions,
  type FakeWordHost,
} from "../fakes/word-host";

/** Install the fake Word host on globalThis and make a gateway over it. */
export function setUp(options?: FakeOfficeOptions): { host: FakeWordHost; gateway: WordGateway } {
  const host = installFakeOffice(globalThis as any, options);
  return { host, gateway: createOfficeGateway() };
}

export function tearDown(): void {
  uninstallFakeOffice(globalThis as any);
}

/** A small pack: two sections, a chronology with an example row, guidance with bullets. */
export const smallPack: Pack = PackSchema.parse({
  schemaVersion: 1,
  id: "test",
  title: "Test IMR",
  reviewType: "DHR",
  description: "A pack for adapter tests.",
  source: "Tests",
  protectiveMarking: { default: "OFFICIAL-SENSITIVE" },
  preamble: [
    {
      id: "intro",
      paragraphs: ["Delete these notes before submission.", "Write in plain English."],
    },
  ],
  cover: {
    title: "Individual Management Review",
    fields: [
      { id: "agency", label: "Agency", hint: "Name of your agency" },
      { id: "author", label: "Author" },
    ],
  },
  sections: [
    {
      id: "intro",
      title: "Introduction",
      guidance: [{ id: "intro-note", paragraphs: ["Say why the review is held."] }],
      questions: ["Was the risk assessed?", "Was the family involved?"],
    },
    {
      id: "chronology",
      title: "Chronology",
      level: 2,
      table: "chronology",
      placeholders: ["Add the chronology"],
    },
  ],
  chronology: {
    title: "Chronology",
    headerFields: ["Name of agency:"],
    columns: [
      { id: "date", header: "Date", kind: "date", example: "01/01/2024" },
      { id: "event", header: "Event", example: "Home visit by the health visitor" },
      { id: "source", header: "Source" },
    ],
  },
  qa: {
    defaultSet: "core",
    sets: [
      { id: "core", title: "QA", source: "Tests", criteria: [{ id: "c1", text: "Is it clear?" }] },
    ],
  },
});
