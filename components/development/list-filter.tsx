// The filter bar of the 培训与实践 lists: GET forms of selects, each with "全部" first, whose
// values the page reads back through its zod parameters (lib/validation/development/search.ts).
import { buttonClass } from "@/components/ui/button";

export function ListFilter({ children }: { children: React.ReactNode }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
      {children}
      <button type="submit" className={buttonClass("secondary")}>
        筛选
      </button>
    </form>
  );
}

export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  options: { value: string | number; label: string }[];
}) {
  return (
    <label className="flex flex-col gap-1">
      {label}
      <select name={name} defaultValue={value ?? ""} className="rounded-md border border-slate-300 px-2 py-1.5">
        <option value="">全部</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** An enum's label table as the options of a FilterSelect. */
export const labelOptions = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
