import Link from "next/link";
import { yearEarlier } from "@/lib/format/dates";
import { buttonClass } from "./button";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The page's reference date (基准日期) as a plain GET form, so it works without JavaScript and
 * the URL can be shared: `?asOf=2025-11-22`. "一年前" compares with the same day last year.
 */
export function ReferenceDateForm({
  path,
  asOf,
  today,
  extra = {},
}: {
  path: string;
  asOf: Date;
  today: Date;
  extra?: Record<string, string>;
}) {
  const yearAgo = yearEarlier(today);
  const href = (d: Date) => ({ pathname: path, query: { ...extra, asOf: iso(d) } });
  return (
    <form method="get" action={path} className="no-print flex flex-wrap items-end gap-2" aria-label="选择基准日期">
      {Object.entries(extra).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div>
        <label htmlFor="asOf" className="mb-1 block text-xs font-medium text-slate-600">
          基准日期
        </label>
        <input
          id="asOf"
          name="asOf"
          type="date"
          defaultValue={iso(asOf)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        按此日期计算
      </button>
      <Link href={href(today)} className={buttonClass("secondary")}>
        今天
      </Link>
      <Link href={href(yearAgo)} className={buttonClass("secondary")}>
        一年前
      </Link>
    </form>
  );
}
