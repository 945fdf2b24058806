import JSZip from "jszip";
import type { Document, Element } from "@xmldom/xmldom";
import { DocxError } from "../errors";
import {
  analysePart,
  commentsToRemove,
  type CommentState,
  type PartAnalysis,
  type PartKind,
} from "./classify";
import { childElements, parsePart, serialisePart, wAttr, W14_NS } from "./ooxml";
import { resolveOptions, type StripOptions } from "./options";
import { PartRemover } from "./remove";
import type { EditedNote, GuidanceReport } from "./report";
import type { Pack } from "../../core/packs/schema";
import { compareNoteText } from "../../core/template/edited-notes";
import { readTheme, StyleSheet } from "./styles";

/**
 * The package side of the stripper: open the .docx, find the parts guidance can be in through
 * the main document's relationships, run the two passes, and write back only the parts that
 * changed (every other part keeps its bytes).
 */

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Rel {
  type: string;
  target: string;
}

function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

function resolveTarget(source: string, target: string): string {
  let path: string;
  if (target.startsWith("/")) path = target.slice(1);
  else {
    const slash = source.lastIndexOf("/");
    path = (slash >= 0 ? source.slice(0, slash + 1) : "") + target;
  }
  const out: string[] = [];
  for (const seg of safeDecode(path).split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function notAZip(bytes: Uint8Array): DocxError {
  if (bytes.length === 0) return new DocxError("the file is empty (0 bytes)");
  if (CFB_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return new DocxError(
      "this is a Word 97-2003 .doc file or a password-protected document, not a .docx: save it as .docx in Word without a password",
    );
  }
  return new DocxError("not a .docx file (it is not a zip package)");
}

export interface OpenPackage {
  zip: JSZip;
  main: string;
  parts: { name: string; kind: PartKind }[];
  styles?: string;
  theme?: string;
  comments: { comments?: string; extended?: string; ids?: string; extensible?: string };
}

export async function readText(zip: JSZip, name: string): Promise<string | undefined> {
  const f = zip.file(name);
  if (!f) return undefined;
  let text: string;
  try {
    text = await f.async("string");
  } catch {
    throw new DocxError(`the file is damaged: ${name} cannot be unpacked from the zip package`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readRels(zip: JSZip, relsPath: string): Promise<Rel[] | undefined> {
  const text = await readText(zip, relsPath);
  if (text === undefined) return undefined;
  const doc = parsePart(text, relsPath);
  const out: Rel[] = [];
  for (const el of Array.from(doc.getElementsByTagNameNS(RELS_NS, "Relationship"))) {
    if (el.getAttribute("TargetMode") === "External") continue;
    const type = el.getAttribute("Type");
    const target = el.getAttribute("Target");
    if (type && target) out.push({ type, target });
  }
  return out;
}

export async function openPackage(bytes: Uint8Array): Promise<OpenPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notAZip(bytes);
  }
  const rootRels = (await readRels(zip, "_rels/.rels")) ?? [];
  const officeRel = rootRels.find((r) => relKind(r.type) === "officeDocument");
  const main = officeRel ? resolveTarget("", officeRel.target) : "word/document.xml";
  if (!zip.file(main)) {
    throw new DocxError(
      zip.file("word/document.xml") || officeRel
        ? `the file is damaged: its main part ${main} is missing`
        : "not a Word document: the package has no word/document.xml",
    );
  }
  const out: OpenPackage = { zip, main, parts: [{ name: main, kind: "body" }], comments: {} };
  const rels = await readRels(zip, relsPathOf(main));
  const folder = main.slice(0, main.lastIndexOf("/") + 1);
  if (rels) {
    const seen = new Set<string>([main]);
    for (const r of rels) {
      const target = resolveTarget(main, r.target);
      const kind = relKind(r.type);
      if (!zip.file(target)) continue;
      if (
        (kind === "header" || kind === "footer" || kind === "footnotes" || kind === "endnotes") &&
        !seen.has(target)
      ) {
        seen.add(target);
        out.parts.push({
          name: target,
          kind: kind === "footnotes" ? "footnote" : kind === "endnotes" ? "endnote" : kind,
        });
      } else if (kind === "styles") out.styles = target;
      else if (kind === "theme") out.theme = target;
      else if (kind === "comments") out.comments.comments = target;
      else if (kind === "commentsExtended") out.comments.extended = target;
      else if (kind === "commentsIds") out.comments.ids = target;
      else if (kind === "commentsExtensible") out.comments.extensible = target;
    }
  } else {
    // No relationships part: fall back on Word's usual part names.
    zip.forEach((path) => {
      const m = new RegExp(
        `^${folder.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(header|footer)\\d*\\.xml$`,
      ).exec(path);
      if (m) out.parts.push({ name: path, kind: m[1] as PartKind });
    });
    if (zip.file(`${folder}styles.xml`)) out.styles = `${folder}styles.xml`;
    if (zip.file(`${folder}theme/theme1.xml`)) out.theme = `${folder}theme/theme1.xml`;
    if (zip.file(`${folder}comments.xml`)) out.comments.comments = `${folder}comments.xml`;
  }
  return out;
}

interface Analysis {
  pkg: OpenPackage;
  parts: PartAnalysis[];
  styles: StyleSheet;
  removedComments: Set<string>;
  report: GuidanceReport;
  opts: ReturnType<typeof resolveOptions>;
}

export async function parseOptional(
  zip: JSZip,
  name: string | undefined,
): Promise<Document | undefined> {
  if (!name) return undefined;
  const text = await readText(zip, name);
  return text === undefined ? undefined : parsePart(text, name);
}

async function analyse(bytes: Uint8Array, options?: StripOptions): Promise<Analysis> {
  const opts = resolveOptions(options);
  const pkg = await openPackage(bytes);
  const styles = new StyleSheet(
    await parseOptional(pkg.zip, pkg.styles),
    readTheme(await parseOptional(pkg.zip, pkg.theme)),
  );
  const comments = new Map<string, CommentState>();
  const parts: PartAnalysis[] = [];
  for (const p of pkg.parts) {
    const doc = parsePart((await readText(pkg.zip, p.name)) ?? "", p.name);
    if (
      p.kind === "body" &&
      !childElements(doc.documentElement!).some((e) => e.localName === "body")
    ) {
      throw new DocxError(`the file is damaged: ${p.name} has no document body`);
    }
    parts.push(analysePart(p.name, p.kind, doc, styles, opts, comments));
  }
  const removedComments = commentsToRemove(comments);
  const report: GuidanceReport = {
    count: 0,
    notes: parts.flatMap((p) => p.notes),
    ambiguous: parts.flatMap((p) => p.ambiguous),
    commentsRemoved: removedComments.size,
    partsChanged: parts.filter((p) => p.hasGuidance).map((p) => p.name),
  };
  report.count = report.notes.length;
  if (options?.packs) report.editedNotes = editedNotes(parts, options.packs);
  if (removedComments.size > 0 && pkg.comments.comments)
    report.partsChanged.push(pkg.comments.comments);
  return { pkg, parts, styles, removedComments, report, opts };
}

function editedNotes(parts: PartAnalysis[], packs: readonly Pack[]): EditedNote[] {
  const out: EditedNote[] = [];
  for (const part of parts)
    for (const [note, text] of part.fullTexts) {
      if (!note.tag || text.trim() === "") continue;
      if (compareNoteText(note.tag, text, packs) !== "edited") continue;
      const e: EditedNote = { tag: note.tag, where: note.where, part: note.part, text };
      if (note.section) e.section = note.section;
      out.push(e);
    }
  return out;
}

/** Find the guidance in a .docx without changing it: what stripGuidance would remove and flag. */
export async function findGuidance(
  bytes: Uint8Array,
  options?: StripOptions,
): Promise<GuidanceReport> {
  return (await analyse(bytes, options)).report;
}

/**
 * Remove the guidance from a .docx: tagged guidance content controls (keeping any text the author
 * typed inside them) and red italic text, in the body, tables, headers, footers and notes.
 * Returns the new bytes (the input bytes, copied, when there was nothing to remove) and the report.
 */
export async function stripGuidance(
  bytes: Uint8Array,
  options?: StripOptions,
): Promise<{ bytes: Uint8Array; report: GuidanceReport }> {
  const a = await analyse(bytes, options);
  const changed: string[] = [];
  for (const part of a.parts) {
    const remover = new PartRemover(part, a.removedComments, a.styles, a.opts);
    if (remover.run()) {
      a.pkg.zip.file(part.name, serialisePart(part.doc));
      changed.push(part.name);
    }
  }
  if (a.removedComments.size > 0) changed.push(...(await removeComments(a.pkg, a.removedComments)));
  a.report.partsChanged = changed;
  if (changed.length === 0) return { bytes: bytes.slice(), report: a.report };
  const out = await a.pkg.zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { bytes: out, report: a.report };
}

/** Remove comments (and their entries in the extended comment parts); returns the parts changed. */
export async function removeComments(
  pkg: OpenPackage,
  ids: ReadonlySet<string>,
): Promise<string[]> {
  const changed: string[] = [];
  const { zip } = pkg;
  const paraIds = new Set<string>();
  const commentsDoc = await parseOptional(zip, pkg.comments.comments);
  if (!commentsDoc || !pkg.comments.comments) return changed;
  let any = false;
  for (const c of childElements(commentsDoc.documentElement!)) {
    if (c.localName !== "comment" || !ids.has(wAttr(c, "id") ?? "")) continue;
    for (const p of Array.from(c.getElementsByTagNameNS("*", "p"))) {
      const id = p.getAttributeNS(W14_NS, "paraId");
      if (id) paraIds.add(id.toUpperCase());
    }
    commentsDoc.documentElement!.removeChild(c);
    any = true;
  }
  if (!any) return changed;
  zip.file(pkg.comments.comments, serialisePart(commentsDoc));
  changed.push(pkg.comments.comments);
  if (paraIds.size === 0) return changed;
  const durableIds = new Set<string>();
  const prune = async (
    name: string | undefined,
    match: (el: Element) => boolean,
  ): Promise<void> => {
    const doc = await parseOptional(zip, name);
    if (!doc || !name) return;
    let removed = false;
    for (const el of childElements(doc.documentElement!)) {
      if (match(el)) {
        doc.documentElement!.removeChild(el);
        removed = true;
      }
    }
    if (removed) {
      zip.file(name, serialisePart(doc));
      changed.push(name);
    }
  };
  const attr = (el: Element, local: string): string | undefined => {
    for (const a of Array.from(el.attributes)) if (a.localName === local) return a.value;
    return undefined;
  };
  await prune(pkg.comments.extended, (el) => paraIds.has((attr(el, "paraId") ?? "").toUpperCase()));
  await prune(pkg.comments.ids, (el) => {
    const hit = paraIds.has((attr(el, "paraId") ?? "").toUpperCase());
    const durable = attr(el, "durableId");
    if (hit && durable) durableIds.add(durable.toUpperCase());
    return hit;
  });
  if (durableIds.size > 0)
    await prune(pkg.comments.extensible, (el) =>
      durableIds.has((attr(el, "durableId") ?? "").toUpperCase()),
    );
  return changed;
}
