/** A4 page geometry in twentieths of a point, with 2.54 cm margins. */
export const A4 = { short: 11906, long: 16838, margin: 1440 } as const;

export type Orientation = "portrait" | "landscape";

/** Relationship ids document.xml uses for its header and footer. */
export const HEADER_REL_ID = "rIdHeader1";
export const FOOTER_REL_ID = "rIdFooter1";

/** Width of the text block, between the margins. */
export function textWidth(orientation: Orientation): number {
  return (orientation === "portrait" ? A4.short : A4.long) - 2 * A4.margin;
}

/** Tables with this many columns or more go on landscape pages of their own. */
export const LANDSCAPE_COLUMNS = 6;

/**
 * w:sectPr for an A4 section. Every section names the header and footer (rather than relying
 * on "link to previous"), so every page carries the protective marking in every reader.
 */
export function sectionProps(orientation: Orientation, nextPage = false): string {
  const [w, h] = orientation === "portrait" ? [A4.short, A4.long] : [A4.long, A4.short];
  const m = A4.margin;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${HEADER_REL_ID}"/>` +
    `<w:footerReference w:type="default" r:id="${FOOTER_REL_ID}"/>` +
    (nextPage ? `<w:type w:val="nextPage"/>` : "") +
    `<w:pgSz w:w="${w}" w:h="${h}"${orientation === "landscape" ? ' w:orient="landscape"' : ""}/>` +
    `<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="709" w:footer="709" w:gutter="0"/>` +
    `<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}

/** An empty paragraph that ends the section before it. */
export function sectionBreak(orientation: Orientation): string {
  return `<w:p><w:pPr>${sectionProps(orientation, true)}</w:pPr></w:p>`;
}
