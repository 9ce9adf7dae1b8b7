import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ReferenceDateForm } from "@/components/ui/reference-date-form";
import { Table, Td, Th } from "@/components/ui/table";
import { TeamAgeStructure } from "@/components/units/team-age-structure";
import { TeamAnalysisPanel } from "@/components/units/team-analysis-panel";
import { TeamTable } from "@/components/units/team-table";
import { formatDate, formatDateLong, todayInChina } from "@/lib/format/dates";
import { appointmentEndReasonLabel, unitTypeLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { getUnitTeam } from "@/lib/server/units/unit-team";
import { getTeamAnalysis } from "@/lib/server/units/analysis/team-analysis";
import { orNotFound } from "@/lib/server/not-found";
import { asOfParams, parseSearchParams, type SearchParams } from "@/lib/validation/search-params";

export const metadata = { title: "领导班子" };

type Props = { params: Promise<{ unitId: string }>; searchParams: Promise<SearchParams> };

export default async function UnitTeamPage({ params, searchParams }: Props) {
  const actor = await requirePermission("unit", "read");
  const { unitId } = await params;
  const today = todayInChina();
  const asOf = parseSearchParams(asOfParams, await searchParams).asOf ?? today;
  const { profile } = await getActiveProfile();
  const [t, analysis] = await Promise.all([
    orNotFound(getUnitTeam(actor, unitId, asOf, profile.params.conventions.aboutTolerance)),
    getTeamAnalysis(actor, unitId, asOf),
  ]);
  const isToday = asOf.getTime() === today.getTime();
  const editable = can(actor.role, "unit", "manage") && isToday;
  // names open the profile for roles that read cadres (a unit user only ever sees its own unit)
  const profiles = can(actor.role, "cadre", "read");
  const u = t.unit;

  return (
    <div>
      <PageHeader
        title={u.name}
        description={`${unitTypeLabel[u.type]}${u.parent ? ` · 上级单位：${u.parent.name}` : ""} · 科级领导职数 ${u.sectionLeaderPostCount}${u.isPartyGovDept ? " · 党政工作部门" : ""} · 截至${formatDateLong(asOf)}`}
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <ReferenceDateForm path={`/units/${u.id}`} asOf={asOf} today={today} />
        {can(actor.role, "unit", "manage") ? (
          <div className="no-print flex gap-2">
            <ButtonLink href={`/units/${u.id}/edit`}>编辑单位</ButtonLink>
            <ButtonLink href={`/units/${u.id}/posts/new`}>新增职位</ButtonLink>
          </div>
        ) : null}
      </div>
      {!isToday && can(actor.role, "unit", "manage") ? (
        <p className="no-print mb-4 text-sm text-slate-600">
          当前为历史日期的班子情况（按任职记录还原）。办理任免请切换到“今天”。
        </p>
      ) : null}
      <Card title="领导班子" actions={<VacancyBadge count={t.vacancies.team} />}>
        <TeamTable
          posts={t.team}
          asOf={asOf}
          unitId={u.id}
          editable={editable}
          profiles={profiles}
          caption="领导班子职位与任职人员"
        />
      </Card>
      {analysis ? <TeamAnalysisPanel a={analysis.analysis} sanctionsWithheld={analysis.sanctionsWithheld} /> : null}
      <Card className="mt-4 max-w-3xl" title="班子年龄结构">
        <TeamAgeStructure s={t.teamStructure} />
      </Card>
      {t.sectionPosts.length ? (
        <Card
          className="mt-4"
          title={`科级领导职位（核定职数 ${u.sectionLeaderPostCount}，实设 ${t.sectionPosts.length}）`}
          actions={<VacancyBadge count={t.vacancies.section} />}
        >
          <TeamTable
            posts={t.sectionPosts}
            asOf={asOf}
            unitId={u.id}
            editable={editable}
            profiles={profiles}
            caption="科级领导职位与任职人员"
          />
        </Card>
      ) : null}
      {t.otherPosts.length ? (
        <Card className="mt-4" title="中层及非领导职位">
          <TeamTable
            posts={t.otherPosts}
            asOf={asOf}
            unitId={u.id}
            editable={editable}
            profiles={profiles}
            caption="中层及非领导职位与任职人员"
          />
        </Card>
      ) : null}
      <Card className="mt-4" title="领导职位离任记录（最近）">
        <Table aria-label="离任记录">
          <thead>
            <tr>
              <Th>职位</Th>
              <Th>姓名</Th>
              <Th>任职时间</Th>
              <Th>离任时间</Th>
              <Th>离任方式</Th>
            </tr>
          </thead>
          <tbody>
            {t.history.map((h) => (
              <tr key={h.appointmentId}>
                <Td>{h.postTitle}</Td>
                <Td>{h.cadreName}</Td>
                <Td className="tabular-nums">{formatDate(h.startDate)}</Td>
                <Td className="tabular-nums">{formatDate(h.endDate)}</Td>
                <Td>{h.endReason ? appointmentEndReasonLabel[h.endReason] : "—"}</Td>
              </tr>
            ))}
            {t.history.length === 0 ? (
              <tr>
                <Td colSpan={5} className="text-center text-slate-500">
                  暂无离任记录
                </Td>
              </tr>
            ) : null}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}

function VacancyBadge({ count }: { count: number }) {
  return count > 0 ? <Badge tone="warn">○ 空缺 {count} 个</Badge> : <Badge tone="ok">✓ 已配齐</Badge>;
}
