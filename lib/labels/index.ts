export * from "./enums";
export * from "./cadre-record";
export * from "./target-status";
export * from "./ethnicities";
export * from "./familiar-domains";
export * from "./meetings";
export * from "./voting";
export * from "./staffing-plans";
