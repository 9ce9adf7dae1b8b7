import "server-only";
// 继任: for each key post, the pool members whose tier and rank fit it (lib/units/succession.ts),
// with the readiness of their latest yearly review and the rules engine's verdict for the post
// (the PROMOTION verdict for its rank, or the tier's own verdict for a move at the same level);
// and the bench strength per post kind and per unit: posts with no ready successor. Candidates
// are read through poolScope (recusal in the where); verdicts are computed once per cadre and
// rank, not per post, so the cost grows with the pool, not with pool × posts.
import type { Actor } from "@/lib/auth/actor";
import { UNIT_SCOPED_ROLES } from "@/lib/authz/permissions";
import type { KeyPostKind, PoolTier, Rank, UnitType } from "@/lib/domain/enums";
import { ForbiddenError } from "@/lib/errors/user-facing";
import type { CadreFacts, Readiness, Verdict } from "@/lib/rules";
import { evaluateCandidate, rankOn, readinessOn } from "@/lib/rules";
import { assertCan, poolScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { loadCadreFacts } from "@/lib/server/facts";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { compareSuccessors, rankStep, tiersFor } from "@/lib/units/succession";
import { loadKeyPosts, type KeyPost } from "./key-posts";
import { getSuccessionSettings } from "./settings";

export interface Successor {
  entryId: string;
  cadreId: string;
  name: string;
  unitName: string | null;
  rank: Rank | null;
  tier: PoolTier;
  readiness: Readiness | null;
  step: "SAME" | "PROMOTION";
  verdict: Verdict;
  eligible: boolean;
  /** 近期可提拔 and not ineligible for the post */
  ready: boolean;
  /** has held a post in a unit of the key post's unit type */
  sameTypeExperience: boolean;
}

export interface KeyPostSuccession extends KeyPost {
  successors: Successor[];
  readyCount: number;
}

export interface BenchFigure {
  posts: number;
  /** posts with no ready successor */
  uncovered: number;
}

export interface SuccessionView {
  posts: KeyPostSuccession[];
  byKind: Partial<Record<KeyPostKind, BenchFigure>>;
  byUnit: { unitId: string; unitName: string; figure: BenchFigure }[];
  keyPostKinds: KeyPostKind[];
}

/** Succession is a district-wide view of the pool: roles without a unit scope only. */
function assertDistrictReader(actor: Actor) {
  assertCan(actor, "pool", "read");
  assertCan(actor, "unit", "read");
  if (UNIT_SCOPED_ROLES.includes(actor.role)) throw new ForbiddenError();
}

async function candidates(actor: Actor, asOf: Date) {
  const entries = await prisma.poolEntry.findMany({
    where: {
      AND: [poolScope(actor), { enteredOn: { lte: asOf } }, { OR: [{ closedOn: null }, { closedOn: { gt: asOf } }] }],
    },
    select: {
      id: true,
      tier: true,
      cadreId: true,
      cadre: { select: { name: true, unit: { select: { name: true } } } },
      reviews: { select: { reviewedOn: true, readiness: true } },
    },
    orderBy: { id: "asc" },
  });
  const facts = await loadCadreFacts(entries.map((e) => e.cadreId));
  return entries.flatMap((e) => {
    const f = facts.get(e.cadreId);
    return f ? [{ entry: e, facts: f, readiness: readinessOn({ readiness: e.reviews }, asOf) }] : [];
  });
}

function unitTypesServed(f: CadreFacts, asOf: Date): Set<UnitType> {
  return new Set(f.appointments.filter((a) => a.startDate.getTime() <= asOf.getTime()).map((a) => a.unitType));
}

export async function getSuccession(
  actor: Actor,
  asOf: Date,
  f: { unitType?: UnitType; kind?: KeyPostKind; postId?: string } = {},
): Promise<SuccessionView> {
  assertDistrictReader(actor);
  const [settings, { profile }] = await Promise.all([getSuccessionSettings(actor), getActiveProfile()]);
  const all = await loadKeyPosts(settings, asOf, f);
  const posts = f.kind ? all.filter((p) => p.kinds.includes(f.kind!)) : all;
  const pool = await candidates(actor, asOf);
  const served = new Map(pool.map((c) => [c.entry.cadreId, unitTypesServed(c.facts, asOf)]));
  const ranks = new Map(pool.map((c) => [c.entry.cadreId, rankOn(c.facts, asOf)]));
  // one verdict per cadre and post rank
  const verdicts = new Map<string, Verdict>();
  const verdictFor = (c: (typeof pool)[number], rank: Rank, step: "SAME" | "PROMOTION"): Verdict => {
    const key = `${c.entry.id}|${rank}`;
    let v = verdicts.get(key);
    if (!v) {
      const target =
        step === "PROMOTION" && rank !== "STAFF"
          ? ({ kind: "PROMOTION", rank } as const)
          : ({ kind: "POOL", tier: c.entry.tier } as const);
      verdicts.set(key, (v = evaluateCandidate(c.facts, target, profile, asOf)));
    }
    return v;
  };
  const result: KeyPostSuccession[] = posts.map((p) => {
    const tiers = new Set(tiersFor(p.rank));
    const holders = new Set(p.holders.map((h) => h.cadreId));
    const successors: Successor[] = [];
    for (const c of pool) {
      if (!tiers.has(c.entry.tier) || holders.has(c.entry.cadreId)) continue;
      const rank = ranks.get(c.entry.cadreId) ?? null;
      const step = rankStep(rank, p.rank);
      if (!step) continue;
      const verdict = verdictFor(c, p.rank, step);
      const eligible = verdict.outcome === "ELIGIBLE" || verdict.outcome === "WARNINGS";
      successors.push({
        entryId: c.entry.id,
        cadreId: c.entry.cadreId,
        name: c.entry.cadre.name,
        unitName: c.entry.cadre.unit?.name ?? null,
        rank,
        tier: c.entry.tier,
        readiness: c.readiness,
        step,
        verdict,
        eligible,
        ready: eligible && c.readiness === "NEAR_TERM",
        sameTypeExperience: served.get(c.entry.cadreId)?.has(p.unit.type) ?? false,
      });
    }
    successors.sort(compareSuccessors);
    return { ...p, successors, readyCount: successors.filter((s) => s.ready).length };
  });
  return { posts: result, ...bench(result), keyPostKinds: settings.keyPostKinds };
}

function bench(posts: KeyPostSuccession[]): Pick<SuccessionView, "byKind" | "byUnit"> {
  const byKind: Partial<Record<KeyPostKind, BenchFigure>> = {};
  const byUnit = new Map<string, { unitId: string; unitName: string; figure: BenchFigure }>();
  for (const p of posts) {
    const uncovered = p.readyCount === 0 ? 1 : 0;
    for (const k of p.kinds) {
      const b = (byKind[k] ??= { posts: 0, uncovered: 0 });
      b.posts++;
      b.uncovered += uncovered;
    }
    const u = byUnit.get(p.unit.id) ?? { unitId: p.unit.id, unitName: p.unit.name, figure: { posts: 0, uncovered: 0 } };
    u.figure.posts++;
    u.figure.uncovered += uncovered;
    byUnit.set(p.unit.id, u);
  }
  return { byKind, byUnit: [...byUnit.values()] };
}
