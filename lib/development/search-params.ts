// Reading filters from a page's searchParams: anything unexpected is ignored, never trusted.
import { PoolTier, Rank } from "@/lib/domain/enums";
import type { PickerFilter } from "@/lib/development/picker-filter";

export type SearchParams = Record<string, string | string[] | undefined>;

export function str(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.trim() ? s.trim().slice(0, 100) : undefined;
}

export function oneOf<T extends string>(v: string | string[] | undefined, allowed: readonly T[]): T | null {
  const s = str(v);
  return s && (allowed as readonly string[]).includes(s) ? (s as T) : null;
}

export function intParam(v: string | string[] | undefined, min: number, max: number): number | null {
  const s = str(v);
  if (!s || !/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/** The cadre picker's filters from the URL (?unit=&pool=&rank=&q=&sort=&size=&page=). */
export function parsePickerFilter(sp: SearchParams): PickerFilter {
  const pool = oneOf(sp.pool, ["POOL", ...Object.values(PoolTier)] as const);
  return {
    unitId: str(sp.unit),
    pool: pool ?? undefined,
    rank: oneOf(sp.rank, Object.values(Rank)) ?? undefined,
    q: str(sp.q)?.slice(0, 20),
    sort: oneOf(sp.sort, ["name", "need"] as const) ?? "name",
    pageSize: intParam(sp.size, 1, 200) ?? 20,
    page: intParam(sp.page, 1, 100_000) ?? 1,
  };
}
