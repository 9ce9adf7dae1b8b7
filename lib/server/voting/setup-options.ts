import "server-only";
// What the new-session form offers: the units in scope, the chosen unit's nominations still
// under way (or appointed, for 试用期测评), a default window and the profile's weights.
import type { Actor } from "@/lib/auth/actor";
import { nominationScope, unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { getActiveProfile } from "@/lib/server/policy/active-profile";

/** A moment as <input type="datetime-local"> shows it in China time. */
export function chinaLocalMinute(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}

export async function votingSetupOptions(actor: Actor, unitId: string | null, nominationId: string | null) {
  const units = await prisma.unit.findMany({
    where: { AND: [unitScope(actor), { archivedAt: null }] },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: 2000,
  });
  const picked = nominationId
    ? await prisma.nomination.findFirst({ where: { AND: [{ id: nominationId }, nominationScope(actor)] } })
    : null;
  const unit = units.find((u) => u.id === (unitId ?? picked?.unitId)) ?? null;
  const nominations = unit
    ? await prisma.nomination.findMany({
        where: { AND: [nominationScope(actor), { unitId: unit.id, stage: { notIn: ["REJECTED", "WITHDRAWN"] } }] },
        select: { id: true, stage: true, cadre: { select: { name: true } } },
        orderBy: { createdAt: "desc" },
        take: 50,
      })
    : [];
  const z = (await getActiveProfile()).profile.params.zz15;
  const now = new Date();
  return {
    units,
    unitId: unit?.id ?? null,
    unitName: unit?.name ?? "",
    nominations: nominations.map((n) => ({ id: n.id, name: n.cadre.name, stage: n.stage })),
    preselected: picked && picked.unitId === unit?.id ? [picked.id] : [],
    // an hour ahead: the slips are printed before voting opens ("现在开始投票" opens it earlier)
    defaults: {
      opensAt: chinaLocalMinute(new Date(now.getTime() + 3600_000)),
      closesAt: chinaLocalMinute(new Date(now.getTime() + 3 * 3600_000)),
    },
    weights: { TEAM_MEMBER: z.voterWeightTeam, MIDDLE_MANAGER: z.voterWeightMiddle, OTHER_CADRE: z.voterWeightOther },
  };
}
