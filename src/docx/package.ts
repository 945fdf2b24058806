import JSZip from "jszip";
import type { Document } from "@xmldom/xmldom";
import { DocxError } from "./errors";
import { parseFastXml, type XDocument } from "./fast-xml";
import { NS, REL, parseXml } from "./xml";

/**
 * The zip (OPC) package around a .docx: opening one with clear errors for bad input, finding parts
 * through their relationships, and writing one. Uint8Array in and out, so it runs in the browser
 * as well as in Node.
 */

/** A relationship from one part to another, with the target resolved to a part path. */
export interface Relationship {
  id: string;
  type: string;
  /** Part path inside the package without a leading slash, e.g. "word/header1.xml". */
  target: string;
  external: boolean;
}

/** Compound File Binary signature: Word 97-2003 .doc files and encrypted Office files. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** True when the UTF-16LE name appears in the bytes (a stream name inside a CFB file). */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Explain bytes that are not a zip package at all. */
function notAZip(bytes: Uint8Array): DocxError {
  if (bytes.length === 0) return new DocxError("the file is empty (0 bytes)");
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage")) {
      return new DocxError(
        "the file is password-protected or encrypted: remove the password in Word and try again",
      );
    }
    return new DocxError(
      "this is a Word 97-2003 .doc file, not a .docx: open it in Word and save it as .docx",
    );
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (head.startsWith("{\\rtf"))
    return new DocxError("this is an RTF file, not a .docx: open it in Word and save it as .docx");
  if (head.startsWith("%PDF")) return new DocxError("this is a PDF, not a .docx");
  return new DocxError("not a .docx file (it is not a zip package)");
}

/** Resolve a relationship target against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return normalisePath(target.slice(1));
  const slash = sourcePart.lastIndexOf("/");
  const base = slash >= 0 ? sourcePart.slice(0, slash + 1) : "";
  return normalisePath(base + target);
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const seg of decodePath(path).split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The .rels part that holds the relationships of `part` ("" for the package itself). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** An opened package. Part names are matched case-insensitively, as OPC requires. */
export class DocxPackage {
  constructor(
    readonly zip: JSZip,
    /** The main document part, usually "word/document.xml". */
    public mainPart: string = "word/document.xml",
  ) {}

  has(path: string): boolean {
    return this.name(path) !== undefined;
  }

  /** Every part path in the package (live: parts added to `zip` since opening are included). */
  paths(): string[] {
    const out: string[] = [];
    this.zip.forEach((path, file) => {
      if (!file.dir) out.push(path);
    });
    return out;
  }

  async bytes(path: string): Promise<Uint8Array | undefined> {
    const file = this.file(path);
    if (!file) return undefined;
    try {
      return await file.async("uint8array");
    } catch (e) {
      throw damaged(path, e);
    }
  }

  async text(path: string): Promise<string | undefined> {
    const file = this.file(path);
    if (!file) return undefined;
    try {
      return stripBom(await file.async("string"));
    } catch (e) {
      throw damaged(path, e);
    }
  }

  /** Parse a part as an xmldom Document (to edit it); undefined when the part is missing. */
  async xml(path: string): Promise<Document | undefined> {
    const text = await this.text(path);
    return text === undefined ? undefined : parseXml(text, path);
  }

  /** Parse a part as a fast read-only tree (to read it); undefined when the part is missing. */
  async tree(path: string): Promise<XDocument | undefined> {
    const text = await this.text(path);
    return text === undefined ? undefined : parseFastXml(text, path);
  }

  /** The relationships of a part ("" for the package's own _rels/.rels); [] when it has none. */
  async relationships(part: string): Promise<Relationship[]> {
    const doc = await this.tree(part === "" ? "_rels/.rels" : relsPathOf(part));
    if (!doc) return [];
    const out: Relationship[] = [];
    for (let el = doc.documentElement.firstChild; el; el = el.nextSibling) {
      if (el.nodeType !== 1 || el.localName !== "Relationship" || el.namespaceURI !== NS.pkgRels)
        continue;
      const external = el.getAttribute("TargetMode") === "External";
      const target = el.getAttribute("Target") ?? "";
      out.push({
        id: el.getAttribute("Id") ?? "",
        type: el.getAttribute("Type") ?? "",
        target: external ? target : resolveTarget(part, target),
        external,
      });
    }
    return out;
  }

  /** The stored name of a part; OPC part names are matched case-insensitively. */
  private name(path: string): string | undefined {
    if (this.zip.files[path] && !this.zip.files[path].dir) return path;
    const lower = path.toLowerCase();
    return this.paths().find((p) => p.toLowerCase() === lower);
  }

  private file(path: string): JSZip.JSZipObject | undefined {
    const name = this.name(path);
    return name === undefined ? undefined : (this.zip.file(name) ?? undefined);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function damaged(path: string, e: unknown): DocxError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/encrypt/i.test(msg))
    return new DocxError(
      "the file is password-protected or encrypted: remove the password in Word and try again",
    );
  return new DocxError(
    `the file is damaged: ${path} cannot be unpacked (its compressed data is corrupt)`,
  );
}

/**
 * Open a .docx (or .dotx, .docm, .dotm) package and find its main document part. Throws DocxError
 * for anything that is not one, with a message that says what the file is instead.
 */
export async function openDocx(bytes: Uint8Array): Promise<DocxPackage> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notAZip(bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/encrypt/i.test(msg))
      throw new DocxError(
        "the file is password-protected or encrypted: remove the password in Word and try again",
      );
    throw new DocxError(
      `the file is damaged: the zip package cannot be read (${msg.split("\n")[0]})`,
    );
  }
  const pkg = new DocxPackage(zip);
  const rels = pkg.has("_rels/.rels") ? await pkg.relationships("") : [];
  const main = rels.find(
    (r) => !r.external && (r.type === REL.officeDocument || r.type === REL.officeDocumentStrict),
  );
  if (main && pkg.has(main.target) && /\.xml$/i.test(main.target)) {
    pkg.mainPart = main.target;
  } else if (pkg.has("word/document.xml")) {
    pkg.mainPart = "word/document.xml";
  } else if (pkg.has("xl/workbook.xml")) {
    throw new DocxError("not a .docx file (it is an Excel workbook)");
  } else if (pkg.has("ppt/presentation.xml")) {
    throw new DocxError("not a .docx file (it is a PowerPoint presentation)");
  } else if (pkg.has("content.xml") && pkg.has("mimetype")) {
    throw new DocxError(
      "not a .docx file (it is an OpenDocument file): save it as .docx and try again",
    );
  } else {
    throw new DocxError("not a .docx file (no word/document.xml)");
  }
  return pkg;
}

/** A part to write: path inside the package and its content. */
export interface Part {
  path: string;
  content: string | Uint8Array;
}

/**
 * Zip parts into a package. [Content_Types].xml goes first, as Office writes it; `date` fixes the
 * entries' timestamps so the same input gives the same bytes.
 */
export async function writeZip(
  parts: readonly Part[],
  date: Date = new Date(),
): Promise<Uint8Array> {
  const zip = new JSZip();
  const ordered = [...parts].sort((a, b) => rank(a.path) - rank(b.path));
  for (const p of ordered) zip.file(p.path, p.content, { date, createFolders: false });
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

function rank(path: string): number {
  if (path === "[Content_Types].xml") return 0;
  if (path === "_rels/.rels") return 1;
  return 2;
}
