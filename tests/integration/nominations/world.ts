// Two units, their users and an organization-department user; cadres with known facts, so
// each check's outcome is decided by the test's own data (asOf dates are fixed).
import type { PoolTier } from "@/lib/generated/prisma/enums";
import { day } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { submitNomination } from "@/lib/server/nominations";
import type { NominationSubmission } from "@/lib/validation/nominations";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

export async function nominationWorld() {
  const [a, b] = [await createTestUnit(), await createTestUnit()];
  const unitA = actorOf(await createTestUser("UNIT", { unitId: a.id }));
  const unitB = actorOf(await createTestUser("UNIT", { unitId: b.id }));
  const org = actorOf(await createTestUser("ORG_STAFF"));
  const org2 = actorOf(await createTestUser("ORG_ADMIN"));
  const leader = actorOf(await createTestUser("LEADER"));
  return { a, b, unitA, unitB, org, org2, leader };
}

/** Born 1988-05-01 (38 on 2026-11-22); with a full-time bachelor when `clean`, else no education (D20-EDU, NAT-EDU warn). */
export async function cadreIn(unitId: string, name: string, opts: { clean?: boolean } = {}) {
  const c = await createTestCadre(unitId, name);
  // a 正科 since 2020: fits the 副处级 tier these tests nominate for (D20-TIER-RANK, D20-TIER-YEARS)
  await prisma.cadre.update({ where: { id: c.id }, data: { rank: "SECTION_PRINCIPAL", rankSince: day(2020, 1, 1) } });
  if (opts.clean) {
    await prisma.educationRecord.create({
      data: {
        cadreId: c.id,
        level: "BACHELOR",
        degree: "BACHELOR",
        fullTime: true,
        school: "测试大学",
        graduationDate: day(2010, 7, 1),
      },
    });
  }
  return c;
}

export function submission(cadreId: string, over: Partial<NominationSubmission> = {}): NominationSubmission {
  return {
    cadreId,
    tier: "DIVISION_DEPUTY" as PoolTier,
    method: "BOTH",
    ballotsIssued: 40,
    ballotsValid: 39,
    votesReceived: 31,
    recommendedOn: "2026-08-20",
    reasons: "该同志政治素质好，工作实绩突出，群众公认度高。",
    ...over,
  };
}

export const SUBMITTED_ON = day(2026, 9, 1);

/** A clean cadre of unit A nominated for 副处级 on 2026-09-01. */
export async function submitted(
  w: { a: { id: string }; unitA: Actor },
  name = "李明",
  over: Partial<NominationSubmission> = {},
) {
  const cadre = await cadreIn(w.a.id, name, { clean: true });
  const { id } = await submitNomination(w.unitA, submission(cadre.id, over), { today: SUBMITTED_ON });
  return { cadre, id };
}

export async function current(id: string) {
  return prisma.nomination.findUniqueOrThrow({ where: { id } });
}
