"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "./nav-items";

/** Open work-list items per menu item (lib/worklist/model.ts navCounts): a small badge. */
export type NavCounts = Record<string, number>;

export function SideNav({ items, counts = {} }: { items: NavItem[]; counts?: NavCounts }) {
  const pathname = usePathname();
  return (
    <nav aria-label="主导航" className="flex flex-col gap-1 p-3">
      {items.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            aria-describedby={counts[item.href] ? `nav-count-text-${item.href}` : undefined}
            className={`flex items-center justify-between rounded-md px-3 py-2 text-sm ${
              active ? "bg-brand-600 font-medium text-white" : "text-slate-700 hover:bg-brand-50"
            }`}
          >
            {item.label}
            {counts[item.href] ? (
              <>
                {/* the link's name stays its label; the count is its description */}
                <span
                  aria-hidden="true"
                  data-testid={`nav-count-${item.href}`}
                  className={`ml-2 inline-block min-w-5 rounded-full px-1.5 text-center text-xs tabular-nums ${
                    active ? "bg-white/25 text-white" : "bg-amber-100 text-amber-900"
                  }`}
                >
                  {counts[item.href]}
                </span>
                <span id={`nav-count-text-${item.href}`} hidden>
                  {counts[item.href]}项待办
                </span>
              </>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
