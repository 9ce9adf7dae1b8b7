// A small street with a two-post team for the unit and appointment tests. Fixed dates.
import { prisma } from "@/lib/server/db";
import { createTestUnit } from "../../support/users";

export const d = (s: string) => new Date(`${s}T00:00:00Z`);

export async function createStreetWithTeam() {
  const unit = await createTestUnit("STREET");
  const secretary = await prisma.post.create({
    data: {
      unitId: unit.id,
      title: "党工委书记",
      isPrincipal: true,
      isPartyGovHead: true,
      rank: "DIVISION_PRINCIPAL",
      sortOrder: 10,
    },
  });
  const deputy = await prisma.post.create({
    data: { unitId: unit.id, title: "办事处副主任", isPrincipal: false, rank: "DIVISION_DEPUTY", sortOrder: 20 },
  });
  const staff = await prisma.post.create({
    data: { unitId: unit.id, title: "科员", isLeadership: false, rank: "STAFF", sortOrder: 90 },
  });
  return { unit, secretary, deputy, staff };
}

export async function createCadreBorn(
  unitId: string | null,
  name: string,
  birthDate: string,
  gender: "MALE" | "FEMALE" = "MALE",
) {
  return prisma.cadre.create({
    data: { name, gender, birthDate: d(birthDate), politicalStatus: "CPC_MEMBER", unitId },
  });
}

/** 破格 reason for tests about posts and teams, not about the rules (their cadres meet none). */
export const EXCEPTION = "破格任用（测试不涉及任职条件）";
