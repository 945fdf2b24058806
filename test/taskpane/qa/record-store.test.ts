import { builtinPack } from "../../../src/core/packs/registry";
import { answer, emptyState, qaSetOf } from "../../../src/core/qa/state";
import type { QaState } from "../../../src/core/qa/schema";
import { qaFromXml, qaToXml } from "../../../src/docx/custom-xml/qa-xml";
import { QA_NAMESPACE } from "../../../src/docx/custom-xml/xml-util";
import { QaRecordStore, readNewerForDisplay } from "../../../src/taskpane/qa/record-store";
import { setUp, tearDown } from "../../word/helpers";

afterEach(tearDown);

const pack = builtinPack("dhr")!;
const set = qaSetOf(pack, pack.qa.defaultSet)!;
const NOW = new Date("2024-03-05T10:00:00.000Z");

function answered(state: QaState, id: string, value: string): QaState {
  const r = answer(state, set, id, value, `Comment on ${id}`, "Jane QA", NOW);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

function storedXml(host: { customXmlParts(): { namespaceUri: string; xml: string }[] }) {
  return host.customXmlParts().filter((p) => p.namespaceUri === QA_NAMESPACE);
}

const V3 = `<qa xmlns="${QA_NAMESPACE}" schemaVersion="3" packId="dhr" setId="${set.id}" status="submitted-for-qa"><answers><answer criterion="scope" value="Yes" by="Future QA" at="2030-01-01T00:00:00.000Z">ok</answer></answers><newThing/></qa>`;

describe("QaRecordStore", () => {
  it("creates the record on the first change and saves it in the document", async () => {
    const { host, gateway } = setUp();
    const store = new QaRecordStore(gateway, 10_000);
    await store.load();
    expect(store.getSnapshot()).toMatchObject({
      loaded: true,
      source: "none",
      save: { phase: "idle" },
    });
    expect(storedXml(host)).toEqual([]);

    const next = answered(emptyState(pack), "scope", "Yes");
    expect(store.update(next)).toBe(true);
    expect(store.getSnapshot().save).toEqual({ phase: "pending" });
    expect(storedXml(host)).toEqual([]); // debounced: nothing written yet
    await store.flush();
    expect(store.getSnapshot()).toMatchObject({ source: "stored", save: { phase: "saved" } });
    const parts = storedXml(host);
    expect(parts).toHaveLength(1);
    expect(qaFromXml(parts[0].xml)).toEqual({ ok: true, value: next });

    // The pane reloads: a new store reads the same record back.
    const again = new QaRecordStore(gateway);
    await again.load();
    expect(again.getSnapshot()).toMatchObject({ source: "stored", state: next });
  });

  it("saves the last of several quick changes once, after the pause", async () => {
    jest.useFakeTimers();
    try {
      const { host, gateway } = setUp();
      const store = new QaRecordStore(gateway, 500);
      await store.load();
      const a = answered(emptyState(pack), "scope", "Yes");
      const b = answered(a, "timescale", "No");
      store.update(a);
      store.update(b);
      const writes = jest.spyOn(gateway, "writeCustomXml");
      await jest.advanceTimersByTimeAsync(600);
      await store.flush();
      expect(writes).toHaveBeenCalledTimes(1);
      expect(qaFromXml(storedXml(host)[0].xml)).toEqual({ ok: true, value: b });
    } finally {
      jest.useRealTimers();
    }
  });

  it("reads a version 1 record migrated, without writing it until something changes", async () => {
    const { host, gateway } = setUp();
    const v1 = `<qa xmlns="${QA_NAMESPACE}" schemaVersion="1" packId="dhr" setId="${set.id}" status="in-progress" reviewer="Old QA" updated="2023-11-01T09:00:00Z"><answer criterion="scope" value="No">Unclear</answer></qa>`;
    await gateway.writeCustomXml(QA_NAMESPACE, v1);
    const store = new QaRecordStore(gateway, 10_000);
    await store.load();
    const snap = store.getSnapshot();
    expect(snap).toMatchObject({ source: "stored", migratedFrom: 1 });
    expect(snap.state?.answers.scope).toMatchObject({
      answer: "No",
      comment: "Unclear",
      by: "Old QA",
    });
    expect(storedXml(host)[0].xml).toBe(v1);
    store.update(answered(snap.state!, "timescale", "Yes"));
    await store.flush();
    expect(storedXml(host)[0].xml).toContain('schemaVersion="2"');
  });

  it("shows a newer version's record read-only and never writes over it", async () => {
    const { host, gateway } = setUp();
    await gateway.writeCustomXml(QA_NAMESPACE, V3);
    const store = new QaRecordStore(gateway, 0);
    await store.load();
    const snap = store.getSnapshot();
    expect(snap.source).toBe("read-only");
    expect(snap.notice).toMatch(/saved by a newer version of IMR Assistant \(record version 3/);
    expect(snap.state?.answers.scope).toMatchObject({ answer: "Yes", by: "Future QA" });
    expect(store.update(emptyState(pack))).toBe(false);
    await store.flush();
    expect(storedXml(host).map((p) => p.xml)).toEqual([V3]);
  });

  it("stops, without writing, when a newer version saved the record in the meantime", async () => {
    const { host, gateway } = setUp();
    const store = new QaRecordStore(gateway, 10_000);
    await store.load();
    store.update(answered(emptyState(pack), "scope", "Yes"));
    await store.flush();
    await gateway.writeCustomXml(QA_NAMESPACE, V3); // another copy of the add-in, newer
    store.update(answered(store.getSnapshot().state!, "timescale", "No"));
    await store.flush();
    expect(store.getSnapshot()).toMatchObject({ source: "read-only", save: { phase: "failed" } });
    expect(storedXml(host).map((p) => p.xml)).toEqual([V3]);
  });

  it("keeps an unreadable record as it is and says why", async () => {
    const { host, gateway } = setUp();
    const bad = `<qa xmlns="${QA_NAMESPACE}" schemaVersion="2" packId="dhr" setId="${set.id}" status="finished"/>`;
    await gateway.writeCustomXml(QA_NAMESPACE, bad);
    const store = new QaRecordStore(gateway, 0);
    await store.load();
    expect(store.getSnapshot().source).toBe("read-only");
    expect(store.getSnapshot().state).toBeUndefined();
    expect(store.getSnapshot().notice).toMatch(
      /can't be read \(status: .*\)\. It has been left exactly as it is/,
    );
    expect(store.update(emptyState(pack))).toBe(false);
    expect(storedXml(host).map((p) => p.xml)).toEqual([bad]);
  });

  it("works for the session only where Word has no custom XML (WordApi 1.3)", async () => {
    const { gateway } = setUp({ requirementSets: { WordApi: "1.3" } });
    const writes = jest.spyOn(gateway, "writeCustomXml");
    const store = new QaRecordStore(gateway, 0);
    await store.load();
    expect(store.getSnapshot()).toMatchObject({ source: "session" });
    expect(store.getSnapshot().notice).toMatch(/can't store the QA record inside the document/);
    const next = answered(emptyState(pack), "scope", "Yes");
    expect(store.update(next)).toBe(true);
    await store.flush();
    expect(store.getSnapshot().state).toEqual(next);
    expect(writes).not.toHaveBeenCalled();
  });
});

describe("readNewerForDisplay", () => {
  it("reads what it can of a newer record, ignoring what it does not know", () => {
    expect(readNewerForDisplay(V3)?.status).toBe("submitted-for-qa");
  });
  it("gives up on XML it cannot read", () => {
    expect(readNewerForDisplay("<qa>")).toBeUndefined();
    expect(
      readNewerForDisplay(qaToXml(emptyState(pack)).replace(/schemaVersion="2"/, "")),
    ).toBeUndefined();
  });
});
