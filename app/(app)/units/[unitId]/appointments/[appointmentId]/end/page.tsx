import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EndAppointmentForm } from "@/components/units/end-appointment-form";
import { formatDate, formatYearMonth, todayInChina } from "@/lib/format/dates";
import { formatTenure } from "@/lib/format/durations";
import { genderLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getAppointmentForEnd } from "@/lib/server/units/appointments";
import { orNotFound } from "@/lib/server/not-found";

export const metadata = { title: "免职（离任）" };

export default async function EndAppointmentPage({
  params,
}: {
  params: Promise<{ unitId: string; appointmentId: string }>;
}) {
  const actor = await requirePermission("unit", "manage");
  const { unitId, appointmentId } = await params;
  const a = await orNotFound(getAppointmentForEnd(actor, appointmentId));
  if (a.post.unitId !== unitId) notFound();
  const today = todayInChina();
  return (
    <div>
      <PageHeader title={`免职（离任）：${a.cadre.name}`} description={`${a.post.unit.name} ${a.post.title}`} />
      <Card title="任职情况" className="mb-4">
        <p className="text-sm">
          {a.cadre.name}，{genderLabel[a.cadre.gender]}，{formatYearMonth(a.cadre.birthDate)}生；自
          {formatDate(a.startDate)}起任{a.post.title}
          {a.documentNo ? `（${a.documentNo}）` : ""}，任现职{formatTenure(a.startDate, today)}。
        </p>
      </Card>
      {a.endDate ? (
        <p role="alert" className="text-sm text-slate-700">
          该任职已于{formatDate(a.endDate)}结束，无需再办理。
        </p>
      ) : (
        <EndAppointmentForm
          unitId={unitId}
          appointmentId={a.id}
          version={a.version}
          defaultEndDate={today.toISOString().slice(0, 10)}
        />
      )}
    </div>
  );
}
