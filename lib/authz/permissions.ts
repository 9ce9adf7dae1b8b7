// The permission table, kept as data: role × resource × action. 三员分立: the system
// administrator manages accounts and settings but never reads cadre data; the auditor reads
// the audit log and nothing else. Unit scope is applied by lib/server/authz/scope.ts.
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
  "policy",
  "settings",
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
  nomination: ["read", "transition"],
  development: ["read", "manage", "export"],
  unit: ["read", "manage"],
  dashboard: ["read"],
  policy: ["read"],
  settings: ["read"],
};

// "self": one's own account (change password). Every role holds it.
export const PERMISSIONS: Record<Role, Grants> = {
  SYS_ADMIN: { self: ["update"], account: ["read", "manage"], settings: ["read"] },
  // Refined by the 三员分立 work of issue 18: roles, unit scopes, clearances, second factors.
  SECURITY_ADMIN: { self: ["update"], account: ["read"] },
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
