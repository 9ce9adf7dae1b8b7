import { notFound } from "next/navigation";
import { ReportTableView } from "@/components/reports/report-table";
import { ScopeLinks } from "@/components/reports/scope-links";
import { buttonClass } from "@/components/ui/button-class";
import { ReferenceDateForm } from "@/components/ui/reference-date-form";
import { can } from "@/lib/authz/permissions";
import { formatDateLong, todayInChina } from "@/lib/format/dates";
import { profileText } from "@/lib/reports/build-report";
import { REPORT_TITLES } from "@/lib/reports/model";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { replicaReads } from "@/lib/server/data-change/scope";
import { getReport } from "@/lib/server/reports/get-report";
import { reportKeyParam, reportParams } from "@/lib/validation/report-params";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";

type Props = { params: Promise<{ report: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props) {
  const key = reportKeyParam.parse((await params).report);
  return { title: key ? REPORT_TITLES[key] : "统计报表" };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const actor = await requirePermission("dashboard", "read");
  const key = reportKeyParam.parse((await params).report);
  if (!key) notFound();
  const today = todayInChina();
  const { asOf: day, unitType } = parseSearchParams(reportParams, await searchParams);
  const asOf = day ?? today;
  const m = await replicaReads(() => getReport(actor, key, asOf, unitType ?? null));
  const path = `/reports/${key}`;
  const query = new URLSearchParams({ asOf: m.asOf, ...(m.unitType ? { unitType: m.unitType } : {}) });
  return (
    <div>
      <header className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{m.title}</h1>
          <p className="mt-1 text-sm text-slate-600" data-testid="report-basis">
            统计日期 <strong data-testid="report-as-of">{formatDateLong(asOf)}</strong>　范围 {m.scopeLabel}　政策配置{" "}
            {profileText(m)}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <ReferenceDateForm path={path} asOf={asOf} today={today} extra={m.unitType ? { unitType: m.unitType } : {}} />
          {can(actor.role, "dashboard", "export") ? (
            <a className={buttonClass("secondary")} href={`${path}/export?${query}`} data-testid="report-export">
              导出 Excel
            </a>
          ) : null}
        </div>
      </header>
      <div className="mb-4">
        <ScopeLinks path={path} asOf={m.asOf} unitType={m.unitType} />
      </div>
      {m.tables.map((t, i) => (
        <ReportTableView key={t.name} table={t} index={i} />
      ))}
    </div>
  );
}
