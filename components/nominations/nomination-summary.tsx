import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate, formatYearMonth } from "@/lib/format/dates";
import { genderLabel, poolTierLabel, recommendationMethodLabel } from "@/lib/labels";
import type { NominationDetail } from "@/lib/server/nominations";
import { votesText } from "./nominations-table";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

export type RecommendationState = "none" | "valid" | "expiring" | "expired";

export function NominationSummary({
  n,
  validUntil,
  rec,
}: {
  n: NominationDetail;
  validUntil: Date | null;
  rec: RecommendationState;
}) {
  return (
    <Card title="推荐情况">
      <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2 text-sm" data-testid="nomination-summary">
        <Row label="被推荐人">
          <span className="font-medium">{n.cadre.name}</span>
          <span className="ml-2 text-slate-600">
            {genderLabel[n.cadre.gender]}，{formatYearMonth(n.cadre.birthDate)}生
          </span>
          <Link href={`/cadres/${n.cadre.id}`} className="ml-3 text-brand-700 hover:underline">
            查看干部档案
          </Link>
          {n.cadre.status === "DRAFT" ? (
            <span className="ml-2">
              <Badge tone="warn">草稿档案，待完善</Badge>
            </span>
          ) : null}
        </Row>
        <Row label="现任职务">{n.cadre.currentPostTitle ?? "—"}</Row>
        <Row label="推荐单位">{n.unit.name}</Row>
        <Row label="推荐层级">
          {poolTierLabel[n.tier]}
          {n.domain ? `（${n.domain}）` : ""}
        </Row>
        <Row label="推荐方式">{n.method ? recommendationMethodLabel[n.method] : "尚未录入"}</Row>
        <Row label="推荐票数">
          {n.ballotsIssued != null
            ? `发出${n.ballotsIssued}张，有效${n.ballotsValid}张，得票${votesText(n)}`
            : "尚未录入"}
        </Row>
        <Row label="推荐日期">
          {n.recommendedOn ? (
            <span className="flex flex-wrap items-center gap-2">
              <span className="tabular-nums">{formatDate(n.recommendedOn)}</span>
              {validUntil ? <span className="text-slate-600">有效期至{formatDate(validUntil)}</span> : null}
              {rec === "expired" ? (
                <Badge tone="bad" data-testid="recommendation-expired">
                  已过期（ZZ15-REC-VALID）
                </Badge>
              ) : null}
              {rec === "expiring" ? <Badge tone="warn">30天内到期</Badge> : null}
            </span>
          ) : (
            "尚未录入"
          )}
        </Row>
        <Row label="推荐理由">
          <span className="whitespace-pre-wrap">{n.reasons ?? "—"}</span>
        </Row>
        {n.overrideReason ? (
          <Row label="提示项说明">
            <span className="whitespace-pre-wrap">{n.overrideReason}</span>
          </Row>
        ) : null}
        {n.poolEntry ? (
          <Row label="入库">
            {formatDate(n.poolEntry.enteredOn)}列入{poolTierLabel[n.poolEntry.tier]}
            {n.poolEntry.closedOn ? `，${formatDate(n.poolEntry.closedOn)}出库` : ""}
          </Row>
        ) : null}
      </dl>
    </Card>
  );
}
