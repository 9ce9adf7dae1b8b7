import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { trainingKindLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { listTrainings } from "@/lib/server/development/trainings";
import { yearlyFigures } from "@/lib/server/development/yearly-figures";
import { StatCard } from "@/components/ui/stat-card";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { trainingListParams } from "@/lib/validation/development/search";
import { FilterSelect, labelOptions, ListFilter } from "@/components/development/list-filter";

export const metadata = { title: "培训" };

export default async function TrainingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("development", "read");
  const thisYear = todayInChina().getUTCFullYear();
  const { year, kind } = parseSearchParams(trainingListParams(thisYear), await searchParams);
  const [rows, figures] = await Promise.all([
    listTrainings(actor, { year, kind }),
    yearlyFigures(actor, year ?? thisYear),
  ]);
  const manage = can(actor.role, "development", "manage");
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
  return (
    <div>
      <PageHeader
        title="培训"
        description={
          actor.role === "UNIT"
            ? "本单位干部参加的培训"
            : "党性教育、中青班、调训、专题培训和在线学习，以及参训人员、结业情况"
        }
      />
      <div className="mb-5 grid gap-4 md:grid-cols-3">
        <StatCard label={`${figures.year}年举办培训（期）`} value={figures.trainingsHeld} testId="figure-trainings" />
        <StatCard
          label={`${figures.year}年在库干部人均完成学时`}
          value={figures.hoursPerPoolMember}
          testId="figure-hours"
        >
          <p className="mt-2 text-xs text-slate-500">
            在库{figures.poolMembers}人，合计{figures.poolHours}学时
          </p>
        </StatCard>
        <StatCard
          label={`${figures.year}年选派科级年轻干部实践锻炼（人）`}
          value={figures.practice.actual.count}
          testId="figure-practice"
        >
          <p className="mt-2 text-xs text-slate-500">
            D20-PRACTICE：每年{figures.practice.target.count}名左右，
            {figures.practice.status === "MET" ? "已达到" : "尚未达到"}
          </p>
        </StatCard>
      </div>
      <Card
        title={`培训班次（${rows.length}）`}
        actions={
          manage ? (
            <ButtonLink href="/training/new" variant="primary">
              新建培训
            </ButtonLink>
          ) : null
        }
      >
        <ListFilter>
          <FilterSelect
            name="year"
            label="年度"
            value={year}
            options={years.map((y) => ({ value: y, label: `${y}年` }))}
          />
          <FilterSelect name="kind" label="类别" value={kind} options={labelOptions(trainingKindLabel)} />
        </ListFilter>
        <Table>
          <thead>
            <tr>
              <Th>培训名称</Th>
              <Th>类别</Th>
              <Th>主办单位</Th>
              <Th>起止日期</Th>
              <Th className="text-right">学时</Th>
              <Th>脱产</Th>
              <Th className="text-right">参训 / 结业</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id}>
                <Td>
                  <Link className="text-brand-700 hover:underline" href={`/training/${t.id}`}>
                    {t.name}
                  </Link>
                </Td>
                <Td>{trainingKindLabel[t.kind]}</Td>
                <Td>{t.organizer}</Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {formatDate(t.startDate)}—{formatDate(t.endDate)}
                </Td>
                <Td className="text-right tabular-nums">{t.hours}</Td>
                <Td>{t.fullTimeOffJob ? <Badge tone="info">脱产</Badge> : "—"}</Td>
                <Td className="text-right tabular-nums">
                  {t.attendees} / {t.completed}
                </Td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <Td colSpan={7} className="text-slate-500">
                  没有符合条件的培训。
                </Td>
              </tr>
            ) : null}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
