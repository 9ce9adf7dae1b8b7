// Security labels (GB/T 22239-2019 L3, 强制访问控制): each sensitive information set carries a
// sensitivity level, each account a clearance; a set is readable only with a clearance at or
// above its level. Pure data and comparisons; enforced on the server (lib/server/authz).
import type { Role, SecurityLevel } from "@/lib/domain/enums";

export const SECURITY_LEVELS: readonly SecurityLevel[] = ["GENERAL", "SENSITIVE", "HIGHLY_SENSITIVE"];

/** The clearance the 安全管理员's form proposes for a role (they may set another). */
export const DEFAULT_CLEARANCE: Record<Role, SecurityLevel> = {
  SYS_ADMIN: "GENERAL",
  SECURITY_ADMIN: "GENERAL",
  AUDITOR: "GENERAL",
  ORG_ADMIN: "HIGHLY_SENSITIVE",
  ORG_STAFF: "HIGHLY_SENSITIVE",
  UNIT: "SENSITIVE",
  LEADER: "SENSITIVE",
};

export function clears(clearance: SecurityLevel, level: SecurityLevel): boolean {
  return SECURITY_LEVELS.indexOf(clearance) >= SECURITY_LEVELS.indexOf(level);
}
