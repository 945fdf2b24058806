/** .docx <-> core: read a DocModel, write a template. Runs in Node and in the browser. */
export { DocxError } from "./errors";
export { readDocx, readDocxDetailed, type DocxReadResult, type ReadOptions } from "./read/docx";
export { DEFAULT_GUIDANCE_REDS } from "./read/colours";
export type { AmbiguousSpan } from "./read/blocks";
export { writeTemplateDocx, templateParts, type TemplateOptions } from "./write/template";
export { CONTENT_TYPE } from "./write/parts";
export { openDocx, writeZip, DocxPackage, type Part, type Relationship } from "./package";
