/**
 * Strip guidance notes from a .docx without losing a character the author wrote.
 * Runs in Node and in the browser (JSZip + @xmldom/xmldom; Uint8Array in and out).
 */
export { findGuidance, stripGuidance } from "./package";
export { DEFAULT_GUIDANCE_REDS, type StripOptions } from "./options";
export {
  firstWords,
  formatReport,
  summariseReport,
  type AmbiguityReason,
  type AmbiguousText,
  type EditedNote,
  type GuidanceKind,
  type GuidanceNoteFound,
  type GuidanceReport,
  type GuidanceWhere,
} from "./report";
