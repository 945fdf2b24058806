import type { XElement } from "../fast-xml";
import type { DocModel } from "../../core/model/types";
import { DocxError } from "../errors";
import { openDocx, type DocxPackage, type Relationship } from "../package";
import { NS, REL, isW, wAttr, wChild } from "../xml";
import { BlockReader, type AmbiguousSpan, type ReaderContext } from "./blocks";
import { DEFAULT_GUIDANCE_REDS, redMatcher } from "./colours";
import { readPackId } from "./custom-xml";
import { StyleSheet } from "./styles";

export interface ReadOptions {
  /** Font colours (hex) that count as guidance red when italic. Default DEFAULT_GUIDANCE_REDS. */
  guidanceColours?: readonly string[];
}

export interface DocxReadResult {
  model: DocModel;
  /** Red text that is not italic: maybe guidance, maybe the author's emphasis. Never guidance. */
  ambiguous: AmbiguousSpan[];
}

/** Relationship types end in the same word in transitional and strict OOXML ("/header"). */
function isRelType(r: Relationship, kind: "header" | "footer" | "styles"): boolean {
  return r.type === REL[kind] || r.type.endsWith(`/relationships/${kind}`);
}

/** Header/footer references in the order they are read within a section. */
const REFERENCE_ORDER = ["default", "first", "even"];

/** Header (or footer) parts in the order the sections name them, each part once. */
function referencedParts(
  sectionProps: readonly XElement[],
  kind: "header" | "footer",
  rels: readonly Relationship[],
): string[] {
  const byId = new Map(
    rels.filter((r) => !r.external && isRelType(r, kind)).map((r) => [r.id, r.target]),
  );
  const out: string[] = [];
  for (const sectPr of sectionProps) {
    const refs: XElement[] = [];
    for (let n = sectPr.firstChild; n; n = n.nextSibling)
      if (isW(n, `${kind}Reference`)) refs.push(n as XElement);
    refs.sort(
      (a, b) =>
        REFERENCE_ORDER.indexOf(wAttr(a, "type") ?? "default") -
        REFERENCE_ORDER.indexOf(wAttr(b, "type") ?? "default"),
    );
    for (const ref of refs) {
      const id = ref.getAttributeNS(NS.r, "id") ?? ref.getAttributeNS(NS.rStrict, "id") ?? "";
      const target = byId.get(id);
      if (target && !out.includes(target)) out.push(target);
    }
  }
  return out;
}

async function readParts(
  pkg: DocxPackage,
  parts: readonly string[],
  reader: BlockReader,
): Promise<void> {
  const docs = await Promise.all(parts.map((p) => pkg.tree(p)));
  for (const doc of docs) if (doc?.documentElement) reader.readContainer(doc.documentElement);
}

/** readDocx with the red-but-not-italic ranges it saw as well. */
export async function readDocxDetailed(
  bytes: Uint8Array,
  opts: ReadOptions = {},
): Promise<DocxReadResult> {
  const pkg = await openDocx(bytes);
  const rels = await pkg.relationships(pkg.mainPart);
  const stylesPart =
    rels.find((r) => !r.external && isRelType(r, "styles"))?.target ?? "word/styles.xml";
  const [doc, stylesDoc, packId] = await Promise.all([
    pkg.tree(pkg.mainPart),
    pkg.tree(stylesPart),
    readPackId(pkg),
  ]);
  const body = wChild(doc?.documentElement ?? undefined, "body");
  if (!doc || !isW(doc.documentElement, "document") || !body) {
    throw new DocxError(`the file is damaged: ${pkg.mainPart} has no document body`);
  }
  const ctx: ReaderContext = {
    styles: new StyleSheet(stylesDoc),
    isRed: redMatcher(opts.guidanceColours ?? DEFAULT_GUIDANCE_REDS),
  };
  const bodyReader = new BlockReader(ctx, "b", "body");
  bodyReader.readContainer(body);
  const headers = new BlockReader(ctx, "h", "header");
  const footers = new BlockReader(ctx, "f", "footer");
  await readParts(pkg, referencedParts(bodyReader.sectionProps, "header", rels), headers);
  await readParts(pkg, referencedParts(bodyReader.sectionProps, "footer", rels), footers);
  const model: DocModel = { blocks: [...bodyReader.blocks, ...headers.blocks, ...footers.blocks] };
  if (packId) model.packId = packId;
  return {
    model,
    ambiguous: [...bodyReader.ambiguous, ...headers.ambiguous, ...footers.ambiguous],
  };
}

/**
 * Read a .docx into a DocModel: body blocks b0, b1, ... in order, then header blocks h0, ... and
 * footer blocks f0, ... (the ids src/word gives). Throws DocxError for input that is not a
 * readable .docx.
 */
export async function readDocx(bytes: Uint8Array, opts: ReadOptions = {}): Promise<DocModel> {
  return (await readDocxDetailed(bytes, opts)).model;
}
