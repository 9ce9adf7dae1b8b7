import { SideNav } from "./side-nav";

export function AppShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <aside className="no-print w-48 shrink-0 border-r border-slate-200 bg-white">
        <div className="border-b border-slate-200 px-4 py-4">
          <div className="text-lg font-semibold text-brand-700">苗圃</div>
          <div className="text-xs text-slate-500">优秀年轻干部库</div>
        </div>
        <SideNav />
      </aside>
      <main className="min-w-0 flex-1 p-6">{children}</main>
    </div>
  );
}
