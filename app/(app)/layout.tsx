import { AppShell } from "@/components/layout/app-shell";
import { requireActor } from "@/lib/server/auth/current-actor";

// Every page in this group is for a signed-in user; the session is checked on every request.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return <AppShell actor={actor}>{children}</AppShell>;
}
