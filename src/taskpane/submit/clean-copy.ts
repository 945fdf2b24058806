import type { PrivacyCleanReport } from "../../docx/privacy/clean";
import type { GuidanceReport } from "../../docx/strip/report";

/**
 * The clean copy, step by step: the document's bytes from Word (getFileAsync), the guidance
 * stripped in the pane (src/docx/strip), the key to initials, comments and author properties taken
 * out (src/docx/privacy) and the add-in's private parts left out (the people
 * register, the QA record, the settings: src/docx/custom-xml/private-parts.ts), then the copy opened as a new Word
 * document; where Word
 * cannot open it, the copy is downloaded instead and the author is told why. The draft is never
 * changed. Everything Word or the browser does is passed in, so the steps can be followed alone.
 */

export type CleanCopyStep = "read" | "strip" | "open";

export interface CleanCopyDeps {
  documentBytes(onProgress: (fraction: number) => void): Promise<Uint8Array>;
  strip(bytes: Uint8Array): Promise<{ bytes: Uint8Array; report: GuidanceReport }>;
  /** Leave out the key to initials and comments (unless kept) and the author properties. */
  removePrivateContent(
    bytes: Uint8Array,
  ): Promise<{ bytes: Uint8Array; report: PrivacyCleanReport }>;
  /** Leave out the add-in's private parts (people register, QA record, settings). */
  dropPrivateParts(bytes: Uint8Array): Promise<{ bytes: Uint8Array; dropped: string[] }>;
  openAsNewDocument(bytes: Uint8Array): Promise<void>;
  download(bytes: Uint8Array, fileName: string): void;
  fileName: string;
  onStep(step: CleanCopyStep, fraction?: number): void;
}

export type CleanCopyResult = {
  report: GuidanceReport;
  /** The add-in's private parts left out of the copy, by name. */
  dropped: string[];
  /** The key, comments and properties left out of the copy. */
  privacy: PrivacyCleanReport;
} & (
  | { how: "opened" }
  /** `why`: what Word said when it could not open the copy. */
  | { how: "downloaded"; fileName: string; why: string }
);

/** Thrown for a step that failed before there was a copy; `step` says which. */
export class CleanCopyError extends Error {
  constructor(
    readonly step: "read" | "strip",
    message: string,
  ) {
    super(message);
    this.name = "CleanCopyError";
  }
}

/** What Word or the browser said, as one sentence (Office.js messages name APIs, not text). */
export function reasonOf(e: unknown): string {
  const m = (e instanceof Error ? e.message : typeof e === "string" ? e : "").trim();
  return m ? m.replace(/\.?$/, ".") : "No reason was given.";
}

export async function makeCleanCopy(deps: CleanCopyDeps): Promise<CleanCopyResult> {
  deps.onStep("read", 0);
  let bytes: Uint8Array;
  try {
    bytes = await deps.documentBytes((f) => deps.onStep("read", f));
  } catch (e) {
    throw new CleanCopyError(
      "read",
      `Word could not give the add-in a copy of the document (${reasonOf(e)}) Your draft is unchanged.`,
    );
  }
  deps.onStep("strip");
  let clean: {
    bytes: Uint8Array;
    report: GuidanceReport;
    dropped: string[];
    privacy: PrivacyCleanReport;
  };
  try {
    const stripped = await deps.strip(bytes);
    const privacy = await deps.removePrivateContent(stripped.bytes);
    const kept = await deps.dropPrivateParts(privacy.bytes);
    clean = {
      bytes: kept.bytes,
      report: stripped.report,
      dropped: kept.dropped,
      privacy: privacy.report,
    };
  } catch (e) {
    throw new CleanCopyError(
      "strip",
      `The guidance could not be taken out of the copy (${reasonOf(e)}) Your draft is unchanged.`,
    );
  }
  deps.onStep("open");
  try {
    await deps.openAsNewDocument(clean.bytes);
    return { how: "opened", report: clean.report, dropped: clean.dropped, privacy: clean.privacy };
  } catch (e) {
    deps.download(clean.bytes, deps.fileName);
    return {
      how: "downloaded",
      report: clean.report,
      dropped: clean.dropped,
      privacy: clean.privacy,
      fileName: deps.fileName,
      why: reasonOf(e),
    };
  }
}
