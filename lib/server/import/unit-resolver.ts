import "server-only";
// 单位 as a spreadsheet names it (full name or short name) → a unit the actor may import into.
// A unit party committee resolves only its own unit: another unit's cadres are not its to write.
import type { Actor } from "@/lib/auth/actor";
import { unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import type { UnitResolution } from "@/lib/import/roster-row";

const norm = (s: string) => s.replace(/\s+/g, "");

export interface UnitResolver {
  resolve(text: string): UnitResolution;
  nameOf(id: string | null): string;
  /** a unit by id, if the actor may import into it */
  resolveId(id: string | null): { id: string; name: string } | null;
  /** the unit whose name starts a 现任职务 text (`青禾区柳溪街道党工委书记`), longest name first */
  fromPostTitle(title: string | null): { id: string; name: string } | null;
}

export async function loadUnitResolver(actor: Actor): Promise<UnitResolver> {
  const units = await prisma.unit.findMany({
    where: { AND: [unitScope(actor), { archivedAt: null }] },
    select: { id: true, name: true, shortName: true },
  });
  const byName = new Map(units.map((u) => [norm(u.name), u]));
  const byShort = new Map<string, typeof units>();
  for (const u of units)
    if (u.shortName) byShort.set(norm(u.shortName), [...(byShort.get(norm(u.shortName)) ?? []), u]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const longestFirst = [...units].sort((a, b) => b.name.length - a.name.length);
  const own = actor.role === "UNIT" ? units[0] : undefined;
  return {
    resolve(text) {
      const t = norm(text);
      const u = byName.get(t) ?? (byShort.get(t)?.length === 1 ? byShort.get(t)![0] : undefined);
      if (u) return { id: u.id, name: u.name };
      if (byShort.get(t)?.length) return { error: `单位简称“${text}”对应多个单位，请填写单位全称` };
      if (actor.role === "UNIT") return { error: `只能导入本单位${own ? `（${own.name}）` : ""}的干部` };
      return { error: `单位“${text}”不存在，请填写系统中的单位全称或简称` };
    },
    nameOf: (id) => (id ? (names.get(id) ?? "（其他单位）") : ""),
    resolveId: (id) => (id && names.has(id) ? { id, name: names.get(id)! } : null),
    fromPostTitle(title) {
      if (!title) return null;
      const t = norm(title);
      const u = longestFirst.find(
        (x) => t.startsWith(norm(x.name)) || (x.shortName && t.startsWith(norm(x.shortName))),
      );
      return u ? { id: u.id, name: u.name } : null;
    },
  };
}
