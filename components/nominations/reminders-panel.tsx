import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format/dates";
import { nominationStageLabel } from "@/lib/labels";
import type { NominationReminders, ReminderItem } from "@/lib/server/nominations";

function when(i: ReminderItem, verbPast: string, verbFuture: string): string {
  if (i.daysLeft < 0) return `${verbPast}${-i.daysLeft}天`;
  if (i.daysLeft === 0) return "今天";
  return `${i.daysLeft}天后${verbFuture}`;
}

function Items({
  items,
  empty,
  render,
}: {
  items: ReminderItem[];
  empty: string;
  render: (i: ReminderItem) => string;
}) {
  if (!items.length) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-1 text-sm">
      {items.map((i) => (
        <li key={i.id} className="flex justify-between gap-2">
          <span>
            <Link href={`/nominations/${i.id}`} className="text-brand-700 hover:underline">
              {i.cadreName}
            </Link>
            <span className="ml-1 text-xs text-slate-500">
              {i.unitName} · {nominationStageLabel[i.stage]}
            </span>
          </span>
          <span className={`tabular-nums ${i.daysLeft < 0 ? "font-medium text-rose-700" : "text-slate-700"}`}>
            {render(i)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function RemindersPanel({ r }: { r: NominationReminders }) {
  return (
    <div className="mb-6 grid gap-4 md:grid-cols-2 xl:grid-cols-4" data-testid="nomination-reminders">
      <Card title="各环节待办">
        <ul className="space-y-1 text-sm">
          {r.waiting.map((w) => (
            <li key={w.stage} className="flex justify-between">
              <span>
                {nominationStageLabel[w.stage]}
                {w.returned ? <span className="ml-1 text-xs text-amber-700">（{w.returned}件退回修改）</span> : null}
              </span>
              <span className="tabular-nums text-slate-700">
                {w.count}件{w.count ? `，最久${w.oldestDays}天` : ""}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={`公示即将期满（3个工作日内，至${formatDate(r.horizon.publicityUntil)}）`}>
        <Items
          items={r.publicityEnding}
          empty="无。"
          render={(i) => `${formatDate(i.date)}期满（${when(i, "已期满", "期满")}）`}
        />
      </Card>
      <Card title="公示期满待任职">
        <Items
          items={r.publicityOver}
          empty="无。"
          render={(i) => `${formatDate(i.date)}期满（已期满${-i.daysLeft}天）`}
        />
      </Card>
      <Card title={`民主推荐即将过期（30天内，至${formatDate(r.horizon.recommendationUntil)}）`}>
        <Items
          items={r.recommendationsExpiring}
          empty="无。"
          render={(i) => `有效期至${formatDate(i.date)}（${when(i, "已过期", "过期")}）`}
        />
      </Card>
    </div>
  );
}
