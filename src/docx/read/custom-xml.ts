import { DOCUMENT_NAMESPACE } from "../../core/tags";
import type { DocxPackage } from "../package";
import { packIdFromDocumentPart } from "../../core/document-part";

/**
 * The pack id recorded by `imr template` or the add-in: an element `document` in
 * DOCUMENT_NAMESPACE with a `pack` attribute, in any custom XML part. A part that is not
 * well-formed is skipped: it may belong to another program and must not stop the read.
 */
export async function readPackId(pkg: DocxPackage): Promise<string | undefined> {
  const items = pkg
    .paths()
    .filter((p) => /^customXml\/item\d+\.xml$/i.test(p))
    .sort();
  for (const path of items) {
    const text = await pkg.text(path);
    if (!text || !text.includes(DOCUMENT_NAMESPACE)) continue;
    const pack = packIdFromDocumentPart(text);
    if (pack) return pack;
  }
  return undefined;
}
