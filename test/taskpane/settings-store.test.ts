import { SETTINGS_NAMESPACE } from "../../src/core/settings";
import { settingsToXml } from "../../src/docx/custom-xml/settings-xml";
import {
  DocumentSettingsStore,
  SESSION_ONLY_NOTICE,
  settingsStoreFor,
} from "../../src/taskpane/hooks/useDocumentSettings";
import { setUp, tearDown } from "../word/helpers";

afterEach(tearDown);

describe("DocumentSettingsStore", () => {
  it("reads the stored settings and saves changes in the document's custom XML part", async () => {
    const { host, gateway } = setUp({ requirementSets: { WordApi: "1.6" } });
    await gateway.writeCustomXml(
      SETTINGS_NAMESPACE,
      settingsToXml({ schemaVersion: 1, ignoredFindings: ["old|key|"] }),
    );
    const store = new DocumentSettingsStore(gateway);
    await store.load();
    expect(store.getSnapshot()).toMatchObject({
      ready: true,
      persistence: "document",
      settings: { ignoredFindings: ["old|key|"] },
    });
    const r = await store.update((s) => ({ ...s, ignoredFindings: [...s.ignoredFindings, "k2"] }));
    expect(r).toEqual({ ok: true, saved: true });
    const parts = host.customXmlParts().filter((p) => p.namespaceUri === SETTINGS_NAMESPACE);
    expect(parts).toHaveLength(1);
    expect(parts[0].xml).toContain("<finding>k2</finding>");
    // A new pane (a new store) reads what was saved.
    const again = new DocumentSettingsStore(gateway);
    await again.load();
    expect(again.getSnapshot().settings.ignoredFindings).toEqual(["old|key|", "k2"]);
  });

  it("runs writes in order and refuses invalid settings", async () => {
    const { host, gateway } = setUp();
    const store = new DocumentSettingsStore(gateway);
    const a = store.update((s) => ({ ...s, ignoredFindings: [...s.ignoredFindings, "a"] }));
    const b = store.update((s) => ({ ...s, ignoredFindings: [...s.ignoredFindings, "b"] }));
    const bad = store.update((s) => ({ ...s, reviewPeriod: { start: "x", end: "y" } }));
    expect(await a).toEqual({ ok: true, saved: true });
    expect(await b).toEqual({ ok: true, saved: true });
    const refused = await bad;
    expect(refused.ok).toBe(false);
    expect(store.getSnapshot().settings.ignoredFindings).toEqual(["a", "b"]);
    expect(host.customXmlParts()[0].xml).toContain("<finding>a</finding><finding>b</finding>");
  });

  it("keeps settings for the session, and says so, where Word has no custom XML", async () => {
    const { host, gateway } = setUp({ requirementSets: { WordApi: "1.3" } });
    const store = settingsStoreFor(gateway);
    expect(settingsStoreFor(gateway)).toBe(store);
    const r = await store.update((s) => ({ ...s, ignoredFindings: ["k"] }));
    expect(r).toEqual({ ok: true, saved: false });
    expect(store.getSnapshot()).toMatchObject({
      persistence: "session",
      notice: SESSION_ONLY_NOTICE,
      settings: { ignoredFindings: ["k"] },
    });
    expect(host.customXmlParts()).toEqual([]);
  });

  it("never overwrites settings saved by a newer version", async () => {
    const { host, gateway } = setUp();
    const newer = `<settings xmlns="${SETTINGS_NAMESPACE}" schemaVersion="9"><x/></settings>`;
    await gateway.writeCustomXml(SETTINGS_NAMESPACE, newer);
    const store = new DocumentSettingsStore(gateway);
    await store.update((s) => ({ ...s, ignoredFindings: ["k"] }));
    expect(store.getSnapshot().persistence).toBe("session");
    expect(store.getSnapshot().notice).toMatch(/newer version/);
    expect(host.customXmlParts()[0].xml).toBe(newer);
  });
});
