import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInSettings, parseOrganisationJson, resolveOrganisation } from "../../src/core/config";
import type { DocModel } from "../../src/core/model/types";
import { builtinPack } from "../../src/core/packs/registry";
import {
  defaultPack,
  knownPack,
  offeredPack,
  resolveReportPack,
  UNKNOWN_PACK_REASON,
} from "../../src/taskpane/report-pack";
import { cleanReport } from "../core/checks/fixtures/reports";

const dhr = builtinPack("dhr")!;
const HEADER = dhr.chronology.columns.map((c) => c.header);
const row = (date: string) => [date, "", "Case record", "", "", "Visit", ""];

/** Only a chronology: no section headings to detect the pack by. */
function chronologyDoc(rows: string[][]): DocModel {
  return {
    blocks: [
      { kind: "paragraph", id: "h", text: "Comprehensive Agency Chronology", headingLevel: 1 },
      { kind: "table", id: "t", rows: [HEADER, ...rows] },
    ],
  };
}

/** The organisation of the e2e fixture: the custom pack "anytown-dhr" first and default. */
const organisation = parseOrganisationJson(
  readFileSync(join(__dirname, "..", "e2e", "fixtures", "organisation", "custom.json"), "utf8"),
).settings;
const anytown = organisation.packs.find((p) => p.id === "anytown-dhr")!;

/** An organisation offering only its own pack and CSPR. */
function narrow() {
  const raw = JSON.parse(
    readFileSync(join(__dirname, "..", "e2e", "fixtures", "organisation", "custom.json"), "utf8"),
  );
  raw.packs.offered = ["anytown-dhr", "cspr"];
  const load = resolveOrganisation(raw);
  expect(load.problems).toEqual([]);
  return load.settings;
}

/** A report written from `pack`'s template that doesn't record its pack. */
const unrecorded = (pack = dhr): DocModel => ({ blocks: cleanReport(pack).blocks });

describe("which template a report is worked on with", () => {
  const builtIn = builtInSettings();

  it("prefers the author's choice, then what the document records or its headings show", () => {
    const model: DocModel = { ...chronologyDoc([row("01/01/2013")]), packId: "dhr" };
    expect(resolveReportPack(model, builtIn, "sar")).toMatchObject({
      how: "chosen",
      pack: { id: "sar" },
    });
    expect(resolveReportPack(model, builtIn, undefined)).toMatchObject({
      how: "detected",
      pack: { id: "dhr" },
      detection: { by: "recorded" },
    });
    expect(resolveReportPack(unrecorded(builtinPack("cspr")), builtIn, undefined)).toMatchObject({
      how: "detected",
      pack: { id: "cspr" },
      detection: { by: "headings" },
    });
  });

  it("falls back, when asked, to the chronology table's headings or the default; else asks", () => {
    const chronology = chronologyDoc([row("01/01/2013")]);
    expect(resolveReportPack(chronology, builtIn, undefined).how).toBe("unknown");
    expect(resolveReportPack(chronology, builtIn, undefined, { byChronology: true })).toMatchObject(
      { how: "chronology", pack: { id: "dhr" } },
    );
    const hello: DocModel = { blocks: [{ kind: "paragraph", id: "p", text: "Hello" }] };
    expect(resolveReportPack(hello, builtIn, undefined, { byChronology: true })).toEqual({
      pack: undefined,
      how: "unknown",
      reason: UNKNOWN_PACK_REASON,
    });
    expect(resolveReportPack(hello, organisation, undefined, { orDefault: true })).toMatchObject({
      how: "default",
      pack: { id: "anytown-dhr" },
    });
  });

  it("detects and uses a custom pack the organisation offers, with the organisation's marking", () => {
    const resolved = resolveReportPack(unrecorded(anytown), organisation, undefined);
    expect(resolved).toMatchObject({ how: "detected", pack: { id: "anytown-dhr" } });
    expect(resolved.pack?.protectiveMarking.default).toBe(organisation.protectiveMarking);
    // Built-in settings know nothing of it: its headings are not a built-in template's.
    expect(resolveReportPack(unrecorded(anytown), builtIn, undefined).pack?.id).not.toBe(
      "anytown-dhr",
    );
    // A recorded custom pack is found too, and a built-in pack comes with the marking.
    expect(
      resolveReportPack({ ...unrecorded(), packId: "anytown-dhr" }, organisation, undefined).pack,
    ).toBe(anytown);
    const chosen = resolveReportPack(unrecorded(), organisation, "sar");
    expect(chosen.pack?.protectiveMarking.default).toBe(organisation.protectiveMarking);
  });

  it("works only with the packs the organisation offers", () => {
    const settings = narrow();
    // A choice the organisation no longer offers is passed over: the document decides.
    expect(resolveReportPack(unrecorded(builtinPack("cspr")), settings, "sar")).toMatchObject({
      how: "detected",
      pack: { id: "cspr" },
    });
    // A document recording a pack that isn't offered is detected among the offered ones.
    const recordedSar: DocModel = { ...unrecorded(builtinPack("sar")), packId: "sar" };
    const resolved = resolveReportPack(recordedSar, settings, undefined);
    expect(resolved).toMatchObject({ how: "detected", detection: { by: "headings" } });
    expect(resolved.pack && offeredPack(settings, resolved.pack.id)).toBe(resolved.pack);
    expect(offeredPack(settings, "sar")).toBeUndefined();
    expect(defaultPack(settings).id).toBe("anytown-dhr");
    // A QA record for a built-in pack the organisation doesn't offer can still be shown.
    expect(knownPack(settings, "sar")?.id).toBe("sar");
    expect(knownPack(settings, "anytown-dhr")).toBe(settings.packs[0]);
    expect(knownPack(settings, "no-such-pack")).toBeUndefined();
  });
});
