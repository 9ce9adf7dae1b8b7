// DEMO ONLY. One account per role for the demo district, created by the seed and printed by
// `npm start`. Their forced first-sign-in password change is disabled (isDemo) — never use
// these in a real deployment: create real accounts and disable these (docs/security.md).
import type { Role } from "../../lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Miaopu@Demo2026";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** base32 TOTP seed for the roles that must use a second factor (demo only) */
  totpSecret: string | null;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: "sysadmin",
    displayName: "系统管理员（演示）",
    role: "SYS_ADMIN",
    totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
  },
  {
    username: "orgadmin",
    displayName: "组织部管理员（演示）",
    role: "ORG_ADMIN",
    totpSecret: "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
  },
  { username: "orgstaff", displayName: "组织部干部科（演示）", role: "ORG_STAFF", totpSecret: null },
  { username: "unit", displayName: "街道党工委（演示）", role: "UNIT", totpSecret: null },
  { username: "leader", displayName: "区委领导（演示）", role: "LEADER", totpSecret: null },
  {
    username: "auditor",
    displayName: "安全审计员（演示）",
    role: "AUDITOR",
    totpSecret: "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK",
  },
];
