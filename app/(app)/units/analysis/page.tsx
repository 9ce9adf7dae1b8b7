import { PageLinks, UnitTypeSelect } from "@/components/units/list-controls";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ReferenceDateForm } from "@/components/ui/reference-date-form";
import { TeamAnalysisTable } from "@/components/units/team-analysis-table";
import { formatDateLong, todayInChina } from "@/lib/format/dates";
import { FLAG_KINDS, teamFlagLabel, teamSortLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { listTeamAnalyses } from "@/lib/server/units/analysis/team-analysis";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { TEAM_SORTS, teamAnalysisParams } from "@/lib/validation/team-analysis-search";

export const metadata = { title: "班子分析" };

const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const LABEL = "mb-1 block text-xs font-medium text-slate-600";
const iso = (d: Date) => d.toISOString().slice(0, 10);

export default async function TeamAnalysisPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("unit", "read");
  const sp = parseSearchParams(teamAnalysisParams, await searchParams);
  const today = todayInChina();
  const asOf = sp.asOf ?? today;
  const list = await listTeamAnalyses(actor, asOf, {
    unitType: sp.type,
    flag: sp.flag,
    sort: sp.sort,
    desc: sp.desc,
    page: sp.page,
  });
  const filters = {
    ...(sp.type ? { type: sp.type } : {}),
    ...(sp.flag ? { flag: sp.flag } : {}),
    ...(sp.sort ? { sort: sp.sort } : {}),
    ...(sp.desc ? { desc: "1" } : {}),
  };
  const keep = { ...(sp.asOf ? { asOf: iso(asOf) } : {}), ...filters };
  const href = (over: Record<string, string | undefined>) => {
    const query = Object.fromEntries(Object.entries({ ...keep, ...over }).filter(([, v]) => v !== undefined));
    return { pathname: "/units/analysis", query } as const;
  };

  return (
    <div>
      <PageHeader
        title="班子分析"
        description={`截至${formatDateLong(asOf)}，按“${list.profileName}”分析 ${list.teams} 个领导班子的年龄梯次、性别、党外、学历、任职年限、三年内离任、空缺与超职数、到期交流和处分影响期；每项预警注明依据的规则编号。`}
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form method="get" action="/units/analysis" className="flex flex-wrap items-end gap-2" aria-label="筛选班子">
          {sp.asOf ? <input type="hidden" name="asOf" value={iso(asOf)} /> : null}
          <UnitTypeSelect value={sp.type} />
          <div>
            <label htmlFor="flag" className={LABEL}>
              预警
            </label>
            <select id="flag" name="flag" defaultValue={sp.flag ?? ""} className={SELECT}>
              <option value="">全部班子</option>
              {FLAG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {teamFlagLabel[k]}（{list.flagCounts[k] ?? 0}）
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="sort" className={LABEL}>
              排序
            </label>
            <select id="sort" name="sort" defaultValue={sp.sort ?? "unit"} className={SELECT}>
              {TEAM_SORTS.map((k) => (
                <option key={k} value={k}>
                  {teamSortLabel[k]}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-1 pb-2 text-sm">
            <input type="checkbox" name="desc" value="1" defaultChecked={sp.desc} /> 从高到低
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            筛选
          </button>
        </form>
        <ReferenceDateForm path="/units/analysis" asOf={asOf} today={today} extra={filters} />
      </div>
      <p className="mb-2 text-sm text-slate-600" data-testid="team-count">
        共 {list.total} 个班子{sp.flag ? `有“${teamFlagLabel[sp.flag]}”预警` : ""}
        {list.sanctionsWithheld ? "；处分、组织处理信息需“高度敏感”密级，未计入。" : ""}
      </p>
      <TeamAnalysisTable rows={list.rows} asOf={sp.asOf ? iso(asOf) : null} />
      <PageLinks page={list.page} pageCount={list.pageCount} href={(p) => href({ page: String(p) })} />
    </div>
  );
}
