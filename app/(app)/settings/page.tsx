import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { sectionsFor } from "@/lib/settings/sections";
import { requireActor } from "@/lib/server/auth/current-actor";

export const metadata = { title: "设置" };

export default async function SettingsPage() {
  const actor = await requireActor();
  const sections = sectionsFor(actor.role);
  if (!sections.length) notFound();
  return (
    <div>
      <PageHeader title="设置" description="本系统的账号、政策配置、工作日历与代码表。所有修改记入审计日志。" />
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {sections.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600"
              data-testid={`settings-${s.href.split("/").pop()}`}
            >
              <h2 className="flex items-center gap-2 font-semibold text-slate-900">
                {s.title}
                {s.readOnly && s.edit ? <Badge>只读</Badge> : null}
              </h2>
              <p className="mt-2 text-sm text-slate-600">{s.description}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
