import { XMLSerializer } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";
import type { Register } from "../../core/anonymise/register";
import type { QaState } from "../../core/qa/schema";
import type { QaLoad } from "../../core/qa/state";
import type { Parsed } from "../../core/validation";
import { DocxError } from "../errors";
import { openDocx, relsPathOf, resolveTarget, type DocxPackage } from "../package";
import { NS, REL, XML_DECLARATION, parseXml } from "../xml";
import { qaLoadFromXml, qaToXml } from "./qa-xml";
import { registerFromXml, registerToXml } from "./register-xml";
import { QA_NAMESPACE, REGISTER_NAMESPACE, tryParse } from "./xml-util";

/**
 * Custom XML parts in a .docx package, the way Word stores them:
 *   customXml/itemN.xml               the data (any XML; its root namespace identifies it)
 *   customXml/itemPropsN.xml          <ds:datastoreItem ds:itemID="{GUID}"> with <ds:schemaRef ds:uri="namespace"/>
 *   customXml/_rels/itemN.xml.rels    itemN.xml -> itemPropsN.xml (type .../customXmlProps)
 *   word/_rels/document.xml.rels      main document -> ../customXml/itemN.xml (type .../customXml)
 *   [Content_Types].xml               Override for itemPropsN.xml (customXmlProperties+xml); itemN.xml is
 *                                     application/xml through the Default for "xml" (or its own Override)
 * Uint8Array in and out; nothing here touches the bytes it was given, so a failure never loses a
 * document: the caller still has the original.
 */

export interface CustomXmlPart {
  /** Part path, e.g. "customXml/item2.xml". */
  path: string;
  /** Namespace of the part's root element; undefined when the part is not well-formed XML. */
  namespace: string | undefined;
  xml: string;
  /** Why the part could not be read, when it could not. */
  problem?: string;
}

const ITEM = /^customXml\/item(\d+)\.xml$/i;
const CUSTOM_XML_PROPS_TYPE =
  "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

function itemPaths(pkg: DocxPackage): string[] {
  return pkg
    .paths()
    .filter((p) => ITEM.test(p))
    .sort((a, b) => Number(ITEM.exec(a)![1]) - Number(ITEM.exec(b)![1]));
}

async function partsOf(pkg: DocxPackage): Promise<CustomXmlPart[]> {
  const out: CustomXmlPart[] = [];
  for (const path of itemPaths(pkg)) {
    let xml: string;
    try {
      xml = (await pkg.text(path)) ?? "";
    } catch (e) {
      out.push({ path, namespace: undefined, xml: "", problem: (e as Error).message });
      continue;
    }
    const parsed = tryParse(xml, path);
    if (parsed.ok) out.push({ path, namespace: parsed.root.namespaceURI ?? "", xml });
    else out.push({ path, namespace: undefined, xml, problem: parsed.message });
  }
  return out;
}

/** Every custom XML part in the package, in item order. Throws DocxError only when the bytes are not a .docx. */
export async function readCustomXmlParts(bytes: Uint8Array): Promise<CustomXmlPart[]> {
  return partsOf(await openDocx(bytes));
}

/**
 * True when the part is this namespace's: its root is in the namespace, or it is not well-formed
 * but names the namespace (a damaged copy of the part, reported rather than skipped).
 */
function belongsTo(part: CustomXmlPart, namespace: string): boolean {
  return (
    part.namespace === namespace ||
    (part.namespace === undefined && part.xml.includes(`"${namespace}"`))
  );
}

/**
 * The XML of the part with this root namespace, if any: the first well-formed one, else a damaged
 * one that names the namespace (so its reader reports what is wrong with it).
 */
export async function readCustomXmlPart(
  bytes: Uint8Array,
  namespace: string,
): Promise<string | undefined> {
  const parts = (await readCustomXmlParts(bytes)).filter((p) => belongsTo(p, namespace));
  return (parts.find((p) => p.namespace === namespace) ?? parts[0])?.xml;
}

/** A stable GUID-shaped item id from the namespace (FNV-1a), so the same input gives the same bytes. */
export function itemIdFor(namespace: string, n: number): string {
  let hex = "";
  for (let round = 0; hex.length < 32; round++) {
    let h = 0x811c9dc5 ^ round;
    for (const ch of `${namespace}#${n}#${round}`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, "0");
  }
  const x = hex.slice(0, 32).toUpperCase();
  return `{${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-8${x.slice(17, 20)}-${x.slice(20, 32)}}`;
}

function itemPropsXml(itemId: string, namespace: string): string {
  return (
    XML_DECLARATION +
    `<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="${NS.customXmlDs}">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${namespace.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

function relsXml(list: [id: string, type: string, target: string][]): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${NS.pkgRels}">` +
    list
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join("") +
    `</Relationships>`
  );
}

const serialise = (doc: Document): string => {
  const s = new XMLSerializer().serializeToString(doc);
  return s.startsWith("<?xml") ? s : XML_DECLARATION + s;
};

async function loadXml(pkg: DocxPackage, path: string): Promise<Document | undefined> {
  return pkg.xml(path);
}

