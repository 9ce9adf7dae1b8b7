import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PoolEntryFact, PoolReviewFact } from "@/lib/rules";
import { prisma } from "@/lib/server/db";

/**
 * Pool entries (open and closed: a past reference date needs the history) with the cadre
 * facts the structure rules read. `where` carries the caller's scope (poolScope(actor)).
 */
export async function loadPoolEntryFacts(where: Prisma.PoolEntryWhereInput = {}): Promise<PoolEntryFact[]> {
  const rows = await prisma.poolEntry.findMany({
    where,
    select: {
      id: true,
      tier: true,
      domain: true,
      enteredOn: true,
      closedOn: true,
      // DP-POOL-READY reads the readiness of the latest review on or before the reference date
      reviews: { select: { reviewedOn: true, readiness: true }, orderBy: { reviewedOn: "asc" } },
      cadre: {
        select: {
          id: true,
          birthDate: true,
          gender: true,
          ethnicity: true,
          politicalStatus: true,
          educationRecords: {
            select: {
              level: true,
              degree: true,
              fullTime: true,
              is985: true,
              is211: true,
              isDoubleFirstClass: true,
              graduationDate: true,
            },
          },
        },
      },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    tier: r.tier,
    domain: r.domain,
    enteredOn: r.enteredOn,
    closedOn: r.closedOn,
    readiness: r.reviews,
    cadre: {
      id: r.cadre.id,
      birthDate: r.cadre.birthDate,
      gender: r.cadre.gender,
      ethnicity: r.cadre.ethnicity,
      politicalStatus: r.cadre.politicalStatus,
      education: r.cadre.educationRecords,
    },
  }));
}

export async function loadPoolReviewFacts(where: Prisma.PoolReviewWhereInput = {}): Promise<PoolReviewFact[]> {
  const rows = await prisma.poolReview.findMany({ where, select: { poolEntryId: true, reviewedOn: true } });
  return rows;
}
