import type { ApplyResult, EditPlan } from "../core/edits/plan";
import type { DocModel, Finding, Location } from "../core/model/types";
import type { Pack } from "../core/packs/schema";

/**
 * What the task pane may ask of Word. The pane gets an implementation through React context:
 * the real one (./office-gateway, Office.js) in Word and in the end-to-end harness (where Office.js
 * is the fake host), so nothing in src/taskpane touches Word.* directly.
 */

/** Where to put a template in a document that already has text. */
export type InsertPosition = "cursor" | "end";

/** Requirement sets the features need, as the running Word reports them. */
export interface Capabilities {
  /** WordApi 1.3: the core flow (content controls, tables, createDocument). Declared in the manifest. */
  core: boolean;
  /** WordApi 1.4: comments, custom XML parts, document settings (QA state, ignore list). */
  comments: boolean;
  customXml: boolean;
  /** WordApi 1.6: paragraph change events for watching the document. */
  paragraphEvents: boolean;
  /** WordApi 1.7+: in-document critique annotations (underlines with suggestions). */
  annotations: boolean;
  /** Office.context.document.getFileAsync(Compressed): the clean copy. */
  fileAccess: boolean;
}

export interface WordGateway {
  capabilities(): Capabilities;
  /** True when the body holds any non-white-space text. */
  hasText(): Promise<boolean>;
  /** Insert the pack's template in one batch (at most 3 context.sync calls). */
  insertTemplate(pack: Pack, position: InsertPosition | "replace-empty"): Promise<void>;
  /** Read the document into a DocModel (at most 2 context.sync calls, whatever its length). */
  readDocument(): Promise<DocModel>;
  /** Select the text a finding is about; resolves false if it can no longer be found. */
  select(location: Location, text: string): Promise<boolean>;
  /** Apply a plan in one batch; refuses (ok: false) if any expected text has changed. */
  applyPlan(plan: EditPlan): Promise<ApplyResult>;
  /** Call `listener` after the document changes (debounced by the caller). Returns an unsubscribe. */
  onDocumentChanged(listener: () => void): () => void;
  /** The XML of the custom XML part with this namespace (WordApi 1.4), or undefined. */
  readCustomXml(namespace: string): Promise<string | undefined>;
  /** Create or replace the custom XML part with this namespace (WordApi 1.4), in one batch. */
  writeCustomXml(namespace: string, xml: string): Promise<void>;
  /** The selected text ("" for a caret). */
  selectedText(): Promise<string>;
  /** The document as .docx bytes (getFileAsync, Compressed); `onProgress` gets 0..1. */
  documentBytes(onProgress?: (fraction: number) => void): Promise<Uint8Array>;
  /** Open .docx bytes as a new document window (WordApi 1.3); the draft is untouched. */
  openAsNewDocument(bytes: Uint8Array): Promise<void>;
  /**
   * Add a Word comment with `text` on the selection (WordApi 1.4). Resolves false, adding
   * nothing, when nothing is selected.
   */
  commentOnSelection(text: string): Promise<boolean>;
  /**
   * Add a heading `title`, a table of `rows` (the first is the header row) and then `lines` as
   * paragraphs at the end of the document, in one batch.
   */
  appendTable(title: string, rows: string[][], lines?: readonly string[]): Promise<void>;
  /**
   * Underline these findings in the text with their suggestions (WordApi 1.7 critique
   * annotations), replacing the ones shown before. Resolves to how many are shown; does nothing
   * (0) where Word lacks annotations. The findings list stays the primary way to see them.
   */
  showAnnotations(findings: readonly Finding[]): Promise<number>;
  /**
   * Delete every guidance content control (and the text inside it) in one batch, at most 3
   * context.sync calls. Refuses, changing nothing, if the number of guidance controls is not
   * `expected.count` (what the author was shown).
   */
  removeGuidance(expected: {
    count: number;
    /** The previewed text of each guidance control; any difference refuses the removal. */
    texts?: readonly string[];
  }): Promise<{ removed: number } | { refused: string }>;
}
