import fc from "fast-check";
import { esc } from "./helpers";

/**
 * A random document model for the property test: paragraphs and tables mixing guidance and the
 * author's text in every shape the stripper handles. The model knows which text is the author's,
 * so the expected result is computed here, never from the stripper.
 */

/** Author text: lower case, digits and awkward characters. Guidance text: upper case only. */
const AUTHOR_CHARS = [..."abcdefghijklmnopqrstuvwxyz0123456789 &<>é–'\"", "\t", "\u2028"];
const GUIDANCE_CHARS = "GUIDANCEXYZ ".split("");
export const GUIDANCE_ALPHABET = /[A-Z]/;

export type AuthorLook =
  "plain" | "bold" | "italic" | "red" | "unlistedRedItalic" | "blackOverride";
export type GuidanceLook = "direct" | "darkRed" | "italicCs" | "charStyle" | "viaParaStyle";

export type Inline =
  | { t: "a"; text: string; look: AuthorLook }
  | { t: "g"; text: string; look: GuidanceLook }
  | { t: "ins" | "del" | "link" | "gsdt" | "sdt" | "bm" | "cm"; kids: Inline[] }
  | { t: "field" | "fldSimple"; kids: Inline[] };

export interface Para {
  kind: "p";
  /** Paragraph style that makes text red italic (runs then override it for the author's text). */
  guidanceStyle: boolean;
  kids: Inline[];
}

export interface Cell {
  paras: Para[];
  /** Wrapped in a cell-level guidance content control. */
  wrapG: boolean;
}

export interface Row {
  cells: Cell[];
  wrapG: boolean;
}

export interface Table {
  kind: "tbl";
  rows: Row[];
}

export interface GBlock {
  kind: "gblock";
  blocks: (Para | GBlock)[];
}

export interface SBlock {
  kind: "sblock";
  paras: Para[];
}

export type Block = Para | Table | GBlock | SBlock;

const authorChars = fc.string({
  unit: fc.constantFrom(...AUTHOR_CHARS),
  minLength: 1,
  maxLength: 8,
});
const guidanceText = fc.string({
  unit: fc.constantFrom(...GUIDANCE_CHARS),
  minLength: 1,
  maxLength: 8,
});

const authorRun = fc.record({
  t: fc.constant("a" as const),
  text: authorChars,
  look: fc.constantFrom<AuthorLook>(
    "plain",
    "plain",
    "bold",
    "italic",
    "red",
    "unlistedRedItalic",
    "blackOverride",
  ),
});
const guidanceRun = fc.record({
  t: fc.constant("g" as const),
  text: guidanceText,
  look: fc.constantFrom<GuidanceLook>(
    "direct",
    "direct",
    "darkRed",
    "italicCs",
    "charStyle",
    "viaParaStyle",
  ),
});
const leaf: fc.Arbitrary<Inline> = fc.oneof(authorRun, guidanceRun);