function write(pkg: DocxPackage, path: string, content: string): void {
  const existing = pkg.paths().find((p) => p.toLowerCase() === path.toLowerCase());
  pkg.zip.file(existing ?? path, content);
}

function remove(pkg: DocxPackage, path: string): void {
  const existing = pkg.paths().find((p) => p.toLowerCase() === path.toLowerCase());
  if (existing) pkg.zip.remove(existing);
}

/** The path from the main part's folder to a package path ("word/document.xml" -> "../customXml/item1.xml"). */
function relativeFromMain(mainPart: string, target: string): string {
  const depth = mainPart.split("/").length - 1;
  return "../".repeat(depth) + target;
}

/** Ensure [Content_Types].xml declares itemProps (and an xml type for the item). */
async function ensureContentTypes(
  pkg: DocxPackage,
  itemPath: string,
  propsPath: string,
): Promise<void> {
  const doc = await loadXml(pkg, "[Content_Types].xml");
  if (!doc) throw new DocxError("the file is damaged: [Content_Types].xml is missing");
  const types = doc.documentElement as Element;
  const ns = NS.contentTypes;
  const overrides = Array.from(types.getElementsByTagNameNS(ns, "Override"));
  const defaults = Array.from(types.getElementsByTagNameNS(ns, "Default"));
  const hasOverride = (part: string) =>
    overrides.some(
      (o) => (o.getAttribute("PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase(),
    );
  const addOverride = (part: string, type: string) => {
    const o = doc.createElementNS(ns, "Override");
    o.setAttribute("PartName", `/${part}`);
    o.setAttribute("ContentType", type);
    types.appendChild(o);
  };
  let changed = false;
  if (!hasOverride(propsPath)) {
    addOverride(propsPath, CUSTOM_XML_PROPS_TYPE);
    changed = true;
  }
  const xmlDefault = defaults.find(
    (d) => (d.getAttribute("Extension") ?? "").toLowerCase() === "xml",
  );
  const xmlType = xmlDefault?.getAttribute("ContentType");
  if (!hasOverride(itemPath) && xmlType !== "application/xml" && xmlType !== "text/xml") {
    addOverride(itemPath, "application/xml");
    changed = true;
  }
  if (changed) write(pkg, "[Content_Types].xml", serialise(doc));
}

/** Remove an item, its props, its rels, its relationship from the main part and its content-type overrides. */
async function removeItem(pkg: DocxPackage, itemPath: string): Promise<void> {
  const rels = await pkg.relationships(itemPath);
  for (const r of rels) if (!r.external && r.type === REL.customXmlProps) remove(pkg, r.target);
  const n = ITEM.exec(itemPath)?.[1];
  if (n !== undefined) remove(pkg, `customXml/itemProps${n}.xml`);
  remove(pkg, relsPathOf(itemPath));
  remove(pkg, itemPath);
  const mainRelsPath = relsPathOf(pkg.mainPart);
  const mainRels = await loadXml(pkg, mainRelsPath);
  if (mainRels) {
    let changed = false;
    for (const r of Array.from(mainRels.getElementsByTagNameNS(NS.pkgRels, "Relationship"))) {
      if (r.getAttribute("TargetMode") === "External") continue;
      if (
        resolveTarget(pkg.mainPart, r.getAttribute("Target") ?? "").toLowerCase() ===
        itemPath.toLowerCase()
      ) {
        r.parentNode?.removeChild(r);
        changed = true;
      }
    }
    if (changed) write(pkg, mainRelsPath, serialise(mainRels));
  }
  const ct = await loadXml(pkg, "[Content_Types].xml");
  if (ct) {
    let changed = false;
    const gone = new Set([
      `/${itemPath}`.toLowerCase(),
      n !== undefined ? `/customxml/itemprops${n}.xml` : "",
    ]);
    for (const o of Array.from(ct.getElementsByTagNameNS(NS.contentTypes, "Override"))) {
      if (gone.has((o.getAttribute("PartName") ?? "").toLowerCase())) {
        o.parentNode?.removeChild(o);
        changed = true;
      }
    }
    if (changed) write(pkg, "[Content_Types].xml", serialise(ct));
  }
}

async function generate(pkg: DocxPackage): Promise<Uint8Array> {
  return pkg.zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

function checkXml(namespace: string, xml: string): string {
  const parsed = tryParse(xml, "the custom XML part");
  if (!parsed.ok) throw new DocxError(`cannot store the custom XML part: ${parsed.message}`);
  if (parsed.root.namespaceURI !== namespace) {
    throw new DocxError(
      `cannot store the custom XML part: its root element is in "${parsed.root.namespaceURI ?? "no namespace"}", not "${namespace}"`,
    );
  }
  return xml.trimStart().startsWith("<?xml") ? xml : XML_DECLARATION + xml;
}

/**
 * Store `xml` as the custom XML part for `namespace`: replace the existing part with that root
 * namespace (keeping its item id; any further parts with the same namespace are removed), or add
 * customXml/itemN.xml, itemPropsN.xml, their relationship and the main document's relationship
 * and content types. Returns new bytes; throws DocxError (and changes nothing) for bytes that are
 * not a .docx or XML that is not well-formed or not in `namespace`.
 */
export async function writeCustomXmlPart(
  bytes: Uint8Array,
  namespace: string,
  xml: string,
): Promise<Uint8Array> {
  const content = checkXml(namespace, xml);
  const pkg = await openDocx(bytes);
  const parts = await partsOf(pkg);
  const same = parts
    .filter((p) => belongsTo(p, namespace))
    .sort((a, b) => Number(a.namespace === undefined) - Number(b.namespace === undefined));
  if (same.length > 0) {
    write(pkg, same[0].path, content);
    for (const extra of same.slice(1)) await removeItem(pkg, extra.path);
    return generate(pkg);
  }
  const taken = pkg
    .paths()
    .map((p) => /^customXml\/item(?:Props)?(\d+)\.xml$/i.exec(p)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const n = Math.max(0, ...taken) + 1;
  const itemPath = `customXml/item${n}.xml`;
  const propsPath = `customXml/itemProps${n}.xml`;
  write(pkg, itemPath, content);
  write(pkg, propsPath, itemPropsXml(itemIdFor(namespace, n), namespace));
  write(pkg, relsPathOf(itemPath), relsXml([["rId1", REL.customXmlProps, `itemProps${n}.xml`]]));
  const mainRelsPath = relsPathOf(pkg.mainPart);
  const mainRels =
    (await loadXml(pkg, mainRelsPath)) ??
    parseXml(`<Relationships xmlns="${NS.pkgRels}"/>`, mainRelsPath);
  const root = mainRels.documentElement as Element;
  const ids = new Set(
    Array.from(root.getElementsByTagNameNS(NS.pkgRels, "Relationship")).map((r) =>
      r.getAttribute("Id"),
    ),
  );
  let k = 1;
  while (ids.has(`rIdImr${k}`)) k++;
  const rel = mainRels.createElementNS(NS.pkgRels, "Relationship");
  rel.setAttribute("Id", `rIdImr${k}`);
  rel.setAttribute("Type", REL.customXml);
  rel.setAttribute("Target", relativeFromMain(pkg.mainPart, itemPath));
  root.appendChild(rel);
  write(pkg, mainRelsPath, serialise(mainRels));
  await ensureContentTypes(pkg, itemPath, propsPath);
  return generate(pkg);
}

/**
 * Remove every custom XML part with this root namespace (for the clean copy: the register and the
 * QA record hold real names and reviewers' notes). Bytes come back unchanged in content when there is none.
 */
export async function removeCustomXmlPart(
  bytes: Uint8Array,
  namespace: string,
): Promise<Uint8Array> {
  const pkg = await openDocx(bytes);
  const same = (await partsOf(pkg)).filter((p) => belongsTo(p, namespace));
  if (same.length === 0) return bytes;
  for (const p of same) await removeItem(pkg, p.path);
  return generate(pkg);
}

/** The QA record in a .docx: { kind: "none" } when it has none. */
export async function readQaState(bytes: Uint8Array): Promise<QaLoad | { kind: "none" }> {
  const xml = await readCustomXmlPart(bytes, QA_NAMESPACE);
  return xml === undefined ? { kind: "none" } : qaLoadFromXml(xml);
}

export type WriteResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * Store the QA state in a .docx, unless the document already holds a QA record from a newer
 * version of the add-in (which is never overwritten) or one that cannot be read (which is kept
 * for a person to look at, unless `replaceUnreadable` is set).
 */
export async function writeQaState(
  bytes: Uint8Array,
  state: QaState,
  opts: { replaceUnreadable?: boolean } = {},
): Promise<WriteResult> {
  let existing;
  try {
    existing = await readQaState(bytes);
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  if (existing.kind === "newer") return { ok: false, reason: existing.message };
  if (existing.kind === "invalid" && !opts.replaceUnreadable) {
    return {
      ok: false,
      reason: `The document's QA record cannot be read (${existing.problems.map((p) => p.message).join("; ")}), so it has been left as it is.`,
    };
  }
  try {
    return { ok: true, bytes: await writeCustomXmlPart(bytes, QA_NAMESPACE, qaToXml(state)) };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}

/** The people register in a .docx: undefined when it has none. */
export async function readRegister(bytes: Uint8Array): Promise<Parsed<Register> | undefined> {
  const xml = await readCustomXmlPart(bytes, REGISTER_NAMESPACE);
  return xml === undefined ? undefined : registerFromXml(xml);
}

/** Store the people register in a .docx (refusing to overwrite one from a newer version). */
export async function writeRegister(bytes: Uint8Array, register: Register): Promise<WriteResult> {
  try {
    const existing = await readRegister(bytes);
    if (
      existing &&
      !existing.ok &&
      existing.problems.some((p) => p.path === "schemaVersion" && /newer/.test(p.message))
    ) {
      return { ok: false, reason: existing.problems[0].message };
    }
    return {
      ok: true,
      bytes: await writeCustomXmlPart(bytes, REGISTER_NAMESPACE, registerToXml(register)),
    };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}
