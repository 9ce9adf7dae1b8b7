import { SignOutButton } from "@/components/auth/sign-out-button";
import { NoticeProvider } from "@/components/ui/notice";
import { HelpLink } from "./help-link";
import { MobileNav } from "./mobile-nav";
import { roleLabel } from "@/lib/labels";
import type { Actor } from "@/lib/auth/actor";
import { NAV_ITEMS, navAllowed } from "./nav-items";
import { SideNav, type NavCounts } from "./side-nav";

export function AppShell({
  actor,
  counts = {},
  children,
}: {
  actor: Actor;
  /** open work-list items per menu item (the badges) */
  counts?: NavCounts;
  children: React.ReactNode;
}) {
  const items = NAV_ITEMS.filter((i) => navAllowed(actor.role, i));
  return (
    <div className="min-h-screen md:flex">
      <MobileNav items={items} user={actor.displayName} role={roleLabel[actor.role]} counts={counts} />
      <aside className="no-print hidden w-48 shrink-0 flex-col border-r border-slate-200 bg-white md:flex">
        <div className="border-b border-slate-200 px-4 py-4">
          <div className="text-lg font-semibold text-brand-700">苗圃</div>
          <div className="text-xs text-slate-500">优秀年轻干部库</div>
        </div>
        <SideNav items={items} counts={counts} />
        <div className="mt-auto border-t border-slate-200 p-3 text-sm">
          <div className="font-medium text-slate-800" data-testid="current-user">
            {actor.displayName}
          </div>
          <div className="text-xs text-slate-500">{roleLabel[actor.role]}</div>
          <div className="mt-2 flex gap-3 text-xs">
            <a href="/account/password" className="text-brand-700 hover:underline">
              修改密码
            </a>
            <SignOutButton />
          </div>
        </div>
      </aside>
      <main className="min-w-0 flex-1 p-3 sm:p-4 md:p-6">
        <div className="-mt-2 mb-2 flex justify-end">
          <HelpLink />
        </div>
        <NoticeProvider>{children}</NoticeProvider>
      </main>
    </div>
  );
}
