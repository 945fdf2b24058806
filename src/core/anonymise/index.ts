export * from "./register";
export * from "./match";
export * from "./plan";
export * from "./key";
export * from "./suggest";
