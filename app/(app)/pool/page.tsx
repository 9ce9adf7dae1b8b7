// 干部库: the structure report first, then who is due for review, then the entries by tier.
// A figure in the report filters the entries to the ones behind it (?row=…, ?band=…).
import Link from "next/link";
import { EntryTable } from "@/components/pool/entry-table";
import { FindToEnter } from "@/components/pool/find-to-enter";
import { ReviewDueList } from "@/components/pool/review-due-list";
import { StructureReport } from "@/components/pool/structure-report";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { formatDateLong, todayInChina } from "@/lib/format/dates";
import { POOL_TIERS } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { listRoster } from "@/lib/server/cadres/roster";
import { getPoolOverview, type PoolEntryRow } from "@/lib/server/pool/overview";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { poolPageParams } from "@/lib/validation/pool-search";
import { parseRosterQuery } from "@/lib/validation/roster-query";

export const metadata = { title: "干部库" };

export default async function PoolPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("pool", "read");
  const sp = parseSearchParams(poolPageParams, await searchParams);
  const asOf = sp.asOf ?? todayInChina();
  const iso = asOf.toISOString().slice(0, 10);
  const overview = await getPoolOverview(actor, asOf);
  const canManage = can(actor.role, "pool", "manage");
  const find = sp.find?.trim();
  const found =
    canManage && find
      ? await listRoster(actor, parseRosterQuery({ q: find, pool: "OUT", size: "20", sort: "name" }).query)
      : null;
  const hrefFor = (p: Record<string, string>) =>
    `/pool?${new URLSearchParams({ ...(sp.asOf ? { asOf: iso } : {}), ...p }).toString()}#entries`;

  let entries: PoolEntryRow[] = overview.entries;
  let filterLabel: string | null = null;
  const row = sp.row ? overview.report.rows.find((r) => r.key === sp.row) : undefined;
  if (row) {
    const ids = new Set(sp.lacking ? row.lackingIds : row.entryIds);
    entries = entries.filter((e) => ids.has(e.id));
    filterLabel = `${row.ruleId} ${row.label}${sp.lacking ? "（未计入）" : ""}`;
  } else if (sp.band !== undefined && overview.report.ageBands[sp.band]) {
    const b = overview.report.ageBands[sp.band];
    entries = entries.filter((e) => (b.min == null || e.age >= b.min) && (b.max == null || e.age <= b.max));
    filterLabel = `年龄 ${b.label}`;
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <PageHeader title="干部库" description={`政策配置：${overview.profileName}；截至${formatDateLong(asOf)}`} />
        {can(actor.role, "pool", "export") ? (
          <span className="flex items-center gap-2 text-sm">
            <a className={buttonClass("secondary")} href={`/pool/export?asOf=${iso}`} data-testid="pool-export">
              导出名册（Excel）
            </a>
            <a className={buttonClass("secondary")} href={`/pool/print?asOf=${iso}`}>
              打印名册
            </a>
          </span>
        ) : null}
        <form action="/pool" className="flex items-center gap-1 text-sm">
          <label htmlFor="pool-asOf">统计日期</label>
          <input
            id="pool-asOf"
            type="date"
            name="asOf"
            defaultValue={iso}
            className="rounded border border-slate-300 px-1 py-0.5"
          />
          <button type="submit" className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-50">
            查看
          </button>
        </form>
      </div>
      <StructureReport report={overview.report} hrefFor={hrefFor} />
      {canManage ? <FindToEnter find={sp.find} found={found} /> : null}
      <ReviewDueList due={overview.due} entries={overview.entries} />
      <div id="entries" className="scroll-mt-4 space-y-4">
        {filterLabel ? (
          <p role="status" className="text-sm" data-testid="entry-filter">
            筛选：{filterLabel}，共 {entries.length} 人　
            <Link href={sp.asOf ? `/pool?asOf=${iso}` : "/pool"} className="text-brand-700 hover:underline">
              显示全部
            </Link>
          </p>
        ) : null}
        {POOL_TIERS.map((tier) => {
          const list = entries.filter((e) => e.tier === tier);
          return list.length ? <EntryTable key={tier} tier={tier} entries={list} canManage={canManage} /> : null;
        })}
        {entries.length === 0 ? <p className="text-sm text-slate-500">没有符合条件的在库干部。</p> : null}
      </div>
    </div>
  );
}
