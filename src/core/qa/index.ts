export * from "./schema";
export * from "./state";
export * from "./evidence";
export * from "./form";
export * from "./cover";
export { locateSection, locateTable, dataRows, authorTextOf, normaliseTitle } from "./locate";
