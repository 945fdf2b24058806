import { RegisterSchema } from "../../../src/core/anonymise/register";
import { dropPrivateParts } from "../../../src/docx/custom-xml/private-parts";
import { writeRegister } from "../../../src/docx/custom-xml/parts";
import { removePrivateContent, scanPrivacy } from "../../../src/docx/privacy";
import { stripGuidance } from "../../../src/docx/strip";
import { makeCleanCopy } from "../../../src/taskpane/submit/clean-copy";
import { privacyBlock, privacyItems } from "../../../src/taskpane/submit/privacy";
import {
  a,
  count,
  esc,
  heading,
  makeDocx,
  p,
  readPart,
  tbl,
  tc,
  tr,
} from "../../docx/strip/helpers";

const register = RegisterSchema.parse({
  people: [{ name: "Joanne Bloggs", code: "Adult A", role: "victim" }],
});
const KEY = tbl(
  tr(tc(p(a("Initials"))), tc(p(a("Name")))),
  tr(tc(p(a("Adult A"))), tc(p(a("Joanne Bloggs")))),
);
const DEL = `<w:del w:id="1" w:author="Ann" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>Joanne Bloggs </w:delText></w:r></w:del>`;

async function draft(body: string, comments?: string): Promise<Uint8Array> {
  const written = await writeRegister(await makeDocx({ body, comments }), register);
  if (!written.ok) throw new Error(written.reason);
  return written.bytes;
}

describe("the Submit tab's privacy items", () => {
  it("lists the key and comments the copy leaves out, and stops at tracked changes", async () => {
    const bytes = await draft(
      p(a("Adult A "), DEL) + heading("Key to initials") + KEY + p(),
      `<w:comment w:id="1" w:author="QA"><w:p>${a(esc("[QA: check]"))}</w:p></w:comment>`,
    );
    const scan = await scanPrivacy(bytes);
    const items = privacyItems(scan, {});
    expect(items).toMatchObject({ hasKey: true, keyLeftOut: 1, comments: 1, commentsLeftOut: 1 });
    expect(items.trackedChanges).toBe(
      "This document has 1 tracked change: accept or reject them before submission.",
    );
    expect(items.names.map((n) => [n.name.name, n.where])).toEqual([
      ["Joanne Bloggs", "a tracked deletion (text deleted with changes tracked by Ann)"],
    ]);
    expect(privacyBlock(items, true)).toMatch(/^This document has 1 tracked change/);
    const kept = privacyItems(scan, { keepKey: true, keepComments: true });
    expect(kept).toMatchObject({ keyLeftOut: 0, commentsLeftOut: 0 });
  });

  it("blocks on names in hidden places until the author says they checked them", async () => {
    const bytes = await draft(
      p(a("Seen.")),
      `<w:comment w:id="1" w:author="QA"><w:p>${a("Is this Joanne Bloggs?")}</w:p></w:comment>`,
    );
    const scan = await scanPrivacy(bytes);
    // The comment goes by default, so its name is no problem...
    expect(privacyBlock(privacyItems(scan, {}), false)).toBeUndefined();
    // ...but it is when the comments are kept.
    const keep = privacyItems(scan, { keepComments: true });
    expect(keep.names).toHaveLength(1);
    expect(privacyBlock(keep, false)).toMatch(/Real names are still/);
    expect(privacyBlock(keep, true)).toBeUndefined();
  });

  it("makes a copy without the key, the comments or the register", async () => {
    const bytes = await draft(heading("Key to initials") + KEY + p(a("Body.")));
    const result = await makeCleanCopy({
      documentBytes: async () => bytes,
      strip: (b) => stripGuidance(b),
      removePrivateContent: (b) => removePrivateContent(b),
      dropPrivateParts,
      openAsNewDocument: async (b) => {
        expect(count(await readPart(b, "word/document.xml"), "tbl")).toBe(0);
      },
      download: () => undefined,
      fileName: "x.docx",
      onStep: () => undefined,
    });
    expect(result.how).toBe("opened");
    expect(result.privacy.keyTables).toHaveLength(1);
    expect(result.dropped).toContain("the people register (real names)");
  });
});
