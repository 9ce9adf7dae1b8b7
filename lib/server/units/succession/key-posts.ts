import "server-only";
// The key posts of the district on asOf: each unit's team posts (team-of.ts) whose kinds
// (党政正职, 重要部门正职 …) the settings mark as key, with who holds them.
import type { KeyPostKind, Rank, UnitType } from "@/lib/domain/enums";
import { postKinds } from "@/lib/units/succession";
import { prisma } from "@/lib/server/db";
import { activeOn } from "@/lib/server/units/active-on";
import { groupBy } from "@/lib/collections/group-by";
import { teamOf } from "@/lib/server/units/analysis/team-of";
import type { SuccessionSettingsView } from "./settings";

export interface KeyPost {
  id: string;
  title: string;
  rank: Rank;
  kinds: KeyPostKind[];
  unit: { id: string; name: string; type: UnitType };
  holders: { cadreId: string; name: string }[];
}

export async function loadKeyPosts(
  settings: SuccessionSettingsView,
  asOf: Date,
  f: { unitType?: UnitType; postId?: string },
): Promise<KeyPost[]> {
  const posts = await prisma.post.findMany({
    where: {
      archivedAt: null,
      isLeadership: true,
      unit: { archivedAt: null, ...(f.unitType ? { type: f.unitType } : {}) },
      ...(f.postId ? { unit: { archivedAt: null, posts: { some: { id: f.postId } } } } : {}),
    },
    orderBy: [{ unit: { sortOrder: "asc" } }, { unitId: "asc" }, { sortOrder: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      rank: true,
      isPrincipal: true,
      isPartyGovHead: true,
      unit: { select: { id: true, name: true, type: true, isPartyGovDept: true, sectionLeaderPostCount: true } },
      appointments: { where: activeOn(asOf), select: { cadre: { select: { id: true, name: true } } } },
    },
  });
  const important = new Set(settings.importantUnitIds);
  const marked = new Set(settings.keyPostKinds);
  const out: KeyPost[] = [];
  for (const unitPosts of groupBy(posts, (p) => p.unit.id).values()) {
    const unit = unitPosts[0].unit;
    const team = new Set(teamOf(unit, unitPosts).posts.map((p) => p.id));
    for (const p of unitPosts) {
      if (!team.has(p.id) || (f.postId && p.id !== f.postId)) continue;
      const kinds = postKinds(unit, p, important).filter((k) => marked.has(k));
      if (!kinds.length) continue;
      out.push({
        id: p.id,
        title: p.title,
        rank: p.rank,
        kinds,
        unit: { id: unit.id, name: unit.name, type: unit.type },
        holders: p.appointments.map((a) => ({ cadreId: a.cadre.id, name: a.cadre.name })),
      });
    }
  }
  return out;
}
