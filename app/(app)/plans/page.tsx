import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { PlanCreateForm } from "@/components/plans/plan-create-form";
import { PlanCompareForm } from "@/components/plans/plan-compare-form";
import { formatDate, formatDateTime, isoDay, todayInChina } from "@/lib/format/dates";
import { staffingPlanStatusLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { listPlans } from "@/lib/server/staffing-plans";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { planListParams } from "@/lib/validation/staffing-plans";

export const metadata = { title: "模拟调配" };

export default async function PlansPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("staffingPlan", "read");
  const { archived } = parseSearchParams(planListParams, await searchParams);
  const plans = await listPlans(actor, { archived: archived === "1" });
  return (
    <div>
      <PageHeader
        title="模拟调配"
        description="在方案中试排干部调整，即时查看班子结构、配备目标和任职资格的变化；方案不改变任何实际记录，确定后可转为动议。"
      />
      <Card className="mb-4" title="新建方案">
        <PlanCreateForm today={isoDay(todayInChina())} />
      </Card>
      <Card
        title="我的方案与共享方案"
        actions={
          <Link href={archived ? "/plans" : "/plans?archived=1"} className="text-sm text-brand-700 underline">
            {archived ? "不含已归档" : "含已归档"}
          </Link>
        }
      >
        {plans.length === 0 ? (
          <p className="text-sm text-slate-600">还没有调配方案。</p>
        ) : (
          <Table aria-label="调配方案">
            <thead>
              <tr>
                <Th>方案名称</Th>
                <Th>创建人</Th>
                <Th>基准日期</Th>
                <Th>调整</Th>
                <Th>状态</Th>
                <Th>更新时间</Th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id} data-testid="plan-row">
                  <Td>
                    <Link href={`/plans/${p.id}`} className="text-brand-700 underline">
                      {p.name}
                    </Link>
                    {p.shared ? (
                      <span className="ml-2">
                        <Badge tone="info">共享</Badge>
                      </span>
                    ) : null}
                  </Td>
                  <Td>{p.mine ? "本人" : p.ownerName}</Td>
                  <Td>{formatDate(p.asOf)}</Td>
                  <Td className="tabular-nums">{p.moves}项</Td>
                  <Td>{staffingPlanStatusLabel[p.status]}</Td>
                  <Td>{formatDateTime(p.updatedAt)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {plans.length >= 2 ? (
        <Card className="mt-4" title="方案比较">
          <PlanCompareForm plans={plans.map((p) => ({ value: p.id, label: p.name }))} />
        </Card>
      ) : null}
    </div>
  );
}
