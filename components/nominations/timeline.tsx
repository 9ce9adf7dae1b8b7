import { eventFields, eventTitle } from "@/lib/nominations/event-text";
import type { NominationDetail } from "@/lib/server/nominations";

const pad = (n: number) => String(n).padStart(2, "0");

/** Event time in China (UTC+8), as 2026.11.22 14:05. */
function when(d: Date): string {
  const c = new Date(d.getTime() + 8 * 3600_000);
  return `${c.getUTCFullYear()}.${pad(c.getUTCMonth() + 1)}.${pad(c.getUTCDate())} ${pad(c.getUTCHours())}:${pad(c.getUTCMinutes())}`;
}

export function Timeline({ n }: { n: NominationDetail }) {
  return (
    <ol className="space-y-4" data-testid="nomination-timeline">
      {[...n.events].reverse().map((e) => (
        <li key={e.id} className="border-l-2 border-brand-600 pl-3">
          <div className="flex flex-wrap items-baseline gap-2 text-sm">
            <span className="font-medium text-slate-900">{eventTitle(e)}</span>
            <span className="tabular-nums text-xs text-slate-500">{when(e.occurredAt)}</span>
            <span className="text-xs text-slate-500">{e.actorId ? (n.actorNames[e.actorId] ?? "—") : "—"}</span>
          </div>
          <dl className="mt-1 grid grid-cols-[7rem_1fr] gap-x-2 gap-y-0.5 text-sm">
            {eventFields(e).map((f, i) => (
              <div key={i} className="contents">
                <dt className="text-slate-500">{f.label}</dt>
                <dd className="text-slate-800">{f.value}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
