export * from "./enums";
export * from "./ethnic-groups";
export * from "./cadre-record";
