// Test accounts and actors built straight in the database (the tests' own, fresh per run).
import { hash } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import type { Role, SecurityLevel } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { DEFAULT_CLEARANCE } from "@/lib/authz/clearance";
import { prisma } from "@/lib/server/db";

export const TEST_PASSWORD = "Correct-Horse-42";

export async function createTestUser(
  role: Role,
  opts: {
    unitId?: string;
    cadreId?: string;
    totpSecretCipher?: string;
    mustChangePassword?: boolean;
    clearance?: SecurityLevel;
  } = {},
) {
  // 48 random bits: each integration worker keeps one database for all its files, and 24 bits
  // collided once in a few thousand accounts (birthday bound)
  const username = `${role.toLowerCase()}_${randomBytes(6).toString("hex")}`;
  const user = await prisma.user.create({
    data: {
      username,
      displayName: `测试${role}`,
      role,
      unitId: role === "UNIT" ? opts.unitId : null,
      cadreId: opts.cadreId,
      passwordHash: await hash(TEST_PASSWORD),
      mustChangePassword: opts.mustChangePassword ?? false,
      totpSecretCipher: opts.totpSecretCipher,
      totpEnrolledAt: opts.totpSecretCipher ? new Date() : null,
      clearance: opts.clearance ?? DEFAULT_CLEARANCE[role],
    },
  });
  return { ...user, role };
}

/** An actor as resolveSession would build it, for calling lib/server directly. */
export function actorOf(
  user: {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    unitId: string | null;
    clearance?: SecurityLevel;
  },
  extra: Partial<Actor> = {},
): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.role === "UNIT" ? user.unitId : null,
    recusedCadreIds: [],
    sessionId: "test-session",
    mustChangePassword: false,
    mustEnrollTotp: false,
    clearance: user.clearance ?? DEFAULT_CLEARANCE[user.role],
    stepUpAt: null,
    ip: "127.0.0.1",
    userAgent: "vitest",
    requestId: null,
    ...extra,
  };
}

let unitSeq = 0;
export async function createTestUnit(type: "STREET" | "PARTY_GOV_DEPT" = "STREET") {
  unitSeq += 1;
  const code = `T${Date.now().toString(36)}${unitSeq}${randomBytes(2).toString("hex")}`;
  return prisma.unit.create({ data: { code, name: `测试单位${code}`, type } });
}

export async function createTestCadre(unitId: string | null, name = "张三") {
  return prisma.cadre.create({
    data: { name, gender: "MALE", birthDate: new Date("1988-05-01"), politicalStatus: "CPC_MEMBER", unitId },
  });
}
