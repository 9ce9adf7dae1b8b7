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

/**
 * A woman cadre of the demo unit whose 任免审批表 runs long: `resumeLines` imported 简历 lines
 * (「第N段经历」) and `relatives` family members — a husband, his parents (公公, 婆婆) and
 * 共青团员 children — so the form has a 续页 and its 称谓 follow her gender.
 */
async function longFormOfDemoUnit(
  prisma: PrismaClient,
  input: { id: string; name: string; resumeLines: number; relatives: number },
) {
  const account = await prisma.user.findUniqueOrThrow({ where: { username: "unit" }, select: { unitId: true } });
  const lines = Array.from({ length: input.resumeLines }, (_, i) => ({
    start: `${1990 + Math.floor(i / 2)}-${i % 2 ? "07" : "01"}`,
    end: `${1990 + Math.floor(i / 2)}-${i % 2 ? "12" : "06"}`,
    text: `青禾区某单位第${i + 1}段经历`,
    notes: [],
  }));
  const relations = ["SPOUSE", "FATHER_IN_LAW", "MOTHER_IN_LAW"] as const;
  const cadre = await prisma.cadre.create({
    data: buildCadre({
      id: input.id,
      name: input.name,
      gender: "FEMALE",
      birthDate: new Date("1986-04-12"),
      currentPostTitle: "青禾区柳溪街道党工委委员",
      unit: { connect: { id: account.unitId! } },
      resumeLines: lines,
      familyMembers: {
        create: Array.from({ length: input.relatives }, (_, i) => ({
          relation: relations[i] ?? (i % 2 ? "DAUGHTER" : "SON"),
          name: `亲属${i + 1}`,
          birthDate: new Date(i < 3 ? "1960-01-01" : `20${10 + i}-01-01`),
          politicalStatus: i < 3 ? "CPC_MEMBER" : "CYL_MEMBER",
          workplaceAndPost: i < 3 ? "青禾区某单位职员" : "青禾区第一中学学生",
          sortOrder: i,
        })),
      },
    }),
    select: { id: true },
  });
  return { cadreId: cadre.id };
}

/**
 * A nomination of a demo-unit cadre standing at 酝酿 (DELIBERATED), its 民主推荐 of 20 days ago
 * still valid: the next step is 讨论决定, whatever the demo district's size.
 */
async function deliberatedNominationOfDemoUnit(prisma: PrismaClient, input: { id: string; name: string }) {
  const account = await prisma.user.findUniqueOrThrow({ where: { username: "unit" }, select: { unitId: true } });
  const cadre = await prisma.cadre.create({
    data: buildCadre({
      id: input.id,
      name: input.name,
      gender: "MALE",
      currentPostTitle: "党政办公室主任",
      unit: { connect: { id: account.unitId! } },
    }),
    select: { id: true },
  });
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
  const stages = ["PROPOSED", "RECOMMENDED", "INVESTIGATED", "DELIBERATED"] as const;
  const nomination = await prisma.nomination.create({
    data: {
      id: `${input.id}-nomination`,
      cadreId: cadre.id,
      unitId: account.unitId!,
      tier: "DIVISION_DEPUTY",
      stage: "DELIBERATED",
      method: "BOTH",
      ballotsIssued: 40,
      ballotsValid: 39,
      votesReceived: 33,
      recommendedOn: new Date(daysAgo(20).toISOString().slice(0, 10)),
      reasons: "政治素质好，工作实绩突出，群众公认度高。",
      events: {
        create: stages.map((toStage, i) => ({
          fromStage: i ? stages[i - 1] : null,
          toStage,
          occurredAt: daysAgo(24 - i * 6),
          data: {},
        })),
      },
    },
    select: { id: true },
  });
  return { cadreId: cadre.id, nominationId: nomination.id };
}

/** A nomination of the demo unit at 动议 with an older paper 民主推荐 result (the online vote renews it). */
async function nominationForVoting(prisma: PrismaClient, input: { id: string; name: string }) {
  const { cadreId, unitId } = await inServiceBachelorOfDemoUnit(prisma, { id: `${input.id}-cadre`, name: input.name });
  const n = await prisma.nomination.create({
    data: {
      id: input.id,
      cadreId,
      unitId,
      tier: "DIVISION_DEPUTY",
      method: "MEETING",
      ballotsIssued: 30,
      ballotsValid: 30,
      votesReceived: 20,
      recommendedOn: new Date("2026-01-05"),
      reasons: "线上民主推荐测试",
      events: { create: { toStage: "PROPOSED", data: {} } },
    },
    select: { id: true },
  });
  return { nominationId: n.id, unitId };
}

export const PLANTINGS = {
  inServiceBachelorOfDemoUnit,
  deliberatedNominations,
  longFormOfDemoUnit,
  deliberatedNominationOfDemoUnit,
  nominationForVoting,
};

export type Plantings = typeof PLANTINGS;
export type PlantingName = keyof Plantings;
