"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "./nav-items";

export function SideNav({ items }: { items: NavItem[] }) {
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
            className={`rounded-md px-3 py-2 text-sm ${
              active ? "bg-brand-600 font-medium text-white" : "text-slate-700 hover:bg-brand-50"
            }`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
