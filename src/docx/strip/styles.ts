import type { Document, Element } from "@xmldom/xmldom";
import { A_NS, A_STRICT_NS, childElements, onOff, wAttr, wChild, wVal } from "./ooxml";

/**
 * Effective run formatting (colour and italic only: what guidance detection needs), resolved the
 * way Word does: document defaults, then the paragraph style and its basedOn chain, then the
 * character style and its chain, then direct formatting. Table-style conditional formatting is
 * not applied (templates do not make guidance red through table styles).
 */

export interface RunLook {
  /** Six-digit upper-case hex, or undefined for automatic / unset. */
  colour?: string;
  italic: boolean;
}

interface Props {
  colour?: string | null; // null = explicitly automatic
  i?: boolean;
  iCs?: boolean;
}

interface StyleDef {
  type: string;
  basedOn?: string;
  name?: string;
  props: Props;
  outlineLevel?: number;
}

/** Colours of the document's theme by w:themeColor value. */
export type ThemeColours = Map<string, string>;

const THEME_SLOTS: Record<string, string> = {
  dark1: "dk1",
  light1: "lt1",
  dark2: "dk2",
  light2: "lt2",
  text1: "dk1",
  background1: "lt1",
  text2: "dk2",
  background2: "lt2",
  accent1: "accent1",
  accent2: "accent2",
  accent3: "accent3",
  accent4: "accent4",
  accent5: "accent5",
  accent6: "accent6",
  hyperlink: "hlink",
  followedHyperlink: "folHlink",
};

export function readTheme(doc: Document | undefined): ThemeColours {
  const out: ThemeColours = new Map();
  if (!doc) return out;
  const schemes = [
    ...Array.from(doc.getElementsByTagNameNS(A_NS, "clrScheme")),
    ...Array.from(doc.getElementsByTagNameNS(A_STRICT_NS, "clrScheme")),
  ];
  const scheme = schemes[0];
  if (!scheme) return out;
  const bySlot = new Map<string, string>();
  for (const slot of childElements(scheme)) {
    for (const c of childElements(slot)) {
      const v =
        c.localName === "srgbClr"
          ? c.getAttribute("val")
          : c.localName === "sysClr"
            ? c.getAttribute("lastClr")
            : null;
      if (v && /^[0-9a-fA-F]{6}$/.test(v)) bySlot.set(slot.localName ?? "", v.toUpperCase());
    }
  }
  for (const [name, slot] of Object.entries(THEME_SLOTS)) {
    const hex = bySlot.get(slot);
    if (hex) out.set(name, hex);
  }
  return out;
}

function hexToRgb(hex: string): [number, number, number] {
  return [
    parseInt(hex.slice(0, 2), 16),
    parseInt(hex.slice(2, 4), 16),
    parseInt(hex.slice(4, 6), 16),
  ];
}

function rgbToHex(r: number, g: number, b: number): string {
  return [r, g, b]
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

/** Word's tint/shade: scale the HSL luminance (shade darkens, tint lightens). */
export function applyTintShade(hex: string, tint?: number, shade?: number): string {
  if (tint === undefined && shade === undefined) return hex;
  const [r, g, b] = hexToRgb(hex).map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h /= 6;
  }
  if (shade !== undefined) l = l * (shade / 255);
  if (tint !== undefined) l = l * (tint / 255) + (1 - tint / 255);
  if (s === 0) return rgbToHex(l * 255, l * 255, l * 255);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number): number => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return rgbToHex(hue(h + 1 / 3) * 255, hue(h) * 255, hue(h - 1 / 3) * 255);
}

function hexByte(v: string | undefined): number | undefined {
  return v && /^[0-9a-fA-F]{1,2}$/.test(v) ? parseInt(v, 16) : undefined;
}

/** The colour a w:color element gives: theme first (as Word does), then w:val. */
function colourOf(color: Element, theme: ThemeColours): string | null | undefined {
  const themeColor = wAttr(color, "themeColor");
  const base = themeColor ? theme.get(themeColor) : undefined;
  if (base)
    return applyTintShade(
      base,
      hexByte(wAttr(color, "themeTint")),
      hexByte(wAttr(color, "themeShade")),
    );
  const val = wAttr(color, "val");
  if (!val) return undefined;
  if (val.toLowerCase() === "auto") return null;
  return /^[0-9a-fA-F]{6}$/.test(val) ? val.toUpperCase() : undefined;
}

function readProps(rPr: Element | undefined, theme: ThemeColours): Props {
  const props: Props = {};
  if (!rPr) return props;
  const color = wChild(rPr, "color");
  if (color) {
    const c = colourOf(color, theme);
    if (c !== undefined) props.colour = c;
  }
  const i = onOff(rPr, "i");
  if (i !== undefined) props.i = i;
  const iCs = onOff(rPr, "iCs");
  if (iCs !== undefined) props.iCs = iCs;
  return props;
}

