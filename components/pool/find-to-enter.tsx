// 入库: find a cadre not in the pool (name or pinyin initials) and open the entry page, where
// the eligibility verdict is shown before anything is confirmed. The page runs the search.
import Link from "next/link";
import type { RosterPage } from "@/lib/cadres/roster-row";

export function FindToEnter({ find, found }: { find?: string; found: RosterPage | null }) {
  const q = find?.trim();
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="find-title">
      <h2 id="find-title" className="mb-2 text-sm font-semibold">
        干部入库
      </h2>
      <form action="/pool" className="flex gap-2">
        <input
          name="find"
          defaultValue={q ?? ""}
          placeholder="姓名或拼音首字母"
          aria-label="查找干部"
          className="w-60 rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50">
          查找
        </button>
      </form>
      {found ? (
        <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="find-results">
          {found.rows.length === 0 ? (
            <li className="py-1.5 text-slate-500">没有找到未在库的干部</li>
          ) : (
            found.rows.map((r) => (
              <li key={r.id} className="flex items-center gap-3 py-1.5">
                <span className="w-20 font-medium">{r.name}</span>
                <span className="text-slate-600">
                  {r.age}岁　{r.unit}　{r.currentPostTitle}
                </span>
                <Link href={`/pool/enter?cadreId=${r.id}`} className="ml-auto text-brand-700 hover:underline">
                  入库研判
                </Link>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </section>
  );
}
