import { GUIDANCE_COLOUR } from "../../core/tags";
import { escapeAttr, escapeText } from "../xml";

/**
 * Runs and paragraphs as WordprocessingML strings. Properties are written in the order the
 * schema requires (Word rejects some out-of-order properties as corruption).
 */

export interface RunFormat {
  bold?: boolean;
  /** Guidance: red italic, written as direct formatting on every run. */
  guidance?: boolean;
}

/** w:rPr for a run; "" when the run has no direct formatting. */
export function runProps(f: RunFormat): string {
  const parts: string[] = [];
  if (f.bold) parts.push("<w:b/><w:bCs/>");
  if (f.guidance) parts.push(`<w:i/><w:iCs/><w:color w:val="${GUIDANCE_COLOUR}"/>`);
  return parts.length ? `<w:rPr>${parts.join("")}</w:rPr>` : "";
}

/**
 * The content of a run for `text`: "\t" becomes w:tab and "\n" w:br; spaces are preserved.
 */
function runContent(text: string): string {
  const out: string[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (i > 0) out.push("<w:br/>");
    for (const [j, piece] of line.split("\t").entries()) {
      if (j > 0) out.push("<w:tab/>");
      if (piece !== "") out.push(`<w:t xml:space="preserve">${escapeText(piece)}</w:t>`);
    }
  }
  return out.join("");
}

/** One run (w:r) holding `text`; "" for empty text. */
export function run(text: string, f: RunFormat = {}): string {
  if (text === "") return "";
  return `<w:r>${runProps(f)}${runContent(text)}</w:r>`;
}

export interface ParagraphFormat {
  styleId?: string;
  /** Centre the paragraph. */
  centre?: boolean;
  /** Keep with the next paragraph (headings, table captions). */
  keepNext?: boolean;
  /** Paragraph-mark run properties (so typing at the end keeps the formatting). */
  markRun?: RunFormat;
}

export function paragraphProps(f: ParagraphFormat): string {
  const parts: string[] = [];
  if (f.styleId) parts.push(`<w:pStyle w:val="${escapeAttr(f.styleId)}"/>`);
  if (f.keepNext) parts.push("<w:keepNext/>");
  if (f.centre) parts.push('<w:jc w:val="center"/>');
  if (f.markRun) parts.push(runProps(f.markRun));
  return parts.length ? `<w:pPr>${parts.join("")}</w:pPr>` : "";
}

/** A paragraph from already-built run XML. */
export function paragraphXml(runsXml: string, f: ParagraphFormat = {}): string {
  return `<w:p>${paragraphProps(f)}${runsXml}</w:p>`;
}

/** A paragraph with one run of text. */
export function textParagraph(text: string, f: ParagraphFormat = {}, rf: RunFormat = {}): string {
  return paragraphXml(run(text, rf), f);
}
