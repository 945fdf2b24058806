import { SETTINGS_NAMESPACE } from "../../core/settings/schema";
import { removeCustomXmlPart } from "./parts";
import { QA_NAMESPACE, REGISTER_NAMESPACE } from "./xml-util";

/**
 * The add-in's own custom XML parts that stay with the draft and never go out with the report:
 * the people register (real names), the QA record (reviewers' notes) and the document settings
 * (ignored findings quote the author's text). The part recording the template stays: it lets
 * `imr check` tell the clean copy's template.
 */
export const PRIVATE_PARTS: readonly { namespace: string; name: string }[] = [
  { namespace: REGISTER_NAMESPACE, name: "the people register (real names)" },
  { namespace: QA_NAMESPACE, name: "the QA record" },
  { namespace: SETTINGS_NAMESPACE, name: "the add-in's settings for this document" },
];

/** The bytes without those parts, and the names of the ones that were there. */
export async function dropPrivateParts(
  bytes: Uint8Array,
): Promise<{ bytes: Uint8Array; dropped: string[] }> {
  let out = bytes;
  const dropped: string[] = [];
  for (const part of PRIVATE_PARTS) {
    const next = await removeCustomXmlPart(out, part.namespace);
    if (next !== out) dropped.push(part.name);
    out = next;
  }
  return { bytes: out, dropped };
}
