export * from "./fields";
export * from "./recommendation";
export * from "./submission";
export * from "./steps";
export * from "./list-filter";
