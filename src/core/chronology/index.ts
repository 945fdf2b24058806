/** The chronology: column spec matching, date/time reading, checks, repairs, entries, CSV, merging. */
export * from "./dates";
export * from "./times";
export * from "./headers";
export * from "./locate";
export * from "./rows";
export * from "./order";
export * from "./rules";
export * from "./repair";
export * from "./entry";
export * from "./csv";
export * from "./details";
export * from "./export";
export * from "./merge";