function merge(base: Props, over: Props): Props {
  if (over.colour === undefined && over.i === undefined && over.iCs === undefined) return base;
  return {
    colour: over.colour !== undefined ? over.colour : base.colour,
    i: over.i ?? base.i,
    iCs: over.iCs ?? base.iCs,
  };
}

function look(p: Props): RunLook {
  return { colour: p.colour ?? undefined, italic: !!(p.i || p.iCs) };
}

export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly defaults: Props;
  private defaultParagraph?: string;
  private defaultCharacter?: string;
  private readonly chainCache = new Map<string, Props>();
  private readonly baseCache = new Map<string, Props>();

  constructor(
    stylesDoc: Document | undefined,
    private readonly theme: ThemeColours,
  ) {
    let defaults: Props = {};
    const root = stylesDoc?.documentElement;
    if (root) {
      const docDefaults = wChild(root, "docDefaults");
      defaults = readProps(wChild(wChild(docDefaults, "rPrDefault"), "rPr"), theme);
      for (const s of childElements(root)) {
        if (s.localName !== "style") continue;
        const id = wAttr(s, "styleId");
        if (!id) continue;
        const type = wAttr(s, "type") ?? "paragraph";
        const outline = wVal(wChild(s, "pPr"), "outlineLvl");
        this.styles.set(id, {
          type,
          basedOn: wVal(s, "basedOn"),
          name: wVal(s, "name"),
          props: readProps(wChild(s, "rPr"), theme),
          outlineLevel: outline !== undefined && /^\d$/.test(outline) ? Number(outline) : undefined,
        });
        const isDefault = wAttr(s, "default");
        if (isDefault === "1" || isDefault === "true" || isDefault === "on") {
          if (type === "paragraph") this.defaultParagraph ??= id;
          if (type === "character") this.defaultCharacter ??= id;
        }
      }
    }
    this.defaults = defaults;
  }

  get themeColours(): ThemeColours {
    return this.theme;
  }

  /** Props of a style with its basedOn chain (cycles cut). */
  private chain(id: string | undefined): Props {
    if (!id) return {};
    const hit = this.chainCache.get(id);
    if (hit) return hit;
    const seen = new Set<string>();
    const defs: StyleDef[] = [];
    for (let cur: string | undefined = id; cur && !seen.has(cur);) {
      seen.add(cur);
      const def = this.styles.get(cur);
      if (!def) break;
      defs.push(def);
      cur = def.basedOn;
    }
    let props: Props = {};
    for (let i = defs.length - 1; i >= 0; i--) props = merge(props, defs[i].props);
    this.chainCache.set(id, props);
    return props;
  }

  private base(pStyle: string | undefined, rStyle: string | undefined): Props {
    const key = `${pStyle ?? ""}\u0000${rStyle ?? ""}`;
    const hit = this.baseCache.get(key);
    if (hit) return hit;
    const p = pStyle && this.styles.has(pStyle) ? pStyle : this.defaultParagraph;
    const r = rStyle && this.styles.has(rStyle) ? rStyle : this.defaultCharacter;
    const props = merge(merge(this.defaults, this.chain(p)), this.chain(r));
    this.baseCache.set(key, props);
    return props;
  }

  /** Effective colour and italic of a run in a paragraph of style `pStyle`. */
  runLook(pStyle: string | undefined, rPr: Element | undefined): RunLook {
    const rStyle = wVal(rPr, "rStyle");
    return look(merge(this.base(pStyle, rStyle), readProps(rPr, this.theme)));
  }

  /** The look a style alone gives (docDefaults + chain): used to spot a guidance paragraph style. */
  styleLook(styleId: string | undefined): RunLook {
    return look(merge(this.defaults, this.chain(styleId)));
  }

  /** 1..9 when the paragraph style (or its chain) is a heading; undefined otherwise. */
  headingLevel(pStyle: string | undefined, pPr: Element | undefined): number | undefined {
    const direct = wVal(pPr, "outlineLvl");
    if (direct !== undefined && /^\d$/.test(direct))
      return Number(direct) < 9 ? Number(direct) + 1 : undefined;
    const seen = new Set<string>();
    for (
      let cur = pStyle && this.styles.has(pStyle) ? pStyle : this.defaultParagraph;
      cur && !seen.has(cur);
    ) {
      seen.add(cur);
      const def = this.styles.get(cur);
      if (!def) break;
      if (def.outlineLevel !== undefined)
        return def.outlineLevel < 9 ? def.outlineLevel + 1 : undefined;
      const m = /^heading\s*([1-9])$/i.exec(def.name ?? "") ?? /^heading([1-9])$/i.exec(cur);
      if (m) return Number(m[1]);
      cur = def.basedOn;
    }
    return undefined;
  }
}
