"use client";
// The parts both page bars share (pagination.tsx, open-pagination.tsx): a page link that is
// plain text when it leads nowhere, and the page-size select.
import Link from "next/link";

const linkClass = "rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50";
const offClass = "rounded border border-slate-200 px-2 py-1 text-slate-300";

export function PageLink({ href, label }: { href: string | null; label: string }) {
  if (href === null)
    return (
      <span className={offClass} aria-disabled>
        {label}
      </span>
    );
  return (
    <Link href={href} className={linkClass} scroll={false}>
      {label}
    </Link>
  );
}

export function PageSizeSelect({
  pageSize,
  pageSizes,
  onPageSize,
}: {
  pageSize: number;
  pageSizes: readonly number[];
  onPageSize: (size: number) => void;
}) {
  return (
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
  );
}
