import { WorkListView } from "@/components/home/work-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { roleLabel } from "@/lib/labels";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getHomeSummary } from "@/lib/server/home/summary";
import { getWorkList } from "@/lib/server/home/worklist";

export default async function HomePage() {
  const actor = await requireActor();
  const [list, s] = await Promise.all([getWorkList(actor), actor.role === "LEADER" ? null : getHomeSummary(actor)]);
  if (actor.role === "LEADER" && list) {
    return (
      <div>
        <PageHeader title="首页" description={`全区配备目标预警（截至 ${list.asOf.replaceAll("-", ".")}）`} />
        <div className="mb-4">
          <ButtonLink href="/dashboard" variant="primary">
            打开看板
          </ButtonLink>
        </div>
        <WorkListView list={list} />
      </div>
    );
  }
  if (!s || !list) {
    return (
      <div>
        <PageHeader title="首页" description={`您以${roleLabel[actor.role]}身份登录。`} />
        <p className="text-sm text-slate-600">按照三员分立要求，本账号不查看干部信息。请从左侧菜单进入您的工作区。</p>
      </div>
    );
  }
  const scope = actor.role === "UNIT" ? "本单位" : "全区";
  return (
    <div>
      <PageHeader title="首页" description={`${scope}优秀年轻干部工作概况（实时数据）`} />
      <div className="grid grid-cols-2 gap-3 md:gap-4 xl:grid-cols-4">
        <StatCard label="在职干部" value={s.servingCadres} testId="count-cadres" />
        <StatCard label="在库优秀年轻干部" value={s.openPoolEntries} testId="count-pool">
          <ul className="mt-3 space-y-1 text-sm text-slate-600">
            {s.poolByTier.map((t) => (
              <li key={t.tier} className="flex justify-between">
                <span>{t.name}</span>
                <span className="tabular-nums" data-testid={`count-pool-${t.tier}`}>
                  {t.count}
                </span>
              </li>
            ))}
          </ul>
        </StatCard>
        <StatCard label="办理中的推荐" value={s.openNominations} testId="count-nominations" />
        <StatCard label="单位" value={s.units} testId="count-units" />
      </div>
      <h2 className="mt-6 mb-3 text-base font-semibold text-slate-900">
        提醒与待办<span className="ml-2 text-sm font-normal text-slate-500">共 {list.total} 项</span>
      </h2>
      <WorkListView list={list} />
    </div>
  );
}
