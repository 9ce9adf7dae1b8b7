import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { HELP_AREAS } from "@/lib/help/areas";
import { requireActor } from "@/lib/server/auth/current-actor";

export const metadata = { title: "帮助" };

export default async function HelpIndexPage() {
  await requireActor();
  return (
    <div>
      <PageHeader title="帮助" description="各功能区的用途、办理步骤和所依据的政策规定。" />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {HELP_AREAS.map((a) => (
          <Card key={a.key}>
            <h2 className="font-semibold">
              <Link href={`/help/${a.key}`} className="text-brand-700 hover:underline">
                {a.title}
              </Link>
            </h2>
            <p className="mt-2 text-sm text-slate-600">{a.purpose}</p>
          </Card>
        ))}
      </div>
    </div>
  );
}
