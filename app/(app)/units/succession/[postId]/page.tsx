import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ReferenceDateForm } from "@/components/ui/reference-date-form";
import { VerdictChecks } from "@/components/cadres/verdict-checks";
import { formatDateLong, todayInChina } from "@/lib/format/dates";
import { keyPostKindLabel, poolReadinessLabel, poolTierLabel, rankLabel } from "@/lib/labels";
import { verdictOutcomeLabel } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { orNotFound } from "@/lib/server/not-found";
import { getPostSuccession } from "@/lib/server/units/succession/post-successors";
import { asOfParams, parseSearchParams, type SearchParams } from "@/lib/validation/search-params";

export const metadata = { title: "关键岗位继任人选" };

type Props = { params: Promise<{ postId: string }>; searchParams: Promise<SearchParams> };

const OUTCOME_TONE = { ELIGIBLE: "ok", WARNINGS: "warn", INELIGIBLE: "bad", NOT_APPLICABLE: "neutral" } as const;

export default async function PostSuccessionPage({ params, searchParams }: Props) {
  // a district-wide view of the pool: the roles that read the dashboard (no unit scope)
  const actor = await requirePermission("dashboard", "read");
  const { postId } = await params;
  const today = todayInChina();
  const asOf = parseSearchParams(asOfParams, await searchParams).asOf ?? today;
  const v = await orNotFound(getPostSuccession(actor, postId, asOf));
  const p = v.post;
  const ready = v.successors.filter((s) => s.ready).length;
  return (
    <div>
      <PageHeader
        title={`${p.unit.name} ${p.title}`}
        description={`${rankLabel[p.rank]} · ${p.kinds.map((k) => keyPostKindLabel[k]).join("、")} · 现任：${p.holders.map((h) => h.name).join("、") || "空缺"} · 截至${formatDateLong(asOf)}`}
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <ReferenceDateForm path={`/units/succession/${p.id}`} asOf={asOf} today={today} />
        <Link href="/units/succession" className="text-sm text-brand-700 hover:underline">
          返回关键岗位列表
        </Link>
      </div>
      <p className="mb-3 text-sm" data-testid="succession-summary">
        继任人选 {v.successors.length} 人，其中近期可提拔且符合任职条件 {ready} 人
        {ready === 0 ? <Badge tone="warn">! 无近期可用人选</Badge> : null}
      </p>
      <div className="space-y-3" data-testid="successors">
        {v.successors.map((s, i) => (
          <Card
            key={s.entryId}
            title={
              <span className="flex flex-wrap items-center gap-2">
                <Link href={`/pool/${s.entryId}`} className="text-brand-700 hover:underline">
                  {s.name}
                </Link>
                <span className="font-normal text-slate-600">
                  {s.unitName ?? "—"} · {s.rank ? rankLabel[s.rank] : "未录入职务层次"} · {poolTierLabel[s.tier]}
                </span>
                <Badge tone={s.readiness === "NEAR_TERM" ? "ok" : "neutral"}>
                  {s.readiness ? poolReadinessLabel[s.readiness] : "未研判培养使用方向"}
                </Badge>
                <Badge tone={OUTCOME_TONE[s.verdict.outcome]}>
                  {s.step === "PROMOTION" ? `提任${rankLabel[p.rank]}：` : "同级交流："}
                  {verdictOutcomeLabel[s.verdict.outcome]}
                </Badge>
                {s.sameTypeExperience ? <Badge tone="info">有同类单位任职经历</Badge> : null}
              </span>
            }
          >
            {i < 5 ? (
              <VerdictChecks checks={s.checks} explanations={v.explanations} />
            ) : (
              <details>
                <summary className="cursor-pointer text-sm text-brand-700">
                  查看任职条件研判（{s.checks.length} 项）
                </summary>
                <VerdictChecks checks={s.checks} explanations={v.explanations} />
              </details>
            )}
          </Card>
        ))}
        {v.successors.length === 0 ? (
          <p className="text-sm text-slate-600">库中没有层级、职务层次相符的人选。</p>
        ) : null}
      </div>
    </div>
  );
}
