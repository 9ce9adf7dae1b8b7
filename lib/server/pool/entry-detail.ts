import "server-only";
// One pool entry for its review page: the entry, its reviews, and what the yearly review
// should weigh (poolExitSignals) on the reference date.
import { explain, poolExitSignals, type Check, type Explanation } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { labelChecks } from "@/lib/server/authz/labels";
import { poolScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { loadCadreFacts, loadPoolEntryFacts } from "@/lib/server/facts";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { refusedRead } from "@/lib/server/audit";

export async function getPoolEntryDetail(actor: Actor, entryId: string, asOf: Date) {
  const entry = await prisma.poolEntry.findFirst({
    where: { AND: [{ id: entryId }, poolScope(actor)] },
    include: {
      cadre: { select: { id: true, name: true, currentPostTitle: true, unit: { select: { name: true } } } },
      reviews: { orderBy: { year: "desc" } },
    },
  });
  if (!entry) throw await refusedRead(actor, "PoolEntry", entryId, "入库记录");
  const [facts, [entryFact], { profile }] = await Promise.all([
    loadCadreFacts([entry.cadreId]),
    loadPoolEntryFacts({ id: entry.id }),
    getActiveProfile(),
  ]);
  const all: Check[] = entry.closedOn ? [] : poolExitSignals(entryFact, facts.get(entry.cadreId)!, profile, asOf);
  // security labels: a signal drawn from a set above the actor's clearance keeps its rule id only
  const signals = await labelChecks(actor, all, entry.cadreId, "pool.review");
  const explanations: Record<string, Explanation> = {};
  for (const c of signals) explanations[c.ruleId] ??= explain(c.ruleId);
  return { entry, signals, explanations };
}
