import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { rankLabel } from "@/lib/labels";
import { PICKER_PAGE_SIZES, type PickerFilter } from "@/lib/development/picker-filter";

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5";

/** The picker's filters as a GET form: the page re-renders the results on the server. */
export function PickerFilters({
  action,
  filter,
  units,
  tiers,
}: {
  action: string;
  filter: PickerFilter;
  units: { id: string; name: string }[];
  /** the profile's tiers (and any other still holding members), named */
  tiers: { value: string; label: string }[];
}) {
  return (
    <form method="get" action={action} className="mb-4 flex flex-wrap items-end gap-3 text-sm" aria-label="筛选干部">
      <label className="flex flex-col gap-1">
        单位
        <select name="unit" defaultValue={filter.unitId ?? ""} className={`${select} max-w-56`}>
          <option value="">全部单位</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        在库情况
        <select name="pool" defaultValue={filter.pool ?? ""} className={select}>
          <option value="">不限</option>
          <option value="POOL">在库（全部层级）</option>
          {tiers.map((t) => (
            <option key={t.value} value={t.value}>
              在库：{t.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        职务层次
        <select name="rank" defaultValue={filter.rank ?? ""} className={select}>
          <option value="">不限</option>
          {Object.entries(rankLabel).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        姓名或拼音首字母
        <input
          name="q"
          defaultValue={filter.q ?? ""}
          className="w-36 rounded-md border border-slate-300 px-2 py-1.5"
          placeholder="如：张 或 zs"
        />
      </label>
      <label className="flex flex-col gap-1">
        排序
        <select name="sort" defaultValue={filter.sort ?? "name"} className={select}>
          <option value="name">按姓名拼音</option>
          <option value="need">按政治训练到期（仅在库干部）</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        每页
        <select name="size" defaultValue={String(filter.pageSize ?? 20)} className={select}>
          {PICKER_PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}人
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        查询
      </button>
    </form>
  );
}

/** Page links that keep the filters. */
export function PickerPages({
  action,
  filter,
  page,
  pages,
  total,
}: {
  action: string;
  filter: PickerFilter;
  page: number;
  pages: number;
  total: number;
}) {
  const href = (p: number) => {
    const q = new URLSearchParams();
    if (filter.unitId) q.set("unit", filter.unitId);
    if (filter.pool) q.set("pool", filter.pool);
    if (filter.rank) q.set("rank", filter.rank);
    if (filter.q) q.set("q", filter.q);
    if (filter.sort) q.set("sort", filter.sort);
    if (filter.pageSize) q.set("size", String(filter.pageSize));
    q.set("page", String(p));
    return `${action}?${q.toString()}#picker`;
  };
  return (
    <div className="mt-3 flex items-center gap-3 text-sm text-slate-600">
      <span>
        共 {total} 人，第 {page} / {pages} 页
      </span>
      {page > 1 ? (
        <Link className="text-brand-700 hover:underline" href={href(page - 1)}>
          上一页
        </Link>
      ) : null}
      {page < pages ? (
        <Link className="text-brand-700 hover:underline" href={href(page + 1)}>
          下一页
        </Link>
      ) : null}
    </div>
  );
}
