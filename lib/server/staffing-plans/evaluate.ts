import "server-only";
// A plan's results for the page: the real district on the plan's date (plan-base.ts, kept),
// the moved people's facts (one query), the plan applied in memory (evaluatePlan) and the names
// the tables show. The verdicts' checks pass through the reader's clearance (labelChecks).
import type { Actor } from "@/lib/auth/actor";
import { explain, type CadreFacts, type Explanation, type PlanMove, type PlanPerson, type Rank } from "@/lib/rules";
import { labelChecks } from "@/lib/server/authz/labels";
import { loadCadreFacts } from "@/lib/server/facts";
import { prisma } from "@/lib/server/db";
import { evaluatePlan, type PlanBase, type PlanEvaluation } from "@/lib/staffing-plans/evaluate-plan";
import { getPlanBase } from "./plan-base";
import type { PlanDetail } from "./read-plans";

export interface PlanResults extends PlanEvaluation {
  /** names of the units, posts ("单位 职位") and cadres the changed rows and teams name */
  names: Record<string, string>;
  explanations: Record<string, Explanation>;
  /** the posts the verdicts name */
  posts: Record<string, { title: string; rank: Rank; unitName: string }>;
  profileName: string;
  /** milliseconds: the district's base (0 when kept) and the plan's own pass */
  timings: { baseMs: number; planMs: number };
}

export function planMoves(plan: Pick<PlanDetail, "moves">): PlanMove[] {
  return plan.moves.map((m) => ({
    id: m.id,
    kind: m.kind,
    cadreId: m.cadre.id,
    postId: m.post.id,
    otherCadreId: m.otherCadre?.id ?? null,
    otherPostId: m.otherPost?.id ?? null,
  }));
}

// The moved cadres' facts, kept per base (one data stamp and day) for a short while: adding a
// move reads only the newly moved cadre. Not every table behind the verdicts (sanctions,
// assessments …) moves the data stamp, hence the time limit rather than the stamp alone.
const FACTS_TTL_MS = 30_000;
const keptFacts = new WeakMap<PlanBase, Map<string, { at: number; facts: CadreFacts }>>();

async function movedFacts(base: PlanBase, ids: readonly string[]): Promise<Map<string, CadreFacts>> {
  let kept = keptFacts.get(base);
  if (!kept) keptFacts.set(base, (kept = new Map()));
  const now = Date.now();
  const out = new Map<string, CadreFacts>();
  const missing: string[] = [];
  for (const id of ids) {
    const k = kept.get(id);
    if (k && now - k.at < FACTS_TTL_MS) out.set(id, k.facts);
    else missing.push(id);
  }
  for (const [id, f] of await loadCadreFacts(missing)) {
    kept.set(id, { at: now, facts: f });
    out.set(id, f);
  }
  return out;
}

/** The plan's moves evaluated on its date, without the names (the benchmark times this). */
export async function computePlan(asOf: Date, moves: readonly PlanMove[]) {
  const t0 = performance.now();
  const base = await getPlanBase(asOf);
  const t1 = performance.now();
  const ids = [...new Set(moves.flatMap((m) => (m.otherCadreId ? [m.cadreId, m.otherCadreId] : [m.cadreId])))];
  const facts = await movedFacts(base, ids);
  const people = new Map<string, PlanPerson>();
  for (const [id, f] of facts)
    people.set(id, { id, birthDate: f.birthDate, gender: f.gender, education: f.education, rank: f.rank ?? null });
  const evaluation = evaluatePlan(base, moves, people, facts);
  return { base, evaluation, timings: { baseMs: Math.round(t1 - t0), planMs: Math.round(performance.now() - t1) } };
}

export async function planResults(actor: Actor, plan: PlanDetail): Promise<PlanResults> {
  const { base, evaluation, timings } = await computePlan(plan.asOf, planMoves(plan));
  const verdicts = await Promise.all(
    evaluation.verdicts.map(async (v) => ({
      ...v,
      promotion: v.promotion
        ? { ...v.promotion, checks: await labelChecks(actor, v.promotion.checks, v.cadreId, "staffingPlan.check") }
        : null,
      pool: { ...v.pool, checks: await labelChecks(actor, v.pool.checks, v.cadreId, "staffingPlan.check") },
    })),
  );
  const names: Record<string, string> = {};
  const unitName = (id: string) => base.ctx.idx.unitsById.get(id)?.name ?? "";
  const cadreIds = new Set<string>();
  const promotedBy = new Map<string, string>();
  for (const t of evaluation.targets) {
    if (!t.changed) continue;
    for (const id of [...t.gained, ...t.lost]) {
      if (t.subject === "UNIT") names[id] = unitName(id);
      else if (t.subject === "POST") {
        const p = base.postsById.get(id);
        if (p) names[id] = `${unitName(p.unitId)}${p.title}`;
      } else if (t.subject === "PROMOTION" && id.startsWith("plan:")) {
        // a promotion the plan makes (planPromotions: plan:<move>:<cadre>) reads as its cadre
        const cadreId = id.split(":")[2];
        cadreIds.add(cadreId);
        promotedBy.set(id, cadreId);
      } else cadreIds.add(id);
    }
  }
  const posts: PlanResults["posts"] = {};
  for (const v of verdicts) {
    cadreIds.add(v.cadreId);
    const p = base.postsById.get(v.postId);
    if (p) posts[p.id] = { title: p.title, rank: p.rank, unitName: unitName(p.unitId) };
  }
  for (const team of evaluation.teams)
    for (const h of [...team.before.holders, ...team.after.holders]) cadreIds.add(h.cadreId);
  if (cadreIds.size) {
    const rows = await prisma.cadre.findMany({
      where: { id: { in: [...cadreIds] }, NOT: { id: { in: actor.recusedCadreIds } } },
      select: { id: true, name: true },
    });
    for (const r of rows) names[r.id] = r.name;
  }
  for (const [id, cadreId] of promotedBy) if (names[cadreId]) names[id] = names[cadreId];
  const ruleIds = new Set<string>();
  for (const v of verdicts) for (const c of [...(v.promotion?.checks ?? []), ...v.pool.checks]) ruleIds.add(c.ruleId);
  for (const t of evaluation.targets) ruleIds.add(t.ruleId);
  return {
    ...evaluation,
    verdicts,
    names,
    explanations: Object.fromEntries([...ruleIds].map((id) => [id, explain(id)])),
    posts,
    profileName: base.ctx.profile.name,
    timings,
  };
}
