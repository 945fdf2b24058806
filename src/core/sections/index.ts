export { normaliseHeading, normaliseHeadingStem } from "./normalise";
export {
  mapSections,
  sectionKeys,
  sectionOfBlock,
  type SectionMap,
  type SectionMatch,
} from "./map";
