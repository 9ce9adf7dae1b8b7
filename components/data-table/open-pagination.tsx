"use client";
// Page links for a list whose total is not known when the page is shown (the roster at
// province scale counts after the page; lib/server/cadres/roster-count.ts): first, previous,
// next (when the page's statement found a next row), a page number to jump to, and the page
// size. `count` is the total's slot, filled when the count streams in.
import { useState, type ReactNode } from "react";
import { PageLink, PageSizeSelect } from "./page-controls";

export interface OpenPaginationProps {
  page: number;
  rowsOnPage: number;
  pageSize: number;
  hasNext: boolean;
  pageSizes: readonly number[];
  count: ReactNode;
  hrefFor: (page: number) => string;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

export function OpenPagination(props: OpenPaginationProps) {
  const { page, rowsOnPage, pageSize, hasNext, pageSizes, count, hrefFor, onPage, onPageSize } = props;
  const [jump, setJump] = useState("");
  const from = rowsOnPage === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = rowsOnPage === 0 ? 0 : from + rowsOnPage - 1;
  return (
    <nav aria-label="分页" className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm text-slate-600">
      <p data-testid="row-count">
        {count}，当前显示第 <span className="tabular-nums">{from.toLocaleString("zh-CN")}</span>—
        <span className="tabular-nums">{to.toLocaleString("zh-CN")}</span> 人
      </p>
      <div className="flex items-center gap-1">
        <PageLink href={page > 1 ? hrefFor(1) : null} label="首页" />
        <PageLink href={page > 1 ? hrefFor(page - 1) : null} label="上一页" />
        <span className="px-2 tabular-nums">第 {page} 页</span>
        <PageLink href={hasNext ? hrefFor(page + 1) : null} label="下一页" />
        <form
          className="ml-2 flex items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(jump);
            if (Number.isInteger(n) && n >= 1 && n <= 100_000) onPage(n);
          }}
        >
          <label className="flex items-center gap-1">
            跳至
            <input
              value={jump}
              onChange={(e) => setJump(e.target.value)}
              inputMode="numeric"
              aria-label="跳至页码"
              className="w-14 rounded border border-slate-300 bg-white px-1 py-0.5 tabular-nums"
            />
            页
          </label>
        </form>
        <PageSizeSelect pageSize={pageSize} pageSizes={pageSizes} onPageSize={onPageSize} />
      </div>
    </nav>
  );
}
