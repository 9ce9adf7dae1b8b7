import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format/dates";
import type { Objection } from "@/lib/nominations/events";
import { parseIsoDay } from "@/lib/validation/dates";
import { ObjectionForm, ResolveObjectionForm } from "./objection-forms";

interface Props {
  id: string;
  version: number;
  start: Date;
  end: Date;
  today: Date;
  objections: Objection[];
  /** the organization department may record objections and their resolution now */
  editable: boolean;
}

// stored as the form's YYYY-MM-DD; older events may hold something else, shown as recorded
const receivedOn = (iso: string) => {
  const d = parseIsoDay(iso);
  return d ? formatDate(d) : iso;
};

export function PublicityCard({ id, version, start, end, today, objections, editable }: Props) {
  const over = today.getTime() > end.getTime();
  const open = objections.filter((o) => o.resolution === null).length;
  return (
    <Card title="任前公示">
      <p className="text-sm" data-testid="publicity-period">
        公示期：<span className="tabular-nums">{formatDate(start)}</span> 至{" "}
        <span className="tabular-nums" data-testid="publicity-end">
          {formatDate(end)}
        </span>
        <span className="ml-2">{over ? <Badge tone="ok">已期满</Badge> : <Badge tone="info">公示中</Badge>}</span>
        {open ? (
          <span className="ml-2">
            <Badge tone="warn">{open}件反映待核查</Badge>
          </span>
        ) : null}
      </p>
      <h3 className="mb-2 mt-4 text-sm font-semibold text-slate-800">公示期间收到的反映</h3>
      {objections.length ? (
        <ul className="space-y-3 text-sm">
          {objections.map((o) => (
            <li key={o.id} className="rounded-md border border-slate-200 p-3">
              <p>
                <span className="tabular-nums text-slate-500">{receivedOn(o.receivedOn)}</span> {o.content}
              </p>
              {o.resolution !== null ? (
                <p className="mt-1 text-emerald-800">核查结论：{o.resolution}</p>
              ) : editable ? (
                <ResolveObjectionForm id={id} version={version} objectionId={o.id} />
              ) : (
                <p className="mt-1 text-amber-700">待核查</p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">未收到反映。</p>
      )}
      {editable ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">登记收到的反映</summary>
          <div className="mt-3">
            <ObjectionForm id={id} version={version} today={today.toISOString().slice(0, 10)} />
          </div>
        </details>
      ) : null}
    </Card>
  );
}
