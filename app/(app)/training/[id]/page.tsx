import { AttendeesTable } from "@/components/development/attendees-table";
import { PickerFilters, PickerPages } from "@/components/development/picker-filters";
import { PickerTable } from "@/components/development/picker-table";
import { TrainingForm } from "@/components/development/training-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate, formatYearMonth, todayInChina } from "@/lib/format/dates";
import { rankLabel, trainingKindLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { searchPicker } from "@/lib/server/development/cadre-picker";
import { getReminderProfile } from "@/lib/server/development/growth-profile";
import { listScopedUnits } from "@/lib/server/units/unit-options";
import { getTierNames, tiersInUse } from "@/lib/server/policy/pool-tiers";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { pickerParams } from "@/lib/validation/development/search";
import { getTraining } from "@/lib/server/development/trainings";
import { dayInputValue } from "@/lib/validation/development/common";

export const metadata = { title: "培训详情" };

export default async function TrainingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePermission("development", "read");
  const { id } = await params;
  const t = await getTraining(actor, id);
  const manage = can(actor.role, "development", "manage");
  const today = todayInChina();
  const attendees = t.attendances.map((a) => ({
    id: a.id,
    version: a.version,
    cadreId: a.cadre.id,
    name: a.cadre.name,
    unitName: a.cadre.unit?.name ?? "",
    post: a.cadre.currentPostTitle ?? "",
    birth: formatYearMonth(a.cadre.birthDate),
    completed: a.completed,
    result: a.result ?? "",
  }));
  return (
    <div>
      <PageHeader
        title={t.name}
        description={`${trainingKindLabel[t.kind]}｜${formatDate(t.startDate)}—${formatDate(t.endDate)}｜${t.hours}学时${t.fullTimeOffJob ? "｜脱产" : ""}${t.organizer ? `｜${t.organizer}` : ""}`}
      />
      <div className="space-y-5">
        {manage ? (
          <Card title="基本信息">
            <TrainingForm
              initial={{
                id: t.id,
                version: t.version,
                name: t.name,
                kind: t.kind,
                organizer: t.organizer ?? "",
                startDate: dayInputValue(t.startDate),
                endDate: dayInputValue(t.endDate),
                hours: String(t.hours),
                fullTimeOffJob: t.fullTimeOffJob,
              }}
            />
          </Card>
        ) : null}
        <Card
          title={
            <>
              参训人员（{attendees.length}人，已结业{attendees.filter((a) => a.completed).length}人）
              {t.endDate > today ? (
                <span className="ml-2">
                  <Badge tone="info">尚未结束</Badge>
                </span>
              ) : null}
            </>
          }
        >
          <AttendeesTable
            trainingId={t.id}
            rows={attendees}
            manage={manage}
            ended={t.endDate.getTime() <= today.getTime()}
          />
        </Card>
        {manage ? (
          <Picker trainingId={t.id} enrolled={new Set(attendees.map((a) => a.cadreId))} sp={await searchParams} />
        ) : null}
      </div>
    </div>
  );
}

async function Picker({ trainingId, enrolled, sp }: { trainingId: string; enrolled: Set<string>; sp: SearchParams }) {
  const actor = await requirePermission("development", "manage");
  const filter = parseSearchParams(pickerParams, sp);
  const [units, { profile }, tierNames, inUse] = await Promise.all([
    listScopedUnits(actor),
    getReminderProfile(),
    getTierNames(),
    tiersInUse(actor),
  ]);
  const r = await searchPicker(actor, filter, profile, todayInChina());
  const action = `/training/${trainingId}`;
  const rows = r.rows.map((c) => ({
    id: c.id,
    name: c.name,
    unitName: c.unitName ?? "",
    post: c.currentPostTitle ?? "",
    birth: formatYearMonth(c.birthDate),
    rank: c.rank ? rankLabel[c.rank] : "",
    tier: c.tier ? tierNames.names[c.tier] : "",
    due: formatDate(c.politicalDueOn),
    enrolled: enrolled.has(c.id),
  }));
  return (
    <div id="picker">
      <Card title="添加参训人员">
        <PickerFilters
          action={action}
          filter={filter}
          units={units}
          tiers={inUse.map((t) => ({ value: t, label: tierNames.names[t] }))}
        />
        <PickerTable
          key={JSON.stringify(filter)}
          trainingId={trainingId}
          rows={rows}
          showDue={filter.sort === "need"}
        />
        <PickerPages action={action} filter={filter} page={r.page} pages={r.pages} total={r.total} />
      </Card>
    </div>
  );
}
