import "server-only";
// The compact cadre picker of the training page: server-side filters (unit, pool tier, name, full
// pinyin or initials, rank), paginated, always through cadreScope. The "by training need" order
// puts the pool members whose political training falls due first at the top (WS-POLITICAL-
// TRAINING); it ranks pool members only, since only they are bound by that rule.
import type { PoolTier, Prisma, Rank } from "@/lib/generated/prisma/client";
import { trainingCompliance, type ResolvedProfile } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { developmentCadreScope } from "./access";
import { openEntryWhere } from "./pool-members";
import { loadTrainingFacts } from "./training-facts";
import { PICKER_PAGE_SIZES, type PickerFilter } from "@/lib/development/picker-filter";
import { cadreNameWhere } from "@/lib/server/cadres/name-search";

export interface PickerRow {
  id: string;
  name: string;
  birthDate: Date;
  rank: Rank | null;
  currentPostTitle: string | null;
  unitName: string | null;
  tier: PoolTier | null;
  /** political training due date (pool members, "need" order only) */
  politicalDueOn: Date | null;
}

function whereOf(actor: Actor, f: PickerFilter, asOf: Date): Prisma.CadreWhereInput {
  const and: Prisma.CadreWhereInput[] = [developmentCadreScope(actor, "read"), { status: "SERVING", archivedAt: null }];
  if (f.unitId) and.push({ unitId: f.unitId });
  if (f.rank) and.push({ rank: f.rank });
  and.push(cadreNameWhere(f.q));
  const pool = f.pool ?? (f.sort === "need" ? "POOL" : undefined);
  if (pool) and.push({ poolEntries: { some: openEntryWhere(asOf, pool === "POOL" ? undefined : pool) } });
  return { AND: and };
}

const ROW_SELECT = {
  id: true,
  name: true,
  birthDate: true,
  rank: true,
  currentPostTitle: true,
  unit: { select: { name: true } },
} as const;

export async function searchPicker(actor: Actor, f: PickerFilter, profile: ResolvedProfile, asOf: Date) {
  const pageSize = PICKER_PAGE_SIZES.includes(f.pageSize as 20) ? (f.pageSize as number) : 20;
  const where = whereOf(actor, f, asOf);
  const total = await prisma.cadre.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, f.page ?? 1), pages);
  let ids: string[];
  const due = new Map<string, Date | null>();
  if (f.sort === "need") {
    // Rank every match by its due date, then cut the page: the order needs the whole set.
    const all = await prisma.cadre.findMany({
      where,
      select: {
        id: true,
        name: true,
        poolEntries: {
          where: openEntryWhere(asOf),
          select: { tier: true, enteredOn: true },
          orderBy: { enteredOn: "asc" },
          take: 1,
        },
      },
    });
    const facts = await loadTrainingFacts(all.map((c) => c.id));
    for (const c of all) {
      const entry = c.poolEntries[0];
      due.set(
        c.id,
        trainingCompliance(
          { tier: entry?.tier, enteredOn: entry?.enteredOn, trainings: facts.get(c.id) ?? [] },
          profile,
          asOf,
        ).politicalDueOn,
      );
    }
    const key = (id: string) => due.get(id)?.getTime() ?? Number.NEGATIVE_INFINITY;
    all.sort((a, b) => key(a.id) - key(b.id) || a.name.localeCompare(b.name, "zh-CN") || a.id.localeCompare(b.id));
    ids = all.slice((page - 1) * pageSize, page * pageSize).map((c) => c.id);
  } else {
    const rows = await prisma.cadre.findMany({
      where,
      select: { id: true },
      orderBy: [{ namePinyin: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    ids = rows.map((r) => r.id);
  }
  const details = await prisma.cadre.findMany({
    where: { id: { in: ids } },
    select: { ...ROW_SELECT, poolEntries: { where: openEntryWhere(asOf), select: { tier: true }, take: 1 } },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  const rows: PickerRow[] = ids.map((id) => {
    const d = byId.get(id)!;
    return {
      id,
      name: d.name,
      birthDate: d.birthDate,
      rank: d.rank,
      currentPostTitle: d.currentPostTitle,
      unitName: d.unit?.name ?? null,
      tier: d.poolEntries[0]?.tier ?? null,
      politicalDueOn: due.get(id) ?? null,
    };
  });
  return { rows, total, page, pages, pageSize };
}
