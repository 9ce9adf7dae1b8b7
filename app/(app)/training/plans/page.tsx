import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { poolTierLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { getReminderProfile } from "@/lib/server/development/growth-profile";
import { isOverdue } from "@/lib/development/plan-goals";
import { listPlanSubjects } from "@/lib/server/development/plans";

export const metadata = { title: "一人一策" };

export default async function PlansPage() {
  const actor = await requirePermission("development", "read");
  const today = todayInChina();
  const { profile } = await getReminderProfile();
  const rows = await listPlanSubjects(actor, profile, today);
  const manage = can(actor.role, "development", "manage");
  const missing = rows.filter((r) => r.plans.length === 0).length;
  const overdue = rows.filter((r) => r.plans.length && !r.check.passed).length;
  return (
    <div>
      <PageHeader
        title="一人一策"
        description={`在库干部的培养计划（WS-PLAN）：${rows.length}人，未制定计划${missing}人，有逾期目标${overdue}人`}
      />
      <Card>
        <Table>
          <thead>
            <tr>
              <Th>姓名</Th>
              <Th>单位及职务</Th>
              <Th>在库层级</Th>
              <Th>入库时间</Th>
              <Th>培养计划</Th>
              <Th>阶段目标</Th>
              <Th>状态</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, plans, check }) => {
              const plan = plans[0];
              const goals = plan ? plan.goals : [];
              const late = goals.filter((g) => isOverdue(g, today)).length;
              return (
                <tr key={entry.id} data-testid="plan-row">
                  <Td className="whitespace-nowrap">
                    <Link className="text-brand-700 hover:underline" href={`/cadres/${entry.cadre.id}`}>
                      {entry.cadre.name}
                    </Link>
                  </Td>
                  <Td>
                    {entry.cadre.unit?.name} {entry.cadre.currentPostTitle}
                  </Td>
                  <Td>{poolTierLabel[entry.tier]}</Td>
                  <Td className="tabular-nums">{formatDate(entry.enteredOn)}</Td>
                  <Td>
                    {plan ? (
                      <Link className="text-brand-700 hover:underline" href={`/training/plans/${plan.id}`}>
                        {plan.title}
                      </Link>
                    ) : manage ? (
                      <Link className="text-brand-700 hover:underline" href={`/training/plans/new?entry=${entry.id}`}>
                        制定计划
                      </Link>
                    ) : (
                      "—"
                    )}
                  </Td>
                  <Td className="tabular-nums">
                    {plan ? `${goals.filter((g) => g.doneOn).length} / ${goals.length}` : ""}
                  </Td>
                  <Td>
                    {!plan ? (
                      <Badge tone="warn">! 未制定</Badge>
                    ) : late ? (
                      <Badge tone="bad">✕ {late}项逾期</Badge>
                    ) : (
                      <Badge tone="ok">✓ 正常</Badge>
                    )}
                    {check.passed ? null : <span className="sr-only">{check.ruleId}</span>}
                  </Td>
                </tr>
              );
            })}
            {rows.length === 0 ? (
              <tr>
                <Td colSpan={7} className="text-slate-500">
                  没有在库干部。
                </Td>
              </tr>
            ) : null}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
