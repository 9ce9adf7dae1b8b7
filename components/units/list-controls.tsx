// The pieces the units pages' lists share: the 单位类型 filter and the 上一页/下一页 links.
import Link from "next/link";
import type { ComponentProps } from "react";
import { UnitType } from "@/lib/domain/enums";
import { unitTypeLabel } from "@/lib/labels";

export function UnitTypeSelect({ value }: { value: UnitType | null | undefined }) {
  return (
    <div>
      <label htmlFor="type" className="mb-1 block text-xs font-medium text-slate-600">
        单位类型
      </label>
      <select
        id="type"
        name="type"
        defaultValue={value ?? ""}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">全部</option>
        {Object.values(UnitType).map((t) => (
          <option key={t} value={t}>
            {unitTypeLabel[t]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PageLinks({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => ComponentProps<typeof Link>["href"];
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-700 hover:underline">
          上一页
        </Link>
      ) : null}
      <span>
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="text-brand-700 hover:underline">
          下一页
        </Link>
      ) : null}
    </nav>
  );
}
