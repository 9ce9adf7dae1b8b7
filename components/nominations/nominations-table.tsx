import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format/dates";
import { poolTierLabel, recommendationMethodLabel } from "@/lib/labels";
import type { NominationListRow } from "@/lib/server/nominations";
import { StageBadges } from "./stage-badge";

export function votesText(r: { ballotsValid: number | null; votesReceived: number | null }): string {
  if (r.ballotsValid == null || r.votesReceived == null) return "—";
  const pct = r.ballotsValid > 0 ? Math.round((r.votesReceived / r.ballotsValid) * 1000) / 10 : 0;
  return `${r.votesReceived}/${r.ballotsValid}（${pct}%）`;
}

export function NominationsTable({ rows, showUnit }: { rows: NominationListRow[]; showUnit: boolean }) {
  if (!rows.length) return <p className="text-sm text-slate-600">暂无推荐。</p>;
  return (
    <Table data-testid="nominations-table">
      <thead>
        <tr>
          <Th>被推荐人</Th>
          {showUnit ? <Th>推荐单位</Th> : null}
          <Th>推荐层级</Th>
          <Th>推荐方式</Th>
          <Th>得票/有效票</Th>
          <Th>推荐日期</Th>
          <Th>状态</Th>
          <Th>最近办理</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="nomination-row" data-cadre={r.cadre.name}>
            <Td>
              <Link href={`/nominations/${r.id}`} className="font-medium text-brand-700 hover:underline">
                {r.cadre.name}
              </Link>
              <span className="ml-2 text-xs text-slate-500">{r.cadre.currentPostTitle ?? ""}</span>
            </Td>
            {showUnit ? <Td>{r.unit.name}</Td> : null}
            <Td>{poolTierLabel[r.tier]}</Td>
            <Td>{r.method ? recommendationMethodLabel[r.method] : "—"}</Td>
            <Td className="tabular-nums">{votesText(r)}</Td>
            <Td className="tabular-nums">{formatDate(r.recommendedOn) || "—"}</Td>
            <Td>
              <StageBadges stage={r.stage} returned={!!r.returnedComment} inPool={!!r.poolEntry} />
            </Td>
            <Td className="tabular-nums text-slate-600">{formatDate(r.updatedAt)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
