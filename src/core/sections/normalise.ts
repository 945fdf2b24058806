/**
 * Heading text reduced to a key for tolerant matching: "2. Methodology", "2 Methodology",
 * "Section 2 – Methodology:", "METHODOLOGY" and "methodology" all give "methodology";
 * "Sign Off & Completion" and "Sign-off and completion" both give "sign off and completion".
 */

const LEADING_WORD =
  /^(?:section|part|chapter|appendix|annex|annexe)\s+(?=(?:[0-9]+|[ivxlc]+|[a-z])\b)/;
const LEADING_NUMBER =
  /^(?:\(?[0-9]+(?:\.[0-9]+)*\.?\)?|\(?[ivxlc]+[.)]|\(?[a-z][.)])(?=\s|$|[-–—:.])/;

export function normaliseHeading(text: string): string {
  let t = text
    .toLowerCase()
    .replace(/[\u2018\u2019'`]/g, "")
    .trim();
  t = t.replace(LEADING_WORD, "");
  t = t.replace(LEADING_NUMBER, "");
  t = t.replace(/&/g, " and ");
  t = t.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return t;
}

/**
 * The same key with anything after a separator dropped: "Analysis of involvement – Terms of
 * Reference 1 to 4" and "Methodology (sources used)" give "analysis of involvement" and
 * "methodology". Only used for paragraphs in a Heading style.
 */
export function normaliseHeadingStem(text: string): string {
  const withoutNumber = text
    .trim()
    .replace(/^(?:section|part|chapter|appendix|annex|annexe)\s+/i, "")
    .replace(/^\(?(?:[0-9]+(?:\.[0-9]+)*\.?|[ivxlc]+[.)]|[a-z][.)])\)?\s*[-–—:.]?\s*/i, "");
  const cut = withoutNumber.search(/\s[-–—]\s|:|\(/);
  return normaliseHeading(cut > 0 ? withoutNumber.slice(0, cut) : withoutNumber);
}
