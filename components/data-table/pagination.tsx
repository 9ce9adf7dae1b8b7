"use client";
// Page links for a server-paged list: row counts, first/previous/next/last and the page size.
import { PageLink, PageSizeSelect } from "./page-controls";

export interface PaginationProps {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  pageSizes: readonly number[];
  hrefFor: (page: number) => string;
  onPageSize: (size: number) => void;
}

function PageLinkTo({
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
  const off = page < 1 || page > pageCount || page === current;
  return <PageLink href={off ? null : hrefFor(page)} label={label} />;
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
        <PageLinkTo page={1} current={page} pageCount={pageCount} label="首页" hrefFor={hrefFor} />
        <PageLinkTo page={page - 1} current={page} pageCount={pageCount} label="上一页" hrefFor={hrefFor} />
        <span className="px-2 tabular-nums">
          第 {page} / {pageCount} 页
        </span>
        <PageLinkTo page={page + 1} current={page} pageCount={pageCount} label="下一页" hrefFor={hrefFor} />
        <PageLinkTo page={pageCount} current={page} pageCount={pageCount} label="末页" hrefFor={hrefFor} />
        <PageSizeSelect pageSize={pageSize} pageSizes={pageSizes} onPageSize={onPageSize} />
      </div>
    </nav>
  );
}
