import type { ApplyResult, EditPlan } from "../core/edits/plan";
import type { DocModel, Finding, Location } from "../core/model/types";
import type { Pack } from "../core/packs/schema";
import { applyPlan } from "./apply-plan";
import { showAnnotations } from "./annotations";
import { appendTable } from "./append-table";
import { commentOnSelection } from "./comments";
import { detectCapabilities } from "./capabilities";
import { readCustomXml, writeCustomXml } from "./custom-xml";
import { documentBytes, openAsNewDocument } from "./file";
import { selectedText } from "./selection";
import { onDocumentChanged } from "./events";
import type { Capabilities, InsertPosition, WordGateway } from "./gateway";
import { hasText } from "./has-text";
import { insertTemplate } from "./insert-template";
import { readDocument } from "./read-document";
import { removeGuidance } from "./remove-guidance";
import { selectLocation } from "./select";

/**
 * The WordGateway over Office.js (real Word, or the fake host in tests and the end-to-end
 * harness). Capabilities are read once, when the gateway is made: create it after Office.onReady.
 */
export function createOfficeGateway(): WordGateway {
  const caps: Capabilities = detectCapabilities();
  return {
    capabilities: () => ({ ...caps }),
    hasText: () => hasText(),
    insertTemplate: (pack: Pack, position: InsertPosition | "replace-empty") =>
      insertTemplate(pack, position, caps),
    readDocument: (): Promise<DocModel> => readDocument(caps),
    select: (location: Location, text: string) => selectLocation(location, text),
    applyPlan: (plan: EditPlan): Promise<ApplyResult> => applyPlan(plan),
    onDocumentChanged: (listener: () => void) => onDocumentChanged(listener, caps),
    readCustomXml,
    writeCustomXml,
    selectedText,
    documentBytes,
    openAsNewDocument,
    commentOnSelection: (text: string) => {
      if (!caps.comments)
        return Promise.reject(
          new Error(
            "This version of Word can't add comments from an add-in (it needs Word API 1.4).",
          ),
        );
      return commentOnSelection(text);
    },
    appendTable,
    showAnnotations: (findings: readonly Finding[]) => showAnnotations(findings, caps),
    removeGuidance,
  };
}
