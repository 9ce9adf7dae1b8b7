// The data e2e specs plant for themselves, built with tests/factories (the builders the seed
// and the integration tests use). Each planting takes plain JSON and answers plain JSON: it
// runs in a tsx process of its own (support/plant.ts), where the Prisma client loads.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { buildCadre } from "../../factories";
import { deliberatedNominations } from "./deliberated-nominations";

/**
 * A serving cadre of the demo unit account's unit whose only degree is an in-service
 * bachelor's (在职本科): nominating them for a division tier warns under D20-EDU. A 正科级 since
 * 2020, so the 副处级 tier fits them.
 */
async function inServiceBachelorOfDemoUnit(prisma: PrismaClient, input: { id: string; name: string }) {
  const account = await prisma.user.findUniqueOrThrow({ where: { username: "unit" }, select: { unitId: true } });
  if (!account.unitId) throw new Error("the demo unit account has no unit");
  const cadre = await prisma.cadre.create({
    data: buildCadre({
      id: input.id,
      name: input.name,
      gender: "MALE",
      birthDate: new Date("1990-03-15"),
      currentPostTitle: "党政办公室主任",
      // 正科级 since 2020: fits the 副处级 tier (D20-TIER-RANK takes 正科级 and 副处级)
      rank: "SECTION_PRINCIPAL",
      rankSince: new Date("2020-06-01"),
      highestFullTimeLevel: null,
      unit: { connect: { id: account.unitId } },
      educationRecords: {
        create: [
          {
            level: "BACHELOR",
            degree: "BACHELOR",
            fullTime: false,
            school: "省委党校",
            graduationDate: new Date("2015-07-01"),
          },
        ],
      },
    }),
    select: { id: true },
  });
  return { cadreId: cadre.id, unitId: account.unitId };
}

export const PLANTINGS = { inServiceBachelorOfDemoUnit, deliberatedNominations };

export type Plantings = typeof PLANTINGS;
export type PlantingName = keyof Plantings;
