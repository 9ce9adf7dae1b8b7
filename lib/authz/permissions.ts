// The permission table, kept as data: role × resource × action. 三员分立 (GB/T 22239-2019 L3):
// the 系统管理员 creates, disables and re-enables accounts, resets passwords and keeps the
// system settings; the 安全管理员 grants roles, unit scopes and clearances, registers recusals
// and resets second factors; the 安全审计员 reads the audit log. None of them reads cadre data,
// and none may act on their own account (lib/server/accounts/account-rules.ts refuses it).
// Unit scope is applied by lib/server/authz/scope.ts.
import type { Role } from "@/lib/domain/enums";

export const RESOURCES = [
  "self",
  "cadre",
  "idNumber",
  "pool",
  "nomination",
  "development",
  "unit",
  "dashboard",
  "audit",
  "account",
  // what an account may do and see: its role, unit scope and clearance (安全管理员)
  "role",
  // 回避登记: the cadres an account must not see (安全管理员)
  "recusal",
  // an account's TOTP enrolment (reset by the 安全管理员; enrolled by the holder)
  "secondFactor",
  // the SecuritySettings row: second-factor policy, inactivity and password age limits
  "securitySettings",
  "policy",
  "settings",
  // 模拟调配: what-if staffing plans, the organization department's own working papers
  "staffingPlan",
] as const;
// "import": bulk create/update from files (花名册 .xlsx, 任免审批表 LRMX/LRM), in the actor's scope.
export const ACTIONS = [
  "read",
  "create",
  "update",
  "import",
  "export",
  "print",
  "reveal",
  "transition",
  "manage",
] as const;

export type Resource = (typeof RESOURCES)[number];
export type Action = (typeof ACTIONS)[number];
type Grants = Partial<Record<Resource, readonly Action[]>>;

const ORG_COMMON: Grants = {
  cadre: ["read", "create", "update", "import", "export", "print"],
  idNumber: ["reveal"],
  pool: ["read", "manage", "export"],
  nomination: ["read", "transition", "export", "print"],
  development: ["read", "manage", "export"],
  unit: ["read", "manage"],
  // export: the 统计报表 as Excel
  dashboard: ["read", "export"],
  policy: ["read"],
  settings: ["read"],
  staffingPlan: ["read", "manage"],
};

// "self": one's own account (change password). Every role holds it.
export const PERMISSIONS: Record<Role, Grants> = {
  // account.create: a new account without a role; account.update: disable/enable, expiry date,
  // password reset (a system-generated one-time password; the second factor still stands)
  SYS_ADMIN: {
    self: ["update"],
    account: ["read", "create", "update"],
    securitySettings: ["read", "update"],
    settings: ["read"],
  },
  SECURITY_ADMIN: {
    self: ["update"],
    account: ["read"],
    role: ["manage"],
    recusal: ["manage"],
    secondFactor: ["manage"],
    securitySettings: ["read"],
  },
  ORG_ADMIN: { self: ["update"], ...ORG_COMMON, policy: ["read", "manage"], settings: ["read", "manage"] },
  ORG_STAFF: { self: ["update"], ...ORG_COMMON },
  UNIT: {
    self: ["update"],
    // A unit may bring its own cadres in from files (import stays inside its unit), but not
    // export or print: personnel files leave the system through the organization department.
    cadre: ["read", "create", "update", "import"],
    pool: ["read"],
    nomination: ["read", "create"],
    development: ["read"],
    unit: ["read"],
  },
  LEADER: {
    self: ["update"],
    cadre: ["read"],
    pool: ["read"],
    nomination: ["read"],
    development: ["read"],
    unit: ["read"],
    dashboard: ["read"],
    policy: ["read"],
  },
  AUDITOR: { self: ["update"], audit: ["read", "export"] },
};

export function can(role: Role, resource: Resource, action: Action): boolean {
  return PERMISSIONS[role][resource]?.includes(action) ?? false;
}

/** Roles whose reads are limited to their own unit. */
export const UNIT_SCOPED_ROLES: readonly Role[] = ["UNIT"];
