import { AgingOutCard } from "@/components/dashboard/aging-out-card";
import { FlowCharts } from "@/components/dashboard/flows-section";
import { PoolCharts } from "@/components/dashboard/pool-section";
import { PrintButton } from "@/components/dashboard/print-button";
import { SummaryStrip } from "@/components/dashboard/summary-strip";
import { TargetsTable } from "@/components/dashboard/targets-table";
import { WatchListCard } from "@/components/dashboard/watch-lists";
import { Card } from "@/components/ui/card";
import { poolCharts, summarize } from "@/lib/dashboard/drill";
import { ReferenceDateForm } from "@/components/ui/reference-date-form";
import { formatDateLong, formatDateTime, todayInChina } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { replicaReads } from "@/lib/server/data-change/scope";
import { asOfParams, parseSearchParams, type SearchParams } from "@/lib/validation/search-params";

export const metadata = { title: "看板" };

type Props = { searchParams: Promise<SearchParams> };

const SECTIONS = [
  ["targets", "配备目标"],
  ["pool", "队伍结构"],
  ["flows", "进出与使用"],
  ["watch", "提醒清单"],
] as const;

function SectionTitle({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={`${id}-title`} className="mb-3 mt-8 text-lg font-semibold text-slate-900 print:mt-4">
      {children}
    </h2>
  );
}

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requirePermission("dashboard", "read");
  const today = todayInChina();
  const asOf = parseSearchParams(asOfParams, await searchParams).asOf ?? today;
  // computed from the streaming replica when there is one (docs/deployment.md)
  const m = await replicaReads(() => getDashboard(actor, asOf.toISOString().slice(0, 10)));
  const profileText = `${m.profile.name}（${m.profile.key}${m.profile.version ? `，第${m.profile.version}版` : ""}）`;

  return (
    <div className="dashboard-print">
      <header className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">看板</h1>
          <p className="mt-1 text-sm text-slate-600" data-testid="dashboard-basis">
            截至<strong data-testid="dashboard-as-of">{formatDateLong(asOf)}</strong>，按政策配置 {profileText} 计算
            <span
              className="ml-2 text-xs text-slate-500"
              data-testid="dashboard-computed-at"
              data-computed-at={Date.parse(m.computedAt)}
            >
              · 计算时间 {formatDateTime(new Date(m.computedAt), { seconds: true })}
            </span>
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <ReferenceDateForm path="/dashboard" asOf={asOf} today={today} />
          <PrintButton asOf={m.asOf} />
        </div>
      </header>
      <SummaryStrip m={m} />
      <nav aria-label="看板分区" className="no-print -mt-2 mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {SECTIONS.map(([id, label]) => (
          <a key={id} href={`#${id}-title`} className="text-brand-700 hover:underline">
            {label}
          </a>
        ))}
      </nav>

      <section aria-labelledby="targets-title">
        <SectionTitle id="targets">配备目标</SectionTitle>
        <Card>
          <p className="no-print mb-2 text-xs text-slate-500">点击一行，查看未达到要求的单位、职位或人员。</p>
          <TargetsTable
            targets={summarize(m.targets)}
            caption="配备目标"
            table="targets"
            asOf={m.asOf}
            computedAt={m.computedAt}
          />
        </Card>
      </section>

      <section aria-labelledby="pool-title" className="print:break-before-page">
        <SectionTitle id="pool">队伍结构（在库 {m.pool.activeCount} 人）</SectionTitle>
        <PoolCharts pool={poolCharts(m.pool)}>
          <AgingOutCard items={m.pool.agingOut} total={m.pool.agingOutTotal} />
        </PoolCharts>
        <div className="mt-4 grid grid-cols-1 gap-4">
          <Card title="干部库结构指标">
            <TargetsTable
              targets={summarize(m.pool.rows)}
              caption="干部库结构指标"
              table="pool"
              asOf={m.asOf}
              computedAt={m.computedAt}
            />
          </Card>
        </div>
      </section>

      <section aria-labelledby="flows-title" className="print:break-before-page">
        <SectionTitle id="flows">进出与使用</SectionTitle>
        <FlowCharts flows={m.flows} />
      </section>

      <section aria-labelledby="watch-title" className="print:break-before-page">
        <SectionTitle id="watch">提醒清单</SectionTitle>
        <div className="grid grid-cols-1 gap-4">
          <WatchListCard
            testId="watch-rotation"
            title="轮岗交流到期"
            list={m.watch.rotation}
            rulesHint="轮岗交流规则（ZZ15-ROT-*）"
            profileName={m.profile.name}
          />
          <WatchListCard
            testId="watch-training"
            title="培训未达要求"
            list={m.watch.training}
            rulesHint="培训规则（WS-*、D20-TRAIN-KJ）"
            profileName={m.profile.name}
          />
          <WatchListCard
            testId="watch-reviews"
            title="年度研判到期"
            list={m.watch.reviews}
            rulesHint="动态调整规则（D20-REVIEW-ANNUAL、SS12-ADJUST）"
            profileName={m.profile.name}
          />
        </div>
      </section>
    </div>
  );
}
