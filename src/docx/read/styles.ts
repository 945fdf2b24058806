import type { XDocument, XElement } from "../fast-xml";
import { childElements, isW, onOff, wAttr, wChild, wVal } from "../xml";

/**
 * Style resolution for the reader: a paragraph's style name and heading level, and the italic and
 * colour a run inherits from its character style, its paragraph style and the document defaults.
 * Each resolution follows w:basedOn and is cached per style id.
 */

/** The run formatting the guidance rules need; undefined means "not set at this level". */
export interface RunLook {
  italic?: boolean;
  /** Upper-case hex colour ("FF0000"), or "AUTO". */
  colour?: string;
}

interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  /** w:outlineLvl in the style's own w:pPr (0-based; 9 = body text). */
  outlineLevel?: number;
  run: RunLook;
}

/** Read italic and colour from a w:rPr (direct formatting or a style's). */
export function runLookOf(rPr: XElement | undefined): RunLook {
  if (!rPr) return {};
  const look: RunLook = {};
  const italic = onOff(rPr, "i");
  if (italic !== undefined) look.italic = italic;
  const colour = wVal(rPr, "color");
  if (colour) look.colour = colour.toUpperCase();
  return look;
}

function merge(over: RunLook, under: RunLook): RunLook {
  return { italic: over.italic ?? under.italic, colour: over.colour ?? under.colour };
}

const HEADING_NAME = /^heading\s*([1-9])$/i;
const NOT_HEADINGS = /^(title|subtitle)$/i;

function headingFromId(id: string): number | undefined {
  const m = HEADING_NAME.exec(id);
  return m ? Number(m[1]) : undefined;
}

/**
 * Word stores some built-in style names in lower case ("heading 1", "footer") and shows them
 * capitalised; give them as Word shows them, so both readers report the same name.
 */
export function displayName(name: string): string {
  return name === name.toLowerCase()
    ? name.replace(/(^|\s)([a-z])/g, (_, sp: string, ch: string) => sp + ch.toUpperCase())
    : name;
}

export class StyleSheet {
  private readonly defs = new Map<string, StyleDef>();
  private readonly defaults: RunLook;
  private readonly defaultParagraph?: string;
  private readonly levelCache = new Map<string, number | undefined>();
  private readonly runCache = new Map<string, RunLook>();

  constructor(doc: XDocument | undefined) {
    let defaults: RunLook = {};
    let defaultParagraph: string | undefined;
    const root = doc?.documentElement;
    if (root) {
      for (const el of childElements(root)) {
        if (isW(el, "docDefaults")) {
          defaults = runLookOf(wChild(wChild(el, "rPrDefault"), "rPr"));
        } else if (isW(el, "style")) {
          const id = wAttr(el, "styleId");
          if (!id) continue;
          const type = wAttr(el, "type") ?? "paragraph";
          const outline = wVal(wChild(el, "pPr"), "outlineLvl");
          this.defs.set(`${type}:${id}`, {
            id,
            type,
            name: wVal(el, "name"),
            basedOn: wVal(el, "basedOn"),
            outlineLevel:
              outline !== undefined && /^\d+$/.test(outline) ? Number(outline) : undefined,
            run: runLookOf(wChild(el, "rPr")),
          });
          const isDefault = wAttr(el, "default");
          if (
            type === "paragraph" &&
            (isDefault === "1" || isDefault === "true" || isDefault === "on")
          )
            defaultParagraph = id;
        }
      }
    }
    this.defaults = defaults;
    this.defaultParagraph = defaultParagraph;
  }

  /** The paragraph style id that applies: the given one if it exists, else the default style. */
  paragraphStyleId(id: string | undefined): string | undefined {
    if (id && this.defs.has(`paragraph:${id}`)) return id;
    return this.defaultParagraph ?? id;
  }

  /** The style's name as Word shows it ("Heading 1", "Normal"); falls back to the id. */
  paragraphStyleName(id: string | undefined): string | undefined {
    const sid = this.paragraphStyleId(id);
    if (!sid) return undefined;
    const def = this.defs.get(`paragraph:${sid}`);
    return displayName(def?.name ?? sid);
  }

  /**
   * 1..9 when the paragraph style is a heading: named "heading N" (Word's built-in names, also
   * what LibreOffice writes) or given an outline level, on the style or a style it is based on.
   * Title and Subtitle are never headings.
   */
  headingLevel(id: string | undefined): number | undefined {
    const sid = this.paragraphStyleId(id);
    if (!sid) return undefined;
    if (this.levelCache.has(sid)) return this.levelCache.get(sid);
    // A style the document does not define (some generators leave styles.xml out): go by its id.
    let level: number | undefined = this.defs.has(`paragraph:${sid}`)
      ? undefined
      : headingFromId(sid);
    const seen = new Set<string>();
    for (
      let def = this.defs.get(`paragraph:${sid}`);
      def && !seen.has(def.id);
      def = this.basedOn(def)
    ) {
      seen.add(def.id);
      const label = def.name ?? def.id;
      if (NOT_HEADINGS.test(label)) break;
      const m = HEADING_NAME.exec(label) ?? HEADING_NAME.exec(def.id);
      if (m) {
        level = Number(m[1]);
        break;
      }
      if (def.outlineLevel !== undefined) {
        level = def.outlineLevel <= 8 ? def.outlineLevel + 1 : undefined;
        break;
      }
    }
    this.levelCache.set(sid, level);
    return level;
  }

  /** Italic and colour a paragraph style gives its runs, defaults included. */
  paragraphRun(id: string | undefined): RunLook {
    const sid = this.paragraphStyleId(id);
    return merge(this.chainRun("paragraph", sid), this.defaults);
  }

  /** Italic and colour a character style gives (not including paragraph style or defaults). */
  characterRun(id: string | undefined): RunLook {
    return this.chainRun("character", id);
  }

  private chainRun(type: string, id: string | undefined): RunLook {
    if (!id) return {};
    const key = `${type}:${id}`;
    const cached = this.runCache.get(key);
    if (cached) return cached;
    let look: RunLook = {};
    const seen = new Set<string>();
    for (let def = this.defs.get(key); def && !seen.has(def.id); def = this.basedOn(def)) {
      seen.add(def.id);
      look = merge(look, def.run);
    }
    this.runCache.set(key, look);
    return look;
  }

  private basedOn(def: StyleDef): StyleDef | undefined {
    return def.basedOn ? this.defs.get(`${def.type}:${def.basedOn}`) : undefined;
  }
}
