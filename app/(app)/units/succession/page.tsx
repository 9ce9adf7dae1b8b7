import { PageLinks, UnitTypeSelect } from "@/components/units/list-controls";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ReferenceDateForm } from "@/components/ui/reference-date-form";
import { BenchStrength } from "@/components/units/succession/bench-strength";
import { KeyPostTable } from "@/components/units/succession/key-post-table";
import { can } from "@/lib/authz/permissions";
import { KeyPostKind } from "@/lib/domain/enums";
import { formatDateLong, todayInChina } from "@/lib/format/dates";
import { keyPostKindLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getSuccession } from "@/lib/server/units/succession/successors";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { successionParams } from "@/lib/validation/succession-search";

export const metadata = { title: "关键岗位继任" };

const PAGE_SIZE = 50;
const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const LABEL = "mb-1 block text-xs font-medium text-slate-600";
const iso = (d: Date) => d.toISOString().slice(0, 10);

export default async function SuccessionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // a district-wide view of the pool: the roles that read the dashboard (no unit scope)
  const actor = await requirePermission("dashboard", "read");
  const sp = parseSearchParams(successionParams, await searchParams);
  const today = todayInChina();
  const asOf = sp.asOf ?? today;
  const view = await getSuccession(actor, asOf, { kind: sp.kind, unitType: sp.type });
  const pageCount = Math.max(1, Math.ceil(view.posts.length / PAGE_SIZE));
  const page = Math.min(sp.page, pageCount);
  const rows = view.posts.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const filters = { ...(sp.kind ? { kind: sp.kind } : {}), ...(sp.type ? { type: sp.type } : {}) };
  const keep = { ...(sp.asOf ? { asOf: iso(asOf) } : {}), ...filters };
  const pageHref = (p: number) => ({ pathname: "/units/succession", query: { ...keep, page: String(p) } });

  return (
    <div>
      <PageHeader
        title="关键岗位继任"
        description={`截至${formatDateLong(asOf)}：关键岗位（${view.keyPostKinds.map((k) => keyPostKindLabel[k]).join("、")}）的继任人选——层级、职务层次相符的在库优秀年轻干部，按年度研判的“近期可提拔／中长期培养”和任职条件研判结果排列。`}
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form
          method="get"
          action="/units/succession"
          className="flex flex-wrap items-end gap-2"
          aria-label="筛选关键岗位"
        >
          {sp.asOf ? <input type="hidden" name="asOf" value={iso(asOf)} /> : null}
          <div>
            <label htmlFor="kind" className={LABEL}>
              岗位类别
            </label>
            <select id="kind" name="kind" defaultValue={sp.kind ?? ""} className={SELECT}>
              <option value="">全部关键岗位</option>
              {Object.values(KeyPostKind).map((k) => (
                <option key={k} value={k}>
                  {keyPostKindLabel[k]}
                </option>
              ))}
            </select>
          </div>
          <UnitTypeSelect value={sp.type} />
          <button type="submit" className={buttonClass("secondary")}>
            筛选
          </button>
        </form>
        <div className="flex flex-wrap items-end gap-2">
          <ReferenceDateForm path="/units/succession" asOf={asOf} today={today} extra={filters} />
          {can(actor.role, "unit", "manage") ? (
            <ButtonLink href="/units/succession/settings">关键岗位设置</ButtonLink>
          ) : null}
        </div>
      </div>
      <BenchStrength byKind={view.byKind} byUnit={view.byUnit} />
      <KeyPostTable posts={rows} asOf={sp.asOf ? iso(asOf) : null} />
      <PageLinks page={page} pageCount={pageCount} href={pageHref} />
    </div>
  );
}
