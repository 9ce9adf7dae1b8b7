import "server-only";
// Turns a draft plan into 动议 nominations through the nominations' own create path
// (createProposedNomination): one per person a move places (a swap moves two people, so it makes
// two), and one per 免职 with 拟免职务 set. Each names the post in 拟任职务/拟免职务, the plan in
// its reasons, and carries the rule checks of its tier as a unit's submission does; the
// procedure re-checks at 考察 as for any nomination. A cadre with a nomination already open
// stops the whole conversion (nothing is written). The plan is then marked converted.
import type { Actor } from "@/lib/auth/actor";
import { UserFacingError } from "@/lib/errors/user-facing";
import { todayInChina } from "@/lib/format/dates";
import { prisma } from "@/lib/server/db";
import { checkNominee } from "@/lib/server/nominations/check-nominee";
import { assertNoOpenNomination, createProposedNomination } from "@/lib/server/nominations/create-proposed";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { tierForPost } from "@/lib/staffing-plans/post-tier";
import { commitPlanChange, planForChange } from "./manage-plans";
import { getPlan } from "./read-plans";

interface Proposal {
  moveId: string;
  position: number;
  cadreId: string;
  cadreName: string;
  postId: string;
  post: string;
  removal: boolean;
}

export async function convertPlan(actor: Actor, input: { id: string; version: number }) {
  const plan = await getPlan(actor, input.id);
  if (plan.moves.length === 0) throw new UserFacingError("方案中还没有调整，不能转为动议");
  const posts = await prisma.post.findMany({
    where: { id: { in: plan.moves.flatMap((m) => [m.post.id, ...(m.otherPost ? [m.otherPost.id] : [])]) } },
    select: { id: true, rank: true, isPrincipal: true },
  });
  const postById = new Map(posts.map((p) => [p.id, p]));
  const proposals: Proposal[] = plan.moves.flatMap((m) => {
    const one = (cadre: { id: string; name: string }, post: typeof m.post, removal = false): Proposal => ({
      moveId: m.id,
      position: m.position,
      cadreId: cadre.id,
      cadreName: cadre.name,
      postId: post.id,
      post: `${post.unit.name}${post.title}`,
      removal,
    });
    if (m.kind === "EXIT") return [one(m.cadre, m.post, true)];
    if (m.kind === "SWAP" && m.otherCadre && m.otherPost) return [one(m.cadre, m.post), one(m.otherCadre, m.otherPost)];
    return [one(m.cadre, m.post)];
  });
  const { profile } = await getActiveProfile();
  const today = todayInChina();
  // the checks read outside the transaction, as a unit's submission does (submit.ts)
  const checked = await Promise.all(
    proposals.map(async (p) => {
      const tier = tierForPost(postById.get(p.postId)!, profile);
      return { p, tier, check: await checkNominee(p.cadreId, tier, today) };
    }),
  );
  return prisma.$transaction(
    async (tx) => {
      const current = await planForChange(tx, actor, plan.id, input.version);
      const units = await tx.cadre.findMany({
        where: { id: { in: proposals.map((p) => p.cadreId) } },
        select: { id: true, unitId: true },
      });
      const unitOf = new Map(units.map((c) => [c.id, c.unitId]));
      const byMove = new Map<string, string[]>();
      for (const { p, tier, check } of checked) {
        const unitId = unitOf.get(p.cadreId);
        if (!unitId) throw new UserFacingError(`${p.cadreName}没有所在单位，不能动议`);
        try {
          await assertNoOpenNomination(tx, p.cadreId);
        } catch {
          throw new UserFacingError(`${p.cadreName}已有办理中的推荐，不能重复动议（第${p.position}项调整）`);
        }
        const n = await createProposedNomination(tx, actor, {
          data: {
            cadreId: p.cadreId,
            unitId,
            tier,
            reasons: `模拟调配方案“${plan.name}”第${p.position}项：${p.removal ? "拟免去" : "拟任"}${p.post}`,
            proposedPost: p.removal ? null : p.post,
            proposedRemoval: p.removal ? p.post : null,
          },
          event: { kind: "PLANNED", planId: plan.id, moveId: p.moveId },
          check,
          audit: { planId: plan.id, moveId: p.moveId },
        });
        byMove.set(p.moveId, [...(byMove.get(p.moveId) ?? []), n.id]);
      }
      for (const [moveId, nominationIds] of byMove)
        await tx.staffingPlanMove.update({ where: { id: moveId }, data: { nominationIds } });
      const ids = [...byMove.values()].flat();
      const version = await commitPlanChange(
        tx,
        actor,
        current,
        "staffingPlan.convert",
        { status: "CONVERTED", convertedAt: new Date() },
        { status: "CONVERTED", nominationIds: ids },
      );
      return { version, nominationIds: ids };
    },
    { timeout: 30_000 },
  );
}
