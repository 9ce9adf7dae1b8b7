import "server-only";
// The 干部库 page: the structure report (evaluatePool) on a reference date, the entries due
// for their yearly review (poolReviewDue), and the open entries grouped by tier — all within
// the actor's pool scope, computed once per request.
import type { PoolTier } from "@/lib/generated/prisma/enums";
import { ageOn, evaluatePool, poolReviewDue, type PoolReport, type ReviewDueItem } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { poolScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { loadPoolEntryFacts, loadPoolReviewFacts } from "@/lib/server/facts";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { getTierNames } from "@/lib/server/policy/pool-tiers";

export interface PoolEntryRow {
  id: string;
  version: number;
  cadreId: string;
  name: string;
  gender: "MALE" | "FEMALE";
  age: number;
  ethnicity: string;
  unit: string;
  post: string;
  tier: PoolTier;
  /** the tier's name under the profile in force (lib/labels/pool-tiers.ts) */
  tierName: string;
  domain: string | null;
  source: string;
  enteredOn: Date;
  lastReview: { year: number; conclusion: string } | null;
}

export interface PoolOverview {
  report: PoolReport;
  profileName: string;
  due: ReviewDueItem[];
  entries: PoolEntryRow[];
}

export async function getPoolOverview(actor: Actor, asOf: Date): Promise<PoolOverview> {
  const scope = poolScope(actor);
  const [facts, reviews, active, tiers, rows] = await Promise.all([
    loadPoolEntryFacts(scope),
    loadPoolReviewFacts({ poolEntry: scope }),
    getActiveProfile(),
    getTierNames(),
    // entries active on asOf (entered by then, not yet closed on that day)
    prisma.poolEntry.findMany({
      where: { AND: [scope, { enteredOn: { lte: asOf } }, { OR: [{ closedOn: null }, { closedOn: { gt: asOf } }] }] },
      select: {
        id: true,
        version: true,
        tier: true,
        domain: true,
        source: true,
        enteredOn: true,
        cadre: {
          select: {
            id: true,
            name: true,
            gender: true,
            birthDate: true,
            ethnicity: true,
            currentPostTitle: true,
            unit: { select: { name: true } },
          },
        },
        reviews: { select: { year: true, conclusion: true }, orderBy: { year: "desc" }, take: 1 },
      },
      orderBy: [{ tier: "asc" }, { enteredOn: "asc" }, { id: "asc" }],
    }),
  ]);
  const { profile } = active;
  return {
    report: evaluatePool(facts, profile, asOf),
    profileName: profile.name,
    due: poolReviewDue(facts, reviews, profile, asOf, 60),
    entries: rows.map((r) => ({
      id: r.id,
      version: r.version,
      cadreId: r.cadre.id,
      name: r.cadre.name,
      gender: r.cadre.gender,
      age: ageOn(r.cadre.birthDate, asOf),
      ethnicity: r.cadre.ethnicity,
      unit: r.cadre.unit?.name ?? "",
      post: r.cadre.currentPostTitle ?? "",
      tier: r.tier,
      tierName: tiers.names[r.tier],
      domain: r.domain,
      source: r.source,
      enteredOn: r.enteredOn,
      lastReview: r.reviews[0] ?? null,
    })),
  };
}
