// A small world for the development-area tests: two units, cadres in and out of the pool,
// and one user of each relevant role. Every call makes fresh rows (the database is shared by
// the run's test files).
import type { PoolTier, Rank } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

let seq = 0;

export interface CadreSpec {
  unitId: string;
  name?: string;
  initials?: string;
  birthDate?: Date;
  rank?: Rank | null;
  tier?: PoolTier | null;
  enteredOn?: Date;
}

export async function makeCadre(spec: CadreSpec) {
  seq += 1;
  const cadre = await prisma.cadre.create({
    data: {
      name: spec.name ?? `测试${seq}`,
      namePinyinInitials: spec.initials ?? `cs${seq}`,
      namePinyin: `ceshi${String(seq).padStart(5, "0")}`,
      gender: "MALE",
      birthDate: spec.birthDate ?? new Date("1990-03-15"),
      politicalStatus: "CPC_MEMBER",
      unitId: spec.unitId,
      rank: spec.rank === undefined ? "SECTION_DEPUTY" : spec.rank,
      educationRecords: {
        create: {
          level: "BACHELOR",
          degree: "BACHELOR",
          fullTime: true,
          school: "安徽大学",
          graduationDate: new Date("2012-07-01"),
        },
      },
    },
  });
  if (spec.tier) {
    await prisma.poolEntry.create({
      data: {
        cadreId: cadre.id,
        tier: spec.tier,
        source: "ORG_INVESTIGATION",
        enteredOn: spec.enteredOn ?? new Date("2022-01-10"),
      },
    });
  }
  return cadre;
}

export async function makeWorld() {
  const [a, b] = [await createTestUnit(), await createTestUnit()];
  const actors = {
    org: actorOf(await createTestUser("ORG_STAFF")),
    unitA: actorOf(await createTestUser("UNIT", { unitId: a.id })),
    leader: actorOf(await createTestUser("LEADER")),
  };
  return { a, b, actors };
}

export const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
