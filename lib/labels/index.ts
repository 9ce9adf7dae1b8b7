export * from "./enums";
export * from "./ethnic-groups";
