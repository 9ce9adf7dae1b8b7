export * from "./enums";
export * from "./target-status";
export * from "./ethnicities";
export * from "./familiar-domains";
