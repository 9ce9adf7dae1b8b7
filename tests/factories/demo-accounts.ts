// DEMO ONLY. One account per role for the demo district, created by the seed and printed by
// `npm start`. Their forced first-sign-in password change is disabled (isDemo), and their TOTP
// secrets are printed (and count as enrolled) so the demo is easy to try — a real account's
// holder enrols at the first sign-in and nobody else sees the secret. Never use these in a real
// deployment: create real accounts and disable these (docs/security.md).
import type { Role } from "../../lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Miaopu@Demo2026";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  /** base32 TOTP seed (demo only): every role signs in with a second factor by default */
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
    username: "secadmin",
    displayName: "安全管理员（演示）",
    role: "SECURITY_ADMIN",
    totpSecret: "NVUWC33QOUWXGZLDMFSG22LOFVSGK3LP",
  },
  {
    username: "orgadmin",
    displayName: "组织部管理员（演示）",
    role: "ORG_ADMIN",
    totpSecret: "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
  },
  {
    username: "orgstaff",
    displayName: "组织部干部科（演示）",
    role: "ORG_STAFF",
    totpSecret: "NVUWC33QOUWW64THON2GCZTGFVSGK3LP",
  },
  {
    username: "unit",
    displayName: "街道党工委（演示）",
    role: "UNIT",
    totpSecret: "NVUWC33QOUWXK3TJOQWWIZLNN4WXI33U",
  },
  {
    username: "leader",
    displayName: "区委领导（演示）",
    role: "LEADER",
    totpSecret: "NVUWC33QOUWWYZLBMRSXELLEMVWW6LLU",
  },
  {
    username: "auditor",
    displayName: "安全审计员（演示）",
    role: "AUDITOR",
    totpSecret: "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK",
  },
];
