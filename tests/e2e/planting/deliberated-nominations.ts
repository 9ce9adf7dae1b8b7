// Nominations of the demo unit's cadres that reached 酝酿 (DELIBERATED), with the events of the
// steps before (recorded by orgstaff) and a 民主推荐 60 days before today, ready for a 讨论决定
// meeting (tests/e2e/meetings.spec.ts).
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { buildCadre } from "../../factories";

const DAY = 86_400_000;

export async function deliberatedNominations(
  prisma: PrismaClient,
  input: { prefix: string; names: string[]; proposedPost: string },
) {
  const unit = await prisma.user.findUniqueOrThrow({ where: { username: "unit" }, select: { unitId: true } });
  const org = await prisma.user.findUniqueOrThrow({ where: { username: "orgstaff" }, select: { id: true } });
  if (!unit.unitId) throw new Error("the demo unit account has no unit");
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * DAY);
  const isoAgo = (days: number) => ago(days).toISOString().slice(0, 10);
  const ids: string[] = [];
  for (const [i, name] of input.names.entries()) {
    const cadre = await prisma.cadre.create({
      data: buildCadre({
        id: `${input.prefix}-cadre-${i}`,
        name,
        gender: "FEMALE",
        birthDate: new Date("1989-04-10"),
        currentPostTitle: "街道办事处副主任",
        rank: "SECTION_PRINCIPAL",
        rankSince: new Date("2020-06-01"),
        unit: { connect: { id: unit.unitId } },
      }),
      select: { id: true },
    });
    const recommendation = { method: "BOTH" as const, ballotsIssued: 45, ballotsValid: 44, votesReceived: 38 };
    const n = await prisma.nomination.create({
      data: {
        id: `${input.prefix}-nomination-${i}`,
        cadreId: cadre.id,
        unitId: unit.unitId,
        tier: "DIVISION_DEPUTY",
        stage: "DELIBERATED",
        ...recommendation,
        recommendedOn: new Date(`${isoAgo(60)}T00:00:00Z`),
        reasons: "该同志政治素质好，在基层治理中担当作为，群众公认度高。",
        proposedPost: input.proposedPost,
        events: {
          create: [
            {
              fromStage: null,
              toStage: "PROPOSED",
              occurredAt: ago(55),
              data: { kind: "SUBMITTED", ...recommendation },
            },
            {
              fromStage: "PROPOSED",
              toStage: "RECOMMENDED",
              actorId: org.id,
              occurredAt: ago(50),
              data: { ...recommendation, recommendedOn: isoAgo(60), note: "推荐程序规范，结果有效" },
            },
            {
              fromStage: "RECOMMENDED",
              toStage: "INVESTIGATED",
              actorId: org.id,
              occurredAt: ago(30),
              data: {
                investigators: ["王强", "赵丽"],
                findings: "个别谈话21人，未发现影响使用的问题",
                evaluation: "政治坚定",
              },
            },
            {
              fromStage: "INVESTIGATED",
              toStage: "DELIBERATED",
              actorId: org.id,
              occurredAt: ago(10),
              data: { notes: "经与分管领导、纪委监委酝酿，无不同意见" },
            },
          ],
        },
      },
      select: { id: true },
    });
    ids.push(n.id);
  }
  return { nominationIds: ids };
}
