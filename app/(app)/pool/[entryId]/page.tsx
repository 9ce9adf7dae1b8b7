// One entry: 年度研判 (keep / watch / exit with notes) and 出库 with a reason. What the review
// should weigh (poolExitSignals) is listed with its rule ids.
import { notFound } from "next/navigation";
import { VerdictChecks } from "@/components/cadres/verdict-checks";
import { PoolEntryForms } from "@/components/pool/pool-entry-forms";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { poolExitReasonLabel, poolReadinessLabel, poolReviewConclusionLabel, poolSourceLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors/user-facing";
import { getPoolEntryDetail } from "@/lib/server/pool/entry-detail";
import { getTierNames } from "@/lib/server/policy/pool-tiers";

export const metadata = { title: "入库记录" };

export default async function PoolEntryPage({ params }: { params: Promise<{ entryId: string }> }) {
  const actor = await requirePermission("pool", "read");
  const { entryId } = await params;
  const today = todayInChina();
  const [{ entry, signals, explanations }, tiers] = await Promise.all([
    getPoolEntryDetail(actor, entryId, today).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    }),
    getTierNames(),
  ]);
  const open = !entry.closedOn;
  return (
    <div className="space-y-4">
      <div className="flex items-start justify-between">
        <PageHeader
          title={`${entry.cadre.name}（${tiers.names[entry.tier]}）`}
          description={`${entry.cadre.unit?.name ?? ""}　${entry.cadre.currentPostTitle ?? ""}`}
        />
        <div className="flex gap-2">
          <ButtonLink href={`/cadres/${entry.cadreId}`}>干部档案</ButtonLink>
          <ButtonLink href="/pool" variant="ghost">
            返回干部库
          </ButtonLink>
        </div>
      </div>
      <dl
        className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm md:grid-cols-4"
        data-testid="entry-detail"
      >
        <div>
          <dt className="text-slate-500">入库日期</dt>
          <dd>{formatDate(entry.enteredOn)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">来源</dt>
          <dd>{poolSourceLabel[entry.source]}</dd>
        </div>
        <div>
          <dt className="text-slate-500">领域</dt>
          <dd>{entry.domain ?? "不分领域"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">状态</dt>
          <dd>
            {open ? (
              <Badge tone="ok">在库</Badge>
            ) : (
              <Badge data-testid="entry-closed">
                {formatDate(entry.closedOn)}出库：{entry.exitReason ? poolExitReasonLabel[entry.exitReason] : ""}
              </Badge>
            )}
          </dd>
        </div>
        <div className="col-span-2 md:col-span-4">
          <dt className="text-slate-500">入库依据</dt>
          <dd>{entry.basis}</dd>
        </div>
        {entry.overrideReason ? (
          <div className="col-span-2 md:col-span-4">
            <dt className="text-slate-500">提示项说明</dt>
            <dd>{entry.overrideReason}</dd>
          </div>
        ) : null}
        {entry.exitNote ? (
          <div className="col-span-2 md:col-span-4">
            <dt className="text-slate-500">出库说明</dt>
            <dd>{entry.exitNote}</dd>
          </div>
        ) : null}
      </dl>
      {open ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="signals-title">
          <h2 id="signals-title" className="mb-2 text-sm font-semibold">
            研判参考（截至今日）
          </h2>
          {signals.length ? (
            <VerdictChecks checks={signals} explanations={explanations} />
          ) : (
            <p className="text-sm text-slate-500">未发现需要关注的情况。</p>
          )}
        </section>
      ) : null}
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="reviews-title">
        <h2 id="reviews-title" className="mb-2 text-sm font-semibold">
          研判记录
        </h2>
        {entry.reviews.length === 0 ? (
          <p className="text-sm text-slate-500">暂无研判记录</p>
        ) : (
          <ul className="text-sm">
            {entry.reviews.map((r) => (
              <li key={r.id}>
                {r.year}年度（{formatDate(r.reviewedOn)}）：{poolReviewConclusionLabel[r.conclusion]}
                {r.readiness ? `（${poolReadinessLabel[r.readiness]}）` : ""}
                {r.notes ? `，${r.notes}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      {open && can(actor.role, "pool", "manage") ? (
        <PoolEntryForms
          entryId={entry.id}
          version={entry.version}
          today={today.toISOString().slice(0, 10)}
          cadreName={entry.cadre.name}
        />
      ) : null}
    </div>
  );
}
