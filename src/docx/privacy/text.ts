import type { Element } from "@xmldom/xmldom";
import { isW, wDescendants } from "../strip/ooxml";

/**
 * Plain text of WordprocessingML content, for the privacy checks: a line per paragraph, tabs and
 * breaks as white space. `deleted` reads tracked deletions (w:delText) instead of w:t.
 */

const TEXT = new Set(["p", "t", "delText", "tab", "br", "cr"]);

export function textOf(root: Element, which: "visible" | "deleted" | "both" = "visible"): string {
  let out = "";
  let first = true;
  for (const el of wDescendants(root, TEXT)) {
    switch (el.localName) {
      case "p":
        if (!first) out += "\n";
        first = false;
        break;
      case "t":
        if (which !== "deleted") out += el.textContent ?? "";
        break;
      case "delText":
        if (which !== "visible") out += el.textContent ?? "";
        break;
      default:
        out += " ";
    }
  }
  return out
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

/** Direct w: children with this local name. */
export function wChildren(el: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, localName)) out.push(n);
  return out;
}
