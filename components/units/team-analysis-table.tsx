// The cross-team 班子分析 list: one row per team with its key figures and flag chips; the unit's
// name opens its team page on the same reference date.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { unitTypeLabel } from "@/lib/labels";
import type { TeamAnalysis, UnitType } from "@/lib/rules";
import { TeamFlagChips } from "./team-flags";

export interface TeamAnalysisTableRow extends TeamAnalysis {
  unitName: string;
  unitType: UnitType;
}

export function TeamAnalysisTable({ rows, asOf }: { rows: TeamAnalysisTableRow[]; asOf: string | null }) {
  return (
    <Table data-testid="team-analysis" aria-label="班子分析">
      <thead>
        <tr>
          <Th>单位</Th>
          <Th>类型</Th>
          <Th className="text-right">职位/在任/空缺</Th>
          <Th className="text-right">平均年龄</Th>
          <Th>年龄梯次（≤35/36-40/41-45/46-50/51-55/≥56）</Th>
          <Th className="text-right">40岁左右</Th>
          <Th className="text-right">女/党外</Th>
          <Th className="text-right">研究生/本科</Th>
          <Th className="text-right">平均任职年限</Th>
          <Th className="text-right">三年内离任</Th>
          <Th>预警</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const s = r.structure;
          return (
            <tr key={r.unitId} className="hover:bg-slate-50" data-testid="team-row">
              <Td>
                <Link
                  href={{ pathname: `/units/${r.unitId}`, query: asOf ? { asOf } : {} }}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {r.unitName}
                </Link>
              </Td>
              <Td>{unitTypeLabel[r.unitType]}</Td>
              <Td className="text-right tabular-nums">
                {s.posts}/{s.members}/{s.vacancies}
              </Td>
              <Td className="text-right tabular-nums">{s.averageAge ?? "—"}</Td>
              <Td className="tabular-nums text-slate-600">{s.bands.map((b) => b.count).join(" / ")}</Td>
              <Td className="text-right tabular-nums">{s.about40}</Td>
              <Td className="text-right tabular-nums">
                {s.women}/{s.nonCpc}
              </Td>
              <Td className="text-right tabular-nums">
                {s.postgraduate}/{s.bachelor}
              </Td>
              <Td className="text-right tabular-nums">{s.averageYearsInPost ?? "—"}</Td>
              <Td className="text-right tabular-nums">{s.leaving}</Td>
              <Td>
                <TeamFlagChips flags={r.flags} />
              </Td>
            </tr>
          );
        })}
        {rows.length === 0 ? (
          <tr>
            <Td colSpan={11} className="text-center text-slate-500">
              没有符合条件的班子
            </Td>
          </tr>
        ) : null}
      </tbody>
    </Table>
  );
}
