import Link from "next/link";
import { GoalsEditor } from "@/components/development/goals-editor";
import { ClosePlanButton, PlanNoteForm } from "@/components/development/plan-note-forms";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { isOverdue } from "@/lib/development/plan-goals";
import { planNotes } from "@/lib/development/plan-notes";
import { getPlan } from "@/lib/server/development/plans";
import { dayInputValue } from "@/lib/validation/development/common";
import { measureKindLabel } from "@/lib/validation/development/plan";

export const metadata = { title: "培养计划" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("development", "read");
  const plan = await getPlan(actor, (await params).id);
  const today = todayInChina();
  const editable = can(actor.role, "development", "manage") && !plan.closedAt;
  const goals = plan.goals;
  const notes = planNotes(plan.progressNotes).reverse();
  return (
    <div>
      <PageHeader
        title={plan.title}
        description={`${plan.cadre.unit?.name ?? ""} ${plan.cadre.currentPostTitle ?? ""}${plan.closedAt ? `｜已于${formatDate(plan.closedAt)}结束` : ""}`}
      />
      <p className="mb-4 text-sm">
        <Link className="text-brand-700 hover:underline" href={`/cadres/${plan.cadre.id}`}>
          查看干部档案：{plan.cadre.name}
        </Link>
      </p>
      <div className="space-y-5">
        <Card
          title="阶段目标与培养措施"
          actions={editable ? <ClosePlanButton id={plan.id} version={plan.version} /> : null}
        >
          {editable ? (
            <GoalsEditor
              plan={{ id: plan.id, version: plan.version }}
              initialTitle={plan.title}
              today={dayInputValue(today)}
              initialGoals={goals.map((g) => ({
                stage: g.stage,
                goal: g.goal,
                measures: g.measures ?? "",
                measureKinds: g.measureKinds,
                dueOn: dayInputValue(g.dueOn),
                doneOn: dayInputValue(g.doneOn),
              }))}
            />
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>阶段</Th>
                  <Th>目标</Th>
                  <Th>措施</Th>
                  <Th>期限</Th>
                  <Th>完成</Th>
                </tr>
              </thead>
              <tbody>
                {goals.map((g) => (
                  <tr key={g.id}>
                    <Td>{g.stage}</Td>
                    <Td>{g.goal}</Td>
                    <Td>
                      {g.measureKinds.map((k) => measureKindLabel[k]).join("、")}
                      {g.measures ? ` ${g.measures}` : ""}
                    </Td>
                    <Td className="tabular-nums">{formatDate(g.dueOn)}</Td>
                    <Td>
                      {g.doneOn ? (
                        <Badge tone="ok">✓ {formatDate(g.doneOn)}</Badge>
                      ) : isOverdue(g, today) ? (
                        <Badge tone="bad">✕ 逾期</Badge>
                      ) : (
                        "进行中"
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <div className="grid gap-5 lg:grid-cols-2">
          <Card title={`进展记录（${notes.length}）`}>
            <ol className="space-y-3 text-sm">
              {notes.map((n, i) => (
                <li key={i}>
                  <div className="text-xs text-slate-500 tabular-nums">
                    {n.date.replaceAll("-", ".")}
                    {n.source ? `｜${n.source}` : ""}
                    {n.by ? `｜${n.by}` : ""}
                  </div>
                  {n.note}
                </li>
              ))}
              {notes.length === 0 ? <li className="text-slate-500">尚无进展记录。</li> : null}
            </ol>
          </Card>
          {editable ? (
            <Card title="记录进展">
              <PlanNoteForm id={plan.id} version={plan.version} today={dayInputValue(today)} />
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
