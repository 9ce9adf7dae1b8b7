import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MoveForm } from "@/components/plans/move-form";
import { MovesList } from "@/components/plans/moves-list";
import { PlacementVerdicts } from "@/components/plans/placement-verdicts";
import { PlanControls } from "@/components/plans/plan-controls";
import { TargetChangesTable } from "@/components/plans/target-changes-table";
import { TeamChanges } from "@/components/plans/team-changes";
import { formatDateLong } from "@/lib/format/dates";
import { staffingPlanStatusLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { orNotFound } from "@/lib/server/not-found";
import { getPlan, planResults } from "@/lib/server/staffing-plans";

export const metadata = { title: "调配方案" };

export default async function PlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const actor = await requirePermission("staffingPlan", "read");
  const { planId } = await params;
  const plan = await orNotFound(getPlan(actor, planId));
  const r = await planResults(actor, plan);
  const draft = plan.status === "DRAFT";
  const notes: Record<string, string[]> = {};
  for (const n of r.notes) (notes[n.moveId] ??= []).push(n.message);
  const changed = r.targets.filter((t) => t.changed).length;
  const people = plan.moves.reduce((n, m) => n + (m.kind === "SWAP" ? 2 : 1), 0);
  return (
    <div>
      <PageHeader
        title={plan.name}
        description={`模拟调配方案 · 创建人：${plan.mine ? "本人" : plan.ownerName} · 基准日期${formatDateLong(plan.asOf)} · 政策配置：${r.profileName}`}
      />
      <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={draft ? "info" : "neutral"}>{staffingPlanStatusLabel[plan.status]}</Badge>
        {plan.shared ? <Badge tone="info">已共享</Badge> : <Badge>仅本人可见</Badge>}
        <span className="text-slate-600">方案只在内存中推演，不改变任何实际任职记录。</span>
        <Link href="/plans" className="ml-auto text-brand-700 underline">
          返回方案列表
        </Link>
      </div>
      {plan.status !== "ARCHIVED" ? (
        <PlanControls
          id={plan.id}
          version={plan.version}
          name={plan.name}
          shared={plan.shared}
          mine={plan.mine}
          draft={draft}
          people={people}
        />
      ) : null}
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <Card title={`调整（${plan.moves.length}项）`}>
          <MovesList planId={plan.id} version={plan.version} draft={draft} moves={plan.moves} notes={notes} />
        </Card>
        {draft ? (
          <Card title="添加调整">
            {/* keyed by version: a saved move leaves an empty form, not the last search */}
            <MoveForm key={plan.version} planId={plan.id} version={plan.version} />
          </Card>
        ) : null}
      </div>
      <Card
        className="mt-4"
        title={`配备目标：调配前 → 调配后（${changed}项有变化）`}
        actions={
          <span className="text-xs text-slate-500" data-testid="plan-timing">
            计算用时 {r.timings.baseMs + r.timings.planMs} 毫秒
          </span>
        }
      >
        <TargetChangesTable targets={r.targets} names={r.names} />
      </Card>
      <Card className="mt-4" title="涉及班子：调配前 → 调配后">
        <TeamChanges teams={r.teams} names={r.names} />
      </Card>
      <Card className="mt-4" title="拟任人选的任职资格">
        <PlacementVerdicts verdicts={r.verdicts} names={r.names} posts={r.posts} explanations={r.explanations} />
      </Card>
    </div>
  );
}
