import { createFakeOffice, installFakeOffice, uninstallFakeOffice } from "./index";
import { REOPEN_STORAGE_KEY } from "./reopen";

describe("reopening a fake document", () => {
  const start = {
    blocks: [
      { text: "Analysis", style: "Heading1" },
      {
        text: "Say what happened.",
        color: "#FF0000",
        italic: true,
        controlTag: "imr:guidance:x:y",
        controlTitle: "Guidance note",
      },
      "She was seen at home.",
      {
        table: [
          ["Date", "Event"],
          ["01/02/2020", "Seen"],
        ],
        headerRows: 1,
        guidanceCells: [{ row: 1, column: 1, tag: "imr:guidance:x:z" }],
      },
    ],
    customXmlParts: [{ namespaceUri: "urn:test", xml: '<a xmlns="urn:test"/>' }],
  };

  it("gives back the body, controls, tables and custom XML parts", () => {
    const { host } = createFakeOffice(start);
    host.typeInto(2, " Twice.");
    const again = createFakeOffice(host.reopenOptions()).host;
    expect(again.bodyText()).toEqual(host.bodyText());
    expect(again.blocks()).toEqual(host.blocks());
    expect(again.contentControls().map((c) => [c.tag, c.text])).toEqual(
      host.contentControls().map((c) => [c.tag, c.text]),
    );
    expect(again.customXmlParts().map((p) => [p.namespaceUri, p.xml])).toEqual([
      ["urn:test", '<a xmlns="urn:test"/>'],
    ]);
  });

  it("opens a document saved in the window's sessionStorage once", () => {
    const saved = createFakeOffice(start).host.reopenOptions();
    const store = new Map<string, string>();
    const target: Record<string, unknown> = {
      sessionStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => void store.set(k, v),
        removeItem: (k: string) => void store.delete(k),
      },
    };
    store.set(REOPEN_STORAGE_KEY, JSON.stringify(saved));
    expect(installFakeOffice(target, { paragraphs: ["new"] }).bodyText()[0]).toBe("Analysis");
    uninstallFakeOffice(target);
    expect(installFakeOffice(target, { paragraphs: ["new"] }).bodyText()).toEqual(["new"]);
  });
});
