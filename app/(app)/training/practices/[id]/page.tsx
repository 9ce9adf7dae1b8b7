import Link from "next/link";
import { PracticeForm } from "@/components/development/practice-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate, formatYearMonth } from "@/lib/format/dates";
import { practiceKindLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { listScopedUnits } from "@/lib/server/units/unit-options";
import { getPractice } from "@/lib/server/development/practices";
import { dayInputValue } from "@/lib/validation/development/common";

export const metadata = { title: "实践锻炼" };

export default async function PracticePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("development", "read");
  const p = await getPractice(actor, (await params).id);
  const manage = can(actor.role, "development", "manage");
  const units = manage ? await listScopedUnits(actor) : [];
  const rows: [string, string][] = [
    ["锻炼方式", practiceKindLabel[p.kind]],
    ["接收单位", p.hostUnitName ?? ""],
    ["挂任职务", p.role],
    ["开始日期", formatDate(p.startDate)],
    ["计划结束", formatDate(p.plannedEndDate)],
    ["实际结束", formatDate(p.actualEndDate)],
    ["接收单位评价", p.hostEvaluation ?? ""],
    ["专项考核", p.specialAssessment ? `${p.specialAssessment}（${formatDate(p.specialAssessedOn)}）` : ""],
    ["理由", p.overrideReason ?? ""],
  ];
  return (
    <div>
      <PageHeader
        title={`${p.cadre.name}：${practiceKindLabel[p.kind]}`}
        description={`${p.cadre.unit?.name ?? ""} ${p.cadre.currentPostTitle ?? ""}｜出生年月 ${formatYearMonth(p.cadre.birthDate)}`}
      />
      <p className="mb-4 text-sm">
        <Link className="text-brand-700 hover:underline" href={`/cadres/${p.cadre.id}`}>
          查看干部档案
        </Link>
      </p>
      <Card>
        {manage ? (
          <PracticeForm
            units={units}
            initial={{
              id: p.id,
              version: p.version,
              cadre: null,
              kind: p.kind,
              hostUnitId: p.hostUnitId ?? "",
              hostUnitName: p.hostUnitName ?? "",
              role: p.role,
              startDate: dayInputValue(p.startDate),
              plannedEndDate: dayInputValue(p.plannedEndDate),
              actualEndDate: dayInputValue(p.actualEndDate),
              hostEvaluation: p.hostEvaluation ?? "",
              specialAssessment: p.specialAssessment ?? "",
              specialAssessedOn: dayInputValue(p.specialAssessedOn),
              overrideReason: p.overrideReason ?? "",
            }}
          />
        ) : (
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            {rows.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-slate-500">{k}</dt>
                <dd>{v || "—"}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
    </div>
  );
}
