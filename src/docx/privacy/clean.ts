import type { Element } from "@xmldom/xmldom";
import type { Register } from "../../core/anonymise/register";
import { packIdFromDocumentPart } from "../../core/document-part";
import { DOCUMENT_NAMESPACE } from "../../core/tags";
import { readCustomXmlPart, readRegister } from "../custom-xml/parts";
import {
  openPackage,
  parseOptional,
  readText,
  removeComments,
  type OpenPackage,
} from "../strip/package";
import { childElements, isW, parsePart, serialisePart, wAttr, wDescendants } from "../strip/ooxml";
import {
  commentsIn,
  CORE_PART,
  hiddenTextIn,
  trackedChangesIn,
  type HiddenText,
  type TrackedChanges,
} from "./hidden-text";
import { findKeyTables, removeKeyTables, type KeyTableFound } from "./key-table";
import { registerNamesIn, type HiddenName } from "./register-names";

/**
 * The clean copy's privacy step, after stripGuidance and before dropPrivateParts:
 * `scanPrivacy` on the draft's bytes says what the copy would carry (the key to initials,
 * comments, tracked changes, register names in hidden text); `removePrivateContent` takes out the
 * key and the comments (unless kept) and empties the document's author properties.
 */

export interface PrivacyOptions {
  /** Keep the key to initials in the copy (a copy for the review panel). Default false. */
  keepKey?: boolean;
  /** Keep the comments in the copy (reviewers' notes, QA comments). Default false. */
  keepComments?: boolean;
}

/**
 * Document properties emptied in every clean copy: they hold the Word user names of whoever
 * wrote and last saved the draft (staff, not report content), set by Word, never by the author.
 */
export const CLEARED_PROPERTIES: readonly { local: string; label: string }[] = [
  { local: "creator", label: "author" },
  { local: "lastModifiedBy", label: "last modified by" },
];

export interface PrivacyScan {
  keyTables: KeyTableFound[];
  comments: number;
  trackedChanges: TrackedChanges;
  hidden: HiddenText[];
  /** Register names in hidden text (all of them: see privacyIssues for what the copy keeps). */
  registerNames: HiddenName[];
  /** The document has a people register (else names could not be looked for). */
  hasRegister: boolean;
}

async function registerOf(bytes: Uint8Array): Promise<Register | undefined> {
  const parsed = await readRegister(bytes);
  return parsed?.ok ? parsed.value : undefined;
}

/**
 * What the clean copy of this draft would carry. `register` defaults to the people register
 * stored in the document (call this on the draft's bytes, before dropPrivateParts).
 */
export async function scanPrivacy(bytes: Uint8Array, register?: Register): Promise<PrivacyScan> {
  const people = register ?? (await registerOf(bytes));
  const pkg = await openPackage(bytes);
  const main = await parseOptional(pkg.zip, pkg.main);
  const hidden = await hiddenTextIn(pkg);
  return {
    keyTables: main ? findKeyTables(main) : [],
    comments: await commentsIn(pkg),
    trackedChanges: await trackedChangesIn(pkg),
    hidden,
    registerNames: people ? registerNamesIn(hidden, people) : [],
    hasRegister: people !== undefined,
  };
}

export interface PrivacyIssues {
  /** Tracked changes to accept or reject first: the copy is not made while there are any. */
  trackedChanges: number;
  /** Register names the copy would still carry (comments kept, notes, text boxes, properties…). */
  names: HiddenName[];
}

/** What stops (tracked changes) or must be checked (names) before the copy, given the options. */
export function privacyIssues(scan: PrivacyScan, options: PrivacyOptions = {}): PrivacyIssues {
  const cleared = new Set(CLEARED_PROPERTIES.map((p) => p.local));
  return {
    trackedChanges: scan.trackedChanges.count,
    names: scan.registerNames.filter((n) => {
      if (n.where === "comment") return options.keepComments === true;
      if (n.where === "document-property") return !cleared.has(n.property ?? "");
      return true;
    }),
  };
}

export interface PrivacyCleanReport {
  /** Key tables left out (none when kept). */
  keyTables: KeyTableFound[];
  commentsRemoved: number;
  /** Properties emptied, in words ("author", "last modified by"). */
  propertiesCleared: string[];
  partsChanged: string[];
}

