"use client";
// Page links for a server-paged list: row counts, first/previous/next/last and the page size.
import Link from "next/link";

export interface PaginationProps {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  pageSizes: readonly number[];
  hrefFor: (page: number) => string;
  onPageSize: (size: number) => void;
}

const linkClass = "rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50";
const offClass = "rounded border border-slate-200 px-2 py-1 text-slate-300";

function PageLink({
  page,
  current,
  pageCount,
  label,
  hrefFor,
}: {
  page: number;
  current: number;
  pageCount: number;
  label: string;
  hrefFor: (p: number) => string;
}) {
  if (page < 1 || page > pageCount || page === current)
    return (
      <span className={offClass} aria-disabled>
        {label}
      </span>
    );
  return (
    <Link href={hrefFor(page)} className={linkClass} scroll={false}>
      {label}
    </Link>
  );
}

export function Pagination({ page, pageCount, total, pageSize, pageSizes, hrefFor, onPageSize }: PaginationProps) {
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label="分页" className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm text-slate-600">
      <p data-testid="row-count">
        共 <strong className="tabular-nums text-slate-900">{total.toLocaleString("zh-CN")}</strong> 人， 当前显示第{" "}
        <span className="tabular-nums">{from.toLocaleString("zh-CN")}</span>—
        <span className="tabular-nums">{to.toLocaleString("zh-CN")}</span> 人
      </p>
      <div className="flex items-center gap-1">
        <PageLink page={1} current={page} pageCount={pageCount} label="首页" hrefFor={hrefFor} />
        <PageLink page={page - 1} current={page} pageCount={pageCount} label="上一页" hrefFor={hrefFor} />
        <span className="px-2 tabular-nums">
          第 {page} / {pageCount} 页
        </span>
        <PageLink page={page + 1} current={page} pageCount={pageCount} label="下一页" hrefFor={hrefFor} />
        <PageLink page={pageCount} current={page} pageCount={pageCount} label="末页" hrefFor={hrefFor} />
        <label className="ml-3 flex items-center gap-1">
          每页
          <select
            value={pageSize}
            onChange={(e) => onPageSize(Number(e.target.value))}
            className="rounded border border-slate-300 bg-white px-1 py-0.5"
          >
            {pageSizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          条
        </label>
      </div>
    </nav>
  );
}
