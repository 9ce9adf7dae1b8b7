// The 班子分析 of one team on the team page: the figures (年龄梯次 with the ~40 / ~35 slots,
// gender, non-CPC, education, years in post, leaving, rotation, sanctions, 职数) and the members'
// lines, with the flags above them.
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format/dates";
import type { TeamAnalysis } from "@/lib/rules";
import { TeamFlagList } from "./team-flags";

function Figure({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div className="rounded border border-slate-200 px-3 py-2" data-testid={testId}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-base font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

export function TeamAnalysisPanel({ a, sanctionsWithheld }: { a: TeamAnalysis; sanctionsWithheld: boolean }) {
  const s = a.structure;
  return (
    <Card className="mt-4" title="班子分析">
      <TeamFlagList flags={a.flags} />
      <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6">
        <Figure label="职位 / 在任 / 空缺" value={`${s.posts} / ${s.members} / ${s.vacancies}`} testId="fig-posts" />
        <Figure
          label="核定职数"
          value={s.overEstablishment ? `${s.establishment}（超${s.overEstablishment}）` : s.establishment}
        />
        <Figure label={`${s.about40Ceiling}岁及以下（40岁左右）`} value={s.about40} />
        <Figure label={`${s.about35Ceiling}岁及以下（35岁左右）`} value={s.about35} />
        <Figure label="平均年龄" value={s.averageAge ?? "—"} />
        <Figure label="女干部 / 党外 / 少数民族" value={`${s.women} / ${s.nonCpc} / ${s.minority}`} />
        <Figure label="研究生 / 本科 / 专科及以下" value={`${s.postgraduate} / ${s.bachelor} / ${s.belowBachelor}`} />
        <Figure label="全日制本科以上" value={s.fullTimeBachelorPlus} />
        <Figure label="平均任现职年限" value={s.averageYearsInPost ?? "—"} />
        <Figure label={`${s.leavingHorizonYears}年内离任`} value={s.leaving} testId="fig-leaving" />
        <Figure label="到期应交流" value={s.rotationDue} />
        <Figure label="处分影响期内" value={sanctionsWithheld ? "密级不足" : s.sanctionsInEffect} />
      </dl>
      <p className="mt-2 text-xs text-slate-500">
        年龄梯次：{s.bands.map((b) => `${b.label} ${b.count}人`).join("，")}
      </p>
      <Table className="mt-3" aria-label="班子成员分析">
        <thead>
          <tr>
            <Th>姓名</Th>
            <Th>职务</Th>
            <Th>年龄</Th>
            <Th>学历</Th>
            <Th>任现职年限</Th>
            <Th>{s.leavingHorizonYears}年内离任</Th>
            <Th>交流</Th>
          </tr>
        </thead>
        <tbody>
          {s.memberRows.map((r) => (
            <tr key={r.cadreId}>
              <Td>
                {r.name}
                {r.gender === "FEMALE" ? "（女）" : ""}
                {r.nonCpc ? "（党外）" : ""}
              </Td>
              <Td>{r.postTitles.join("、")}</Td>
              <Td className="tabular-nums">{r.age}</Td>
              <Td>{r.education}</Td>
              <Td className="tabular-nums">{r.yearsInPost}年</Td>
              <Td className="tabular-nums">
                {r.leavesOn
                  ? `${formatDate(r.leavesOn)}（${r.leavingReason === "RETIREMENT" ? "退休" : "任职年龄上限"}）`
                  : "—"}
              </Td>
              <Td>{r.rotationDue ? "到期" : "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {sanctionsWithheld ? (
        <p className="mt-2 text-xs text-slate-500">处分、组织处理信息需“高度敏感”密级，未计入本分析。</p>
      ) : null}
    </Card>
  );
}
