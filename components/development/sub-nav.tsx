"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// The sub-pages of 培训与实践. 培训 owns /training itself and its event pages (/training/<id>).
const TABS = [
  { href: "/training", label: "培训" },
  { href: "/training/practices", label: "实践锻炼" },
  { href: "/training/mentors", label: "导师" },
  { href: "/training/plans", label: "一人一策" },
  { href: "/training/talks", label: "谈话" },
  { href: "/training/reminders", label: "提醒" },
];

function activeTab(pathname: string): string {
  const other = TABS.slice(1).find((t) => pathname === t.href || pathname.startsWith(`${t.href}/`));
  return other?.href ?? "/training";
}

export function DevelopmentSubNav() {
  const current = activeTab(usePathname());
  return (
    <nav aria-label="培训与实践" className="mb-5 flex flex-wrap gap-1 border-b border-slate-200">
      {TABS.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.href === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm ${t.href === current ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
