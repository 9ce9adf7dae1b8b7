import { AppShell } from "@/components/layout/app-shell";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getNavCounts } from "@/lib/server/home/worklist";

// Every page in this group is for a signed-in user; the session is checked on every request.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  // the menu's badges (one kept read per request); they never take a page down with them
  const counts = await getNavCounts(actor).catch((e: unknown) => {
    console.warn(`[miaopu] work-list badges unavailable (${e instanceof Error ? e.message : String(e)})`);
    return {};
  });
  return (
    <AppShell actor={actor} counts={counts}>
      {children}
    </AppShell>
  );
}
