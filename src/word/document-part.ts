import { DOCUMENT_NAMESPACE } from "../core/tags";

/**
 * The custom XML part that records which pack a document was made from (WordApi 1.4 in Word;
 * src/docx can write and read the same part). Format:
 *   <imrDocument xmlns="urn:imr-assistant:document:v1"><packId>dhr</packId></imrDocument>
 */

export function documentPartXml(packId: string): string {
  return `<imrDocument xmlns="${DOCUMENT_NAMESPACE}"><packId>${escapeXml(packId)}</packId></imrDocument>`;
}

export function packIdFromDocumentPart(xml: string): string | undefined {
  const m =
    /<(?:[A-Za-z_][\w.-]*:)?packId>\s*([a-z0-9][a-z0-9-]*)\s*<\/(?:[A-Za-z_][\w.-]*:)?packId>/.exec(
      xml,
    );
  return m?.[1];
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
