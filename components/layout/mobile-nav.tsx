"use client";
// Phones and small tablets (below md, 768 px): the sidebar would keep half the width, so the menu
// folds into a top bar and opens as a drawer over the page; it closes when a page is chosen.
import { usePathname } from "next/navigation";
import { useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { NavItem } from "./nav-items";
import { SideNav, type NavCounts } from "./side-nav";

export function MobileNav({
  items,
  user,
  role,
  counts = {},
}: {
  items: NavItem[];
  user: string;
  role: string;
  counts?: NavCounts;
}) {
  const pathname = usePathname();
  // Open for the page it was opened on: choosing another page closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <div className="no-print sticky top-0 z-30 border-b border-slate-200 bg-white md:hidden">
      <div className="flex items-center justify-between px-3 py-2">
        <div>
          <span className="text-base font-semibold text-brand-700">苗圃</span>
          <span className="ml-2 text-xs text-slate-500">优秀年轻干部库</span>
        </div>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="mobile-menu"
          onClick={() => setOpenOn(open ? null : pathname)}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700"
        >
          {open ? "关闭" : "菜单"}
          {!open && counts["/"] ? (
            <span
              className="ml-1.5 rounded-full bg-amber-100 px-1.5 text-xs text-amber-900 tabular-nums"
              title={`${counts["/"]}项待办`}
            >
              {counts["/"]}
            </span>
          ) : null}
        </button>
      </div>
      {open ? (
        <div id="mobile-menu" className="max-h-[80vh] overflow-y-auto border-t border-slate-200 shadow-lg">
          <SideNav items={items} counts={counts} />
          <div className="flex items-center justify-between border-t border-slate-200 px-4 py-3 text-sm">
            <span>
              <span className="font-medium text-slate-800">{user}</span>
              <span className="ml-2 text-xs text-slate-500">{role}</span>
            </span>
            <span className="flex gap-3 text-xs">
              <a href="/account/password" className="text-brand-700 hover:underline">
                修改密码
              </a>
              <SignOutButton />
            </span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
