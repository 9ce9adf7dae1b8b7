import type { DrillItem } from "@/lib/dashboard/model";

/** A list of the units, posts or people behind a figure, with the total when truncated. */
export function DrillList({
  title,
  items,
  total,
  testId,
}: {
  title: string;
  items: DrillItem[];
  total: number;
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <h4 className="mb-1 text-xs font-semibold text-slate-700">
        {title}（{total}）
        {total > items.length ? <span className="font-normal text-slate-500">，列出前 {items.length} 项</span> : null}
      </h4>
      {items.length ? (
        <ul className="grid gap-x-6 gap-y-0.5 text-sm sm:grid-cols-2">
          {items.map((i) => (
            <li key={i.id} className="flex gap-2">
              <span className="font-medium text-slate-800">{i.label}</span>
              {i.detail ? <span className="text-slate-500">{i.detail}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">无</p>
      )}
    </div>
  );
}
