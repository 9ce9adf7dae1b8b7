import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { poolTierLabel } from "@/lib/labels";
import { getHomeSummary } from "@/lib/server/home/summary";

// Live figures from the database on every request.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const s = await getHomeSummary();
  return (
    <div>
      <PageHeader title="首页" description="全区优秀年轻干部工作概况（实时数据）" />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        <StatCard label="在职干部" value={s.servingCadres} testId="count-cadres" />
        <StatCard label="在库优秀年轻干部" value={s.openPoolEntries} testId="count-pool">
          <ul className="mt-3 space-y-1 text-sm text-slate-600">
            {s.poolByTier.map((t) => (
              <li key={t.tier} className="flex justify-between">
                <span>{poolTierLabel[t.tier]}</span>
                <span className="tabular-nums" data-testid={`count-pool-${t.tier}`}>{t.count}</span>
              </li>
            ))}
          </ul>
        </StatCard>
        <StatCard label="办理中的推荐" value={s.openNominations} testId="count-nominations" />
        <StatCard label="单位" value={s.units} testId="count-units" />
      </div>
    </div>
  );
}
