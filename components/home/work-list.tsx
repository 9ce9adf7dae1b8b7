// The home page's work list (提醒/待办): one card per kind with its count, the first few items
// each linking to the record where the work is done, and the rule each cites. One column on a
// phone (a whole item is the tap target), two on a wide screen.
import Link from "next/link";
import type { WorkGroup, WorkList } from "@/lib/worklist/model";

const formatDue = (iso: string) => iso.replaceAll("-", ".");

function Group({ g }: { g: WorkGroup }) {
  return (
    <section
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
      data-testid={`work-group-${g.kind}`}
      aria-labelledby={`work-${g.kind}`}
    >
      <header className="flex items-baseline justify-between gap-2 border-b border-slate-200 px-4 py-2.5">
        <h2 id={`work-${g.kind}`} className="text-sm font-semibold text-slate-800">
          {g.label}
          {g.ruleId ? <span className="ml-2 text-xs font-normal text-slate-500">{g.ruleId}</span> : null}
        </h2>
        <span
          className="shrink-0 rounded-full bg-amber-100 px-2 text-sm font-medium text-amber-900 tabular-nums"
          data-testid={`work-count-${g.kind}`}
        >
          {g.count}
        </span>
      </header>
      <ul className="divide-y divide-slate-100">
        {g.items.map((i) => (
          <li key={i.key}>
            <Link
              href={i.href}
              data-testid="work-item"
              data-kind={g.kind}
              className="block px-4 py-2.5 hover:bg-brand-50 focus:bg-brand-50 focus:outline-none"
            >
              <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-medium text-brand-700">{i.title}</span>
                {i.dueOn ? <span className="text-xs text-slate-500 tabular-nums">{formatDue(i.dueOn)}</span> : null}
              </span>
              {i.context ? <span className="block text-xs text-slate-500">{i.context}</span> : null}
              <span className="mt-0.5 block text-sm break-words text-slate-700">
                {i.detail}
                {i.ruleId && i.ruleId !== g.ruleId ? (
                  <span className="ml-1 text-xs text-slate-500">（{i.ruleId}）</span>
                ) : null}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {g.count > g.items.length ? (
        <footer className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">
          另有 {g.count - g.items.length} 项
          {g.moreHref ? (
            <Link href={g.moreHref} className="ml-2 text-brand-700 hover:underline">
              查看全部
            </Link>
          ) : null}
        </footer>
      ) : null}
    </section>
  );
}

export function WorkListView({ list }: { list: WorkList }) {
  if (list.groups.length === 0) {
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600" data-testid="work-empty">
        {list.scopeLabel}当前没有待办事项。
      </p>
    );
  }
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2" data-testid="work-list">
      {list.groups.map((g) => (
        <Group key={g.kind} g={g} />
      ))}
    </div>
  );
}
