import { NominationBoard } from "@/components/nominations/board";
import { ListFilters } from "@/components/nominations/list-filters";
import { NominationsTable } from "@/components/nominations/nominations-table";
import { RemindersPanel } from "@/components/nominations/reminders-panel";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayInChina } from "@/lib/format/dates";
import { addDays } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { getNominationReminders, listForBoard, listNominations, LIST_LIMIT } from "@/lib/server/nominations";
import { listScopedUnits } from "@/lib/server/units/unit-options";
import { parseListFilter, type ListFilter } from "@/lib/validation/nominations";

export const metadata = { title: "推荐" };

type SP = Promise<Record<string, string | string[] | undefined>>;

export default async function NominationsPage({ searchParams }: { searchParams: SP }) {
  const actor = await requirePermission("nomination", "read");
  const f = parseListFilter(await searchParams);
  return actor.role === "UNIT" ? <UnitView actor={actor} f={f} /> : <DepartmentView actor={actor} f={f} />;
}

async function UnitView({ actor, f }: { actor: Actor; f: ListFilter }) {
  const { rows, total } = await listNominations(actor, { status: f.status, stage: f.stage, q: f.q });
  return (
    <div>
      <PageHeader title="推荐" description="本单位推荐的优秀年轻干部人选及办理进度。" />
      <div className="mb-4 flex justify-end">
        {can(actor.role, "nomination", "create") ? (
          <ButtonLink href="/nominations/new" variant="primary">
            新建推荐
          </ButtonLink>
        ) : null}
      </div>
      <Card title={`本单位推荐（${total}件）`}>
        <ListFilters f={f} units={null} />
        <NominationsTable rows={rows} showUnit={false} />
      </Card>
    </div>
  );
}

async function DepartmentView({ actor, f }: { actor: Actor; f: ListFilter }) {
  const today = todayInChina();
  const reminders = await getNominationReminders(actor, today);
  const tab = (view: "board" | "table", label: string) => (
    <ButtonLink
      href={`/nominations?view=${view}`}
      variant={f.view === view ? "primary" : "secondary"}
      aria-current={f.view === view ? "page" : undefined}
    >
      {label}
    </ButtonLink>
  );
  return (
    <div>
      <PageHeader
        title="推荐"
        description="单位党委推荐人选的选任程序：动议 → 民主推荐 → 考察 → 酝酿 → 讨论决定 → 公示 → 任职（ZZ15-PROCESS）。"
      />
      <RemindersPanel r={reminders} />
      <div className="mb-4 flex gap-2">
        {tab("board", "看板")}
        {tab("table", "列表")}
        {can(actor.role, "nomination", "transition") ? (
          <ButtonLink href="/nominations/meetings">酝酿和讨论决定会议</ButtonLink>
        ) : null}
      </div>
      {f.view === "board" ? (
        <BoardView
          actor={actor}
          today={today}
          expired={new Set(reminders.recommendationsExpiring.filter((i) => i.daysLeft < 0).map((i) => i.id))}
        />
      ) : (
        <TableView actor={actor} f={f} />
      )}
    </div>
  );
}

async function BoardView({ actor, today, expired }: { actor: Actor; today: Date; expired: Set<string> }) {
  const rows = await listForBoard(actor, addDays(today, -90));
  return (
    <>
      <p className="mb-2 text-xs text-slate-500">“任职”列显示近90天办结的推荐；未通过、已撤回的请在列表中查看。</p>
      <NominationBoard rows={rows} today={today} expired={expired} />
    </>
  );
}

async function TableView({ actor, f }: { actor: Actor; f: ListFilter }) {
  const [{ rows, total }, units] = await Promise.all([
    listNominations(actor, { status: f.status, stage: f.stage, unitId: f.unit, q: f.q }),
    listScopedUnits(actor),
  ]);
  return (
    <Card title={`推荐列表（${total}件${total > LIST_LIMIT ? `，显示最近${LIST_LIMIT}件` : ""}）`}>
      <ListFilters f={f} units={units} />
      <NominationsTable rows={rows} showUnit />
    </Card>
  );
}
