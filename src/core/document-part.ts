import { DOCUMENT_NAMESPACE } from "./tags";

/**
 * The custom XML part that records which pack a document was made from. Written by the add-in
 * (WordApi 1.4) and by `imr template`; read by both readers. A file format: keep it stable.
 *   <imr:document xmlns:imr="urn:imr-assistant:document:v1" pack="dhr" schemaVersion="1"/>
 */
export function documentPartXml(packId: string): string {
  return `<imr:document xmlns:imr="${DOCUMENT_NAMESPACE}" pack="${escapeAttribute(packId)}" schemaVersion="1"/>`;
}

/** The pack id in a document part, or undefined if the XML is not one (any prefix is accepted). */
export function packIdFromDocumentPart(xml: string): string | undefined {
  if (!xml.includes(DOCUMENT_NAMESPACE)) return undefined;
  const element = /<(?:[A-Za-z_][\w.-]*:)?document\b[^>]*>/.exec(xml);
  const pack = element && /\spack\s*=\s*(["'])([a-z0-9][a-z0-9-]*)\1/.exec(element[0]);
  return pack ? pack[2] : undefined;
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}
