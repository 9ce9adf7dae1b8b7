// Security labels (GB/T 22239-2019 L3, 强制访问控制): each sensitive information set carries a
// sensitivity level, each account a clearance; a set is readable only with a clearance at or
// above its level. Pure data and comparisons; enforced on the server (lib/server/authz).
import type { Role, SecurityLevel } from "@/lib/domain/enums";
import { securityLevelLabel } from "@/lib/labels/enums";

export const SECURITY_LEVELS: readonly SecurityLevel[] = ["GENERAL", "SENSITIVE", "HIGHLY_SENSITIVE"];

/** The clearance the 安全管理员's form proposes for a role (they may set another). */
export const DEFAULT_CLEARANCE: Record<Role, SecurityLevel> = {
  SYS_ADMIN: "GENERAL",
  SECURITY_ADMIN: "GENERAL",
  AUDITOR: "GENERAL",
  ORG_ADMIN: "HIGHLY_SENSITIVE",
  ORG_STAFF: "HIGHLY_SENSITIVE",
  UNIT: "SENSITIVE",
  LEADER: "HIGHLY_SENSITIVE",
};

export function clears(clearance: SecurityLevel, level: SecurityLevel): boolean {
  return SECURITY_LEVELS.indexOf(clearance) >= SECURITY_LEVELS.indexOf(level);
}

/** The sensitive information sets and their levels; every other field of a record is GENERAL. */
export const INFO_SETS = {
  sanctions: { label: "处分、组织处理", level: "HIGHLY_SENSITIVE" },
  assessmentConclusions: { label: "年度考核结论", level: "SENSITIVE" },
  personalMatters: { label: "个人有关事项报告", level: "HIGHLY_SENSITIVE" },
  familyAbroad: { label: "家庭成员移居国（境）外情况", level: "HIGHLY_SENSITIVE" },
  idNumber: { label: "身份证号（完整号码）", level: "HIGHLY_SENSITIVE" },
} as const satisfies Record<string, { label: string; level: SecurityLevel }>;

export type InfoSet = keyof typeof INFO_SETS;

export function mayRead(clearance: SecurityLevel, set: InfoSet): boolean {
  return clears(clearance, INFO_SETS[set].level);
}

export const INFO_SET_NAMES = Object.keys(INFO_SETS) as InfoSet[];

/** The sets (of those asked about) a clearance may not read, in INFO_SETS order. */
export function withheldSets(clearance: SecurityLevel, sets: readonly InfoSet[] = INFO_SET_NAMES): InfoSet[] {
  return INFO_SET_NAMES.filter((s) => sets.includes(s) && !mayRead(clearance, s));
}

/**
 * Which labelled parts a clearance may see, for code that lays out a record (the profile page,
 * the 任免审批表 print and PDF): `true` = show, `false` = withhold and say so.
 */
export function sectionsFor(clearance: SecurityLevel): Record<InfoSet, boolean> {
  return Object.fromEntries(INFO_SET_NAMES.map((s) => [s, mayRead(clearance, s)])) as Record<InfoSet, boolean>;
}

/** What a withheld section or a refused action says, naming the clearance it needs. */
export function labelDeniedMessage(set: InfoSet): string {
  return `您的密级不足，无法查看此项（需“${securityLevelLabel[INFO_SETS[set].level]}”）`;
}
