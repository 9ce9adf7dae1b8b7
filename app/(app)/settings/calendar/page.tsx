import Link from "next/link";
import { OverrideForm } from "@/components/settings/calendar/override-form";
import { RemoveOverrideButton } from "@/components/settings/calendar/remove-override-button";
import { PublicityCalculator } from "@/components/settings/calendar/publicity-calculator";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { OFFICIAL_CALENDAR, officialYear } from "@/lib/calendar/official-calendar";
import { todayInChina } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { listedDays, toWorkingDayCalendar } from "@/lib/calendar/merge-calendar";
import { loadCalendarOverrides } from "@/lib/server/calendar/working-day-calendar";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { calendarParams } from "@/lib/validation/settings-search";

export const metadata = { title: "工作日历" };

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const dayText = (iso: string) => `${iso.replaceAll("-", ".")}（${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]}）`;
const spanText = (days: string[]) =>
  days.length > 1 ? `${dayText(days[0])}至${dayText(days[days.length - 1])}，共${days.length}天` : dayText(days[0]);

export default async function CalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("policy", "read");
  const q = parseSearchParams(calendarParams, await searchParams);
  const manage = can(actor.role, "settings", "manage");
  const overrides = await loadCalendarOverrides();
  const thisYear = todayInChina().getUTCFullYear();
  const years = [
    ...new Set([
      thisYear,
      ...OFFICIAL_CALENDAR.map((y) => y.year),
      ...overrides.map((o) => Number(o.date.slice(0, 4))),
    ]),
  ].sort();
  const year = q.year !== undefined && years.includes(q.year) ? q.year : thisYear;
  const publicityDays = (await getActiveProfile()).profile.params.nat.publicityWorkingDays;
  const official = officialYear(year);
  const local = overrides.filter((o) => o.date.startsWith(`${year}-`));

  return (
    <div>
      <PageHeader
        title="工作日历"
        description="任前公示等按工作日计算的期限使用本日历：周六、周日休息，国家法定节假日放假，调休上班日计为工作日。"
      />
      <nav className="mb-4 flex gap-2" aria-label="年份">
        {years.map((y) => (
          <Link
            key={y}
            href={`/settings/calendar?year=${y}`}
            aria-current={y === year ? "page" : undefined}
            className={`rounded-md px-3 py-1 text-sm ${y === year ? "bg-brand-600 text-white" : "border border-slate-300 bg-white"}`}
          >
            {y}年
          </Link>
        ))}
      </nav>

      <Card title={`${year}年国家节假日安排`} className="mb-4">
        {official?.published ? (
          <>
            <p className="mb-2 text-xs text-slate-500">依据：{official.source}（随系统发布）</p>
            <Table data-testid="official-holidays">
              <thead>
                <tr>
                  <Th>节日</Th>
                  <Th>放假</Th>
                  <Th>调休上班</Th>
                </tr>
              </thead>
              <tbody>
                {official.holidays.map((h) => (
                  <tr key={h.name}>
                    <Td>{h.name}</Td>
                    <Td>{spanText(h.restDays)}</Td>
                    <Td>{h.workdays.map(dayText).join("、") || "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        ) : (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="not-published">
            国务院办公厅{year}年部分节假日安排尚未随本系统发布{official ? "（本版本制作时通知尚未公布）" : ""}
            。在录入之前，{year}年只按周末计算休息日。 通知公布后，请{manage ? "在下方" : "由组织部管理员"}
            逐日录入放假和调休上班日期，或升级系统。
          </p>
        )}
      </Card>

      <Card title={`${year}年本地调整`} className="mb-4">
        {local.length ? (
          <Table data-testid="local-overrides">
            <thead>
              <tr>
                <Th>日期</Th>
                <Th>类型</Th>
                <Th>名称</Th>
                {manage ? <Th>操作</Th> : null}
              </tr>
            </thead>
            <tbody>
              {local.map((o) => (
                <tr key={o.id} data-testid={`override-${o.date}`}>
                  <Td>{dayText(o.date)}</Td>
                  <Td>{o.isWorkingDay ? <Badge tone="info">调休上班</Badge> : <Badge tone="warn">放假</Badge>}</Td>
                  <Td>{o.name ?? "—"}</Td>
                  {manage ? (
                    <Td>
                      <RemoveOverrideButton id={o.id} version={o.version} date={o.date} />
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-600">本年度没有本地调整。</p>
        )}
        {manage ? (
          <div className="mt-4">
            <OverrideForm />
          </div>
        ) : null}
      </Card>

      <Card title="公示期计算">
        <PublicityCalculator
          start={q.start}
          year={year}
          days={publicityDays}
          calendar={toWorkingDayCalendar(listedDays(overrides))}
        />
      </Card>
    </div>
  );
}
