import { describe, expect, it } from "vitest";
import { ACTIONS, can, PERMISSIONS, RESOURCES } from "@/lib/authz/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES = Object.keys(PERMISSIONS) as Role[];
const PERSONNEL = ["cadre", "idNumber", "pool", "nomination", "development"] as const;

describe("permission table (三员分立)", () => {
  it("neither the system nor the security administrator reads personnel data", () => {
    for (const role of ["SYS_ADMIN", "SECURITY_ADMIN"] as const)
      for (const r of PERSONNEL) for (const a of ACTIONS) expect(can(role, r, a), `${role} ${r}.${a}`).toBe(false);
  });

  it("splits account powers: the system administrator creates and maintains accounts, the security administrator grants", () => {
    expect(ROLES.filter((r) => can(r, "account", "create"))).toEqual(["SYS_ADMIN"]);
    expect(ROLES.filter((r) => can(r, "account", "update"))).toEqual(["SYS_ADMIN"]);
    expect(ROLES.filter((r) => can(r, "securitySettings", "update"))).toEqual(["SYS_ADMIN"]);
    for (const r of ["role", "recusal", "secondFactor"] as const)
      expect(
        ROLES.filter((role) => can(role, r, "manage")),
        r,
      ).toEqual(["SECURITY_ADMIN"]);
    expect(ROLES.filter((r) => can(r, "account", "read")).sort()).toEqual(["SECURITY_ADMIN", "SYS_ADMIN"]);
  });

  it("no role both creates accounts and grants them roles, or administers and audits", () => {
    for (const r of ROLES) {
      expect(can(r, "account", "create") && can(r, "role", "manage"), r).toBe(false);
      expect(can(r, "account", "update") && can(r, "secondFactor", "manage"), r).toBe(false);
      expect(can(r, "audit", "read") && (can(r, "account", "read") || can(r, "role", "manage")), r).toBe(false);
    }
  });

  it("the auditor holds only the audit log (and their own password)", () => {
    for (const r of RESOURCES)
      for (const a of ACTIONS) {
        const allowed = (r === "audit" && (a === "read" || a === "export")) || (r === "self" && a === "update");
        expect(can("AUDITOR", r, a), `${r}.${a}`).toBe(allowed);
      }
  });

  it("leaders read but never write, export or reveal", () => {
    for (const r of RESOURCES)
      for (const a of ACTIONS) {
        if (a !== "read" && !(r === "self" && a === "update")) expect(can("LEADER", r, a), `${r}.${a}`).toBe(false);
      }
  });

  it("only organization roles may reveal a 身份证号; only the org admin manages the policy profile", () => {
    expect(ROLES.filter((r) => can(r, "idNumber", "reveal")).sort()).toEqual(["ORG_ADMIN", "ORG_STAFF"]);
    expect(ROLES.filter((r) => can(r, "policy", "manage"))).toEqual(["ORG_ADMIN"]);
    expect(ROLES.filter((r) => can(r, "audit", "read"))).toEqual(["AUDITOR"]);
  });

  it("模拟调配 plans are the organization department's alone: no unit, leader or administrator reads one", () => {
    expect(ROLES.filter((r) => can(r, "staffingPlan", "read")).sort()).toEqual(["ORG_ADMIN", "ORG_STAFF"]);
    expect(ROLES.filter((r) => can(r, "staffingPlan", "manage")).sort()).toEqual(["ORG_ADMIN", "ORG_STAFF"]);
  });

  it("every role may change its own password", () => {
    for (const r of ROLES) expect(can(r, "self", "update")).toBe(true);
  });

  it("imports (bulk create/update from files) are for organization staff and unit committees; exports and prints for the organization only", () => {
    expect(ROLES.filter((r) => can(r, "cadre", "import")).sort()).toEqual(["ORG_ADMIN", "ORG_STAFF", "UNIT"]);
    expect(ROLES.filter((r) => can(r, "cadre", "export")).sort()).toEqual(["ORG_ADMIN", "ORG_STAFF"]);
    expect(ROLES.filter((r) => can(r, "cadre", "print")).sort()).toEqual(["ORG_ADMIN", "ORG_STAFF"]);
  });
});
