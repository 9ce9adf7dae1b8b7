import { DevelopmentSubNav } from "@/components/development/sub-nav";
import { requirePermission } from "@/lib/server/auth/current-actor";

// 培训与实践: every sub-page needs development/read; each page checks again for what it does.
export default async function DevelopmentLayout({ children }: { children: React.ReactNode }) {
  await requirePermission("development", "read");
  return (
    <div>
      <DevelopmentSubNav />
      {children}
    </div>
  );
}