const ANCHORS = new Set(["commentRangeStart", "commentRangeEnd", "commentReference"]);

/** Remove every comment anchor and reference from a content part; true when it changed. */
function removeAnchors(root: Element): boolean {
  const found = wDescendants(root, ANCHORS);
  for (const el of found) {
    const parent = el.parentNode as Element | null;
    parent?.removeChild(el);
    // A run left with nothing but its properties goes too.
    if (parent && isW(parent, "r") && childElements(parent).every((c) => isW(c, "rPr")))
      parent.parentNode?.removeChild(parent);
  }
  return found.length > 0;
}

async function dropComments(pkg: OpenPackage): Promise<{ removed: number; parts: string[] }> {
  const parts: string[] = [];
  for (const p of pkg.parts) {
    const doc = await parseOptional(pkg.zip, p.name);
    if (doc && removeAnchors(doc.documentElement!)) {
      pkg.zip.file(p.name, serialisePart(doc));
      parts.push(p.name);
    }
  }
  const comments = await parseOptional(pkg.zip, pkg.comments.comments);
  const ids = new Set<string>();
  if (comments)
    for (const c of childElements(comments.documentElement!))
      if (isW(c, "comment")) ids.add(wAttr(c, "id") ?? "");
  if (ids.size > 0) parts.push(...(await removeComments(pkg, ids)));
  return { removed: ids.size, parts };
}

async function clearProperties(pkg: OpenPackage): Promise<string[]> {
  const xml = await readText(pkg.zip, CORE_PART);
  if (xml === undefined) return [];
  const doc = parsePart(xml, CORE_PART);
  const cleared: string[] = [];
  for (const prop of CLEARED_PROPERTIES) {
    for (const el of Array.from(doc.getElementsByTagNameNS("*", prop.local))) {
      if ((el.textContent ?? "") === "") continue;
      while (el.firstChild) el.removeChild(el.firstChild);
      if (!cleared.includes(prop.label)) cleared.push(prop.label);
    }
  }
  if (cleared.length > 0) pkg.zip.file(CORE_PART, serialisePart(doc));
  return cleared;
}

/**
 * Take out of a copy what must not go with the report: the key to initials (with its title) unless
 * `keepKey`, every comment unless `keepComments`, and the author and last-modified-by properties.
 * Tracked changes are never accepted or rejected here: check privacyIssues first and stop while
 * there are any. Returns the input bytes (copied) when nothing changed.
 */
export async function removePrivateContent(
  bytes: Uint8Array,
  options: PrivacyOptions = {},
): Promise<{ bytes: Uint8Array; report: PrivacyCleanReport }> {
  const pkg = await openPackage(bytes);
  const report: PrivacyCleanReport = {
    keyTables: [],
    commentsRemoved: 0,
    propertiesCleared: [],
    partsChanged: [],
  };
  if (!options.keepKey) {
    const main = await parseOptional(pkg.zip, pkg.main);
    if (main) {
      report.keyTables = removeKeyTables(main);
      if (report.keyTables.length > 0) {
        pkg.zip.file(pkg.main, serialisePart(main));
        report.partsChanged.push(pkg.main);
      }
    }
  }
  if (!options.keepComments) {
    const dropped = await dropComments(pkg);
    report.commentsRemoved = dropped.removed;
    for (const p of dropped.parts)
      if (!report.partsChanged.includes(p)) report.partsChanged.push(p);
  }
  report.propertiesCleared = await clearProperties(pkg);
  if (report.propertiesCleared.length > 0) report.partsChanged.push(CORE_PART);
  if (report.partsChanged.length === 0) return { bytes: bytes.slice(), report };
  const out = await pkg.zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
  return { bytes: out, report };
}

/** The pack id recorded in the document's marker part (for StripOptions.packs via builtinPack). */
export async function documentPackId(bytes: Uint8Array): Promise<string | undefined> {
  const xml = await readCustomXmlPart(bytes, DOCUMENT_NAMESPACE);
  return xml === undefined ? undefined : packIdFromDocumentPart(xml);
}
