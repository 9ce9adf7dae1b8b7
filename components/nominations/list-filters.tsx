import { buttonClass } from "@/components/ui/button";
import { nominationStageLabel } from "@/lib/labels";
import type { ListFilter } from "@/lib/validation/nominations";

const STATUS = [
  { value: "all", label: "全部" },
  { value: "open", label: "办理中" },
  { value: "closed", label: "已办结" },
];

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked. */
export function ListFilters({ f, units }: { f: ListFilter; units: { id: string; name: string }[] | null }) {
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm" role="search" aria-label="筛选推荐">
      <input type="hidden" name="view" value="table" />
      <label className="flex flex-col gap-1">
        状态
        <select name="status" defaultValue={f.status} className={select}>
          {STATUS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        环节
        <select name="stage" defaultValue={f.stage ?? ""} className={select}>
          <option value="">全部</option>
          {Object.entries(nominationStageLabel).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      {units ? (
        <label className="flex flex-col gap-1">
          推荐单位
          <select name="unit" defaultValue={f.unit ?? ""} className={select}>
            <option value="">全部</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="flex flex-col gap-1">
        姓名
        <input
          name="q"
          defaultValue={f.q ?? ""}
          placeholder="姓名或拼音首字母"
          className="rounded-md border border-slate-300 px-2 py-1.5"
        />
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        筛选
      </button>
    </form>
  );
}