const inline: fc.Arbitrary<Inline> = fc.letrec<{ inline: Inline }>((tie) => ({
  inline: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: authorRun, weight: 4 },
    { arbitrary: guidanceRun, weight: 4 },
    {
      arbitrary: fc.record({
        t: fc.constant("ins" as const),
        kids: fc.array(leaf, { minLength: 1, maxLength: 3 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        t: fc.constant("del" as const),
        kids: fc.array(leaf, { minLength: 1, maxLength: 3 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        t: fc.constant("link" as const),
        kids: fc.array(leaf, { minLength: 1, maxLength: 3 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        t: fc.constant("field" as const),
        kids: fc.array(leaf, { minLength: 1, maxLength: 3 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        t: fc.constant("fldSimple" as const),
        kids: fc.array(leaf, { minLength: 1, maxLength: 2 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        t: fc.constant("gsdt" as const),
        kids: fc.array(tie("inline"), { maxLength: 3 }),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        t: fc.constant("sdt" as const),
        kids: fc.array(tie("inline"), { minLength: 1, maxLength: 3 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        t: fc.constant("bm" as const),
        kids: fc.array(tie("inline"), { maxLength: 3 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        t: fc.constant("cm" as const),
        kids: fc.array(tie("inline"), { maxLength: 3 }),
      }),
      weight: 1,
    },
  ),
})).inline;

const para: fc.Arbitrary<Para> = fc.record({
  kind: fc.constant("p" as const),
  guidanceStyle: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  kids: fc.array(inline, { maxLength: 5 }),
});

const cell: fc.Arbitrary<Cell> = fc.record({
  paras: fc.array(para, { minLength: 1, maxLength: 2 }),
  wrapG: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
});

const table: fc.Arbitrary<Table> = fc.integer({ min: 1, max: 3 }).chain((cols) =>
  fc.record({
    kind: fc.constant("tbl" as const),
    rows: fc.array(
      fc.record({
        cells: fc.array(cell, { minLength: cols, maxLength: cols }),
        wrapG: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
      }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  }),
);

const gblock: fc.Arbitrary<GBlock> = fc.letrec<{ g: GBlock }>((tie) => ({
  g: fc.record({
    kind: fc.constant("gblock" as const),
    blocks: fc.array(
      fc.oneof(
        { depthSize: "small" },
        { arbitrary: para, weight: 4 },
        { arbitrary: tie("g"), weight: 1 },
      ),
      { maxLength: 3 },
    ),
  }),
})).g;

const sblock: fc.Arbitrary<SBlock> = fc.record({
  kind: fc.constant("sblock" as const),
  paras: fc.array(para, { minLength: 1, maxLength: 3 }),
});

export const documentArb: fc.Arbitrary<Block[]> = fc.array(
  fc.oneof(
    { arbitrary: para, weight: 5 },
    { arbitrary: table, weight: 2 },
    { arbitrary: gblock, weight: 2 },
    { arbitrary: sblock, weight: 1 },
  ),
  { minLength: 1, maxLength: 8 },
);

/** Styles the generated documents use. */
export const MODEL_STYLES = `<w:style w:type="paragraph" w:styleId="GuidancePara"><w:name w:val="Guidance Para"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="GuidanceChar"><w:name w:val="Guidance Char"/><w:rPr><w:i/><w:color w:val="FF0000"/></w:rPr></w:style>`;

// ---- building the XML ----

export class Builder {
  private id = 1;
  /** w:comment elements for the comments the document anchors (comment ranges, "cm"). */
  readonly comments: string[] = [];
  /** Comment ids whose range holds text of the author's: these comments must survive. */
  readonly authorComments: string[] = [];

  private run(r: Inline & { t: "a" | "g" }, inDel: boolean, paraG: boolean): string {
    const t = inDel
      ? `<w:delText xml:space="preserve">${esc(r.text)}</w:delText>`
      : `<w:t xml:space="preserve">${esc(r.text)}</w:t>`;
    let rPr = "";
    if (r.t === "a") {
      const base = paraG ? '<w:i w:val="0"/><w:iCs w:val="0"/><w:color w:val="000000"/>' : "";
      switch (r.look) {
        case "plain":
          rPr = base;
          break;
        case "bold":
          rPr = `<w:b/>${base}`;
          break;
        case "italic":
          rPr = '<w:i/><w:color w:val="000000"/>';
          break;
        case "red":
          rPr = '<w:i w:val="0"/><w:iCs w:val="0"/><w:color w:val="FF0000"/>';
          break;
        case "unlistedRedItalic":
          rPr = '<w:i/><w:color w:val="B22222"/>';
          break;
        case "blackOverride":
          rPr =
            '<w:rStyle w:val="GuidanceChar"/><w:i w:val="0"/><w:iCs w:val="0"/><w:color w:val="auto"/>';
          break;
      }
    } else {
      switch (r.look) {
        case "direct":
          rPr = '<w:i/><w:color w:val="FF0000"/>';
          break;
        case "darkRed":
          rPr = '<w:i/><w:iCs/><w:color w:val="C00000"/>';
          break;
        case "italicCs":
          rPr = '<w:iCs/><w:color w:val="FF0000"/>';
          break;
        case "charStyle":
          rPr = '<w:rStyle w:val="GuidanceChar"/>';
          break;
        case "viaParaStyle":
          rPr = paraG ? "" : '<w:i/><w:color w:val="FF0000"/>';
          break;
      }
    }
    return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${t}</w:r>`;
  }

  inline(items: Inline[], inDel: boolean, paraG: boolean): string {
    return items.map((i) => this.one(i, inDel, paraG)).join("");
  }

  private one(i: Inline, inDel: boolean, paraG: boolean): string {
    switch (i.t) {
      case "a":
      case "g":
        return this.run(i, inDel, paraG);
      case "ins":
        return `<w:ins w:id="${this.id++}" w:author="A" w:date="2024-01-01T00:00:00Z">${this.inline(i.kids, inDel, paraG)}</w:ins>`;
      case "del":
        return `<w:del w:id="${this.id++}" w:author="A" w:date="2024-01-01T00:00:00Z">${this.inline(i.kids, true, paraG)}</w:del>`;
      case "link":
        return `<w:hyperlink w:anchor="target${this.id++}">${this.inline(i.kids, inDel, paraG)}</w:hyperlink>`;
      case "gsdt":
        return `<w:sdt><w:sdtPr><w:alias w:val="Guidance note"/><w:tag w:val="imr:guidance:dhr:n${this.id}"/><w:id w:val="${this.id++}"/></w:sdtPr><w:sdtContent>${this.inline(i.kids, inDel, paraG)}</w:sdtContent></w:sdt>`;
      case "sdt":
        return `<w:sdt><w:sdtPr><w:tag w:val="author-control"/><w:id w:val="${this.id++}"/></w:sdtPr><w:sdtContent>${this.inline(i.kids, inDel, paraG)}</w:sdtContent></w:sdt>`;
      case "bm": {
        const id = this.id++;
        return `<w:bookmarkStart w:id="${id}" w:name="bm${id}"/>${this.inline(i.kids, inDel, paraG)}<w:bookmarkEnd w:id="${id}"/>`;
      }
      case "cm": {
        const id = this.id++;
        this.comments.push(
          `<w:comment w:id="${id}" w:author="QA" w:date="2024-01-01T00:00:00Z"><w:p><w:r><w:t>comment ${id}</w:t></w:r></w:p></w:comment>`,
        );
        if (authorText(i.kids) !== "" || authorDeleted(i.kids) !== "")
          this.authorComments.push(String(id));
        return `<w:commentRangeStart w:id="${id}"/>${this.inline(i.kids, inDel, paraG)}<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;
      }
      case "field":
        return (
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "x" </w:instrText></w:r>' +
          `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${this.inline(i.kids, inDel, paraG)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
        );
      case "fldSimple":
        return `<w:fldSimple w:instr=" QUOTE &quot;x&quot; ">${this.inline(i.kids, inDel, paraG)}</w:fldSimple>`;
    }
  }

  para(p: Para): string {
    const pPr = p.guidanceStyle ? '<w:pPr><w:pStyle w:val="GuidancePara"/></w:pPr>' : "";
    return `<w:p>${pPr}${this.inline(p.kids, false, p.guidanceStyle)}</w:p>`;
  }

  private gsdtOpen(): string {
    return `<w:sdt><w:sdtPr><w:tag w:val="imr:guidance:dhr:b${this.id}"/><w:id w:val="${this.id++}"/></w:sdtPr><w:sdtContent>`;
  }

  block(b: Block): string {
    switch (b.kind) {
      case "p":
        return this.para(b);
      case "gblock":
        return `${this.gsdtOpen()}${b.blocks.map((x) => this.block(x)).join("")}</w:sdtContent></w:sdt>`;
      case "sblock":
        return `<w:sdt><w:sdtPr><w:tag w:val="imr:section:s${this.id}"/><w:id w:val="${this.id++}"/></w:sdtPr><w:sdtContent>${b.paras.map((x) => this.para(x)).join("")}</w:sdtContent></w:sdt>`;
      case "tbl": {
        const cols = b.rows[0].cells.length;
        const rows = b.rows.map((r) => {
          const cells = r.cells
            .map((c) => {
              const tc = `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${c.paras.map((x) => this.para(x)).join("")}</w:tc>`;
              return c.wrapG ? `${this.gsdtOpen()}${tc}</w:sdtContent></w:sdt>` : tc;
            })
            .join("");
          const tr = `<w:tr>${cells}</w:tr>`;
          return r.wrapG ? `${this.gsdtOpen()}${tr}</w:sdtContent></w:sdt>` : tr;
        });
        return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(cols)}</w:tblGrid>${rows.join("")}</w:tbl>`;
      }
    }
  }

  document(blocks: Block[]): string {
    return blocks.map((b) => this.block(b)).join("");
  }
}

// ---- what must come out ----

/** Visible author text of inline items (deleted text excluded). */
export function authorText(items: Inline[], inDel = false): string {
  let out = "";
  for (const i of items) {
    if (i.t === "a") out += inDel ? "" : i.text;
    else if (i.t === "g") continue;
    else out += authorText(i.kids, inDel || i.t === "del");
  }
  return out;
}

/** The author's deleted text (tracked deletions keep it as deleted text). */
export function authorDeleted(items: Inline[], inDel = false): string {
  let out = "";
  for (const i of items) {
    if (i.t === "a") out += inDel ? i.text : "";
    else if (i.t === "g") continue;
    else out += authorDeleted(i.kids, inDel || i.t === "del");
  }
  return out;
}

/**
 * Whether anything the author keeps is left after stripping: their text (also deleted text), or
 * a content control of their own that held no guidance (an empty control outside guidance stays).
 */
function keepsSomething(items: Inline[], inGuidance: boolean): boolean {
  return items.some((i) => {
    switch (i.t) {
      case "a":
        return true;
      case "g":
        return false;
      case "gsdt":
        return keepsSomething(i.kids, true);
      case "sdt":
        return keepsSomething(i.kids, inGuidance) || (!inGuidance && !hasGuidance(i.kids));
      case "cm":
        // A comment goes only when its range held guidance text and none of the author's (or it
        // sits inside a guidance control); a kept comment keeps its reference, so its paragraph.
        return keepsSomething(i.kids, inGuidance) || (!inGuidance && !hasGuidanceText(i.kids));
      default:
        return keepsSomething(i.kids, inGuidance);
    }
  });
}

function hasGuidance(items: Inline[]): boolean {
  return items.some((i) =>
    i.t === "g" || i.t === "gsdt" ? true : i.t === "a" ? false : hasGuidance(i.kids),
  );
}

function hasGuidanceText(items: Inline[]): boolean {
  return items.some((i) => (i.t === "g" ? true : i.t === "a" ? false : hasGuidanceText(i.kids)));
}

export interface Expected {
  /** Non-empty paragraph texts outside tables, in order. */
  paragraphs: string[];
  /** Tables left, each as rows of cell texts (non-empty paragraph texts joined by "\n"). */
  tables: string[][][];
  deleted: string;
}

export function expected(blocks: Block[]): Expected {
  const out: Expected = { paragraphs: [], tables: [], deleted: "" };
  const para = (p: Para): void => {
    const t = authorText(p.kids);
    if (t !== "") out.paragraphs.push(t);
    out.deleted += authorDeleted(p.kids);
  };
  const block = (b: Block): void => {
    if (b.kind === "p") para(b);
    else if (b.kind === "gblock") b.blocks.forEach(block);
    else if (b.kind === "sblock") b.paras.forEach(para);
    else {
      const rows: string[][] = [];
      for (const r of b.rows) {
        const cells = r.cells.map((c) =>
          c.paras
            .map((p) => authorText(p.kids))
            .filter((t) => t !== "")
            .join("\n"),
        );
        for (const c of r.cells) for (const p of c.paras) out.deleted += authorDeleted(p.kids);
        const anyAuthor = r.cells.some((c) =>
          c.paras.some((p) => keepsSomething(p.kids, r.wrapG || c.wrapG)),
        );
        const anyGuidance =
          r.wrapG || r.cells.some((c) => c.wrapG || c.paras.some((p) => hasGuidance(p.kids)));
        if (anyAuthor || !anyGuidance) rows.push(cells);
      }
      if (rows.length > 0) out.tables.push(rows);
    }
  };
  blocks.forEach(block);
  return out;
}
