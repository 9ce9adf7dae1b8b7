import Link from "next/link";
import { PageLinks, UnitTypeSelect } from "@/components/units/list-controls";
import { Badge } from "@/components/ui/badge";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { todayInChina } from "@/lib/format/dates";
import { unitTypeLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { listUnits } from "@/lib/server/units/list-units";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { unitListParams } from "@/lib/validation/units-search";

export const metadata = { title: "单位与班子" };

export default async function UnitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("unit", "read");
  const sp = parseSearchParams(unitListParams, await searchParams);
  const type = sp.type ?? null;
  const q = sp.q ?? "";
  const page = sp.page;
  const today = todayInChina();
  const { rows, total, pageCount } = await listUnits(actor, today, { type, q, page });
  const manage = can(actor.role, "unit", "manage");
  const pageHref = (p: number) => ({
    pathname: "/units",
    query: { ...(type ? { type } : {}), ...(q ? { q } : {}), page: String(p) },
  });

  return (
    <div>
      <PageHeader
        title="单位与班子"
        description={`共 ${total} 个单位。点击单位名称查看领导班子配备、年龄结构和任免记录。`}
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form method="get" action="/units" className="flex flex-wrap items-end gap-2" aria-label="筛选单位">
          <UnitTypeSelect value={type} />
          <div>
            <label htmlFor="q" className="mb-1 block text-xs font-medium text-slate-600">
              名称或代码
            </label>
            <input
              id="q"
              name="q"
              defaultValue={q}
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            筛选
          </button>
        </form>
        <div className="flex gap-2">
          <ButtonLink href="/units/analysis">班子分析</ButtonLink>
          {can(actor.role, "dashboard", "read") ? <ButtonLink href="/units/succession">关键岗位继任</ButtonLink> : null}
          {manage ? (
            <ButtonLink href="/units/new" variant="primary">
              新建单位
            </ButtonLink>
          ) : null}
        </div>
      </div>
      <Table data-testid="unit-list">
        <thead>
          <tr>
            <Th>单位名称</Th>
            <Th>类型</Th>
            <Th>上级单位</Th>
            <Th className="text-right">科级领导职数</Th>
            <Th>党政工作部门</Th>
            <Th className="text-right">领导职位</Th>
            <Th className="text-right">在任</Th>
            <Th className="text-right">空缺</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => {
            const vacant = u.leadershipPosts - u.filledPosts;
            return (
              <tr key={u.id} className="hover:bg-slate-50">
                <Td>
                  <Link href={`/units/${u.id}`} className="font-medium text-brand-700 hover:underline">
                    {u.name}
                  </Link>
                </Td>
                <Td>{unitTypeLabel[u.type]}</Td>
                <Td className="text-slate-600">{u.parentName ?? "—"}</Td>
                <Td className="text-right tabular-nums">{u.sectionLeaderPostCount}</Td>
                <Td>{u.isPartyGovDept ? "是" : "—"}</Td>
                <Td className="text-right tabular-nums">{u.leadershipPosts}</Td>
                <Td className="text-right tabular-nums">{u.filledPosts}</Td>
                <Td className="text-right">
                  {vacant > 0 ? <Badge tone="warn">○ 空缺 {vacant}</Badge> : <span className="text-slate-400">0</span>}
                </Td>
              </tr>
            );
          })}
          {rows.length === 0 ? (
            <tr>
              <Td colSpan={8} className="text-center text-slate-500">
                没有符合条件的单位
              </Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
      <PageLinks page={page} pageCount={pageCount} href={pageHref} />
    </div>
  );
}
