export * from "./enums";
export * from "./target-status";
