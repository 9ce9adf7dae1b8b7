import Link from "next/link";
import { TalkForm } from "@/components/development/talk-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { talkKindLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getTalk } from "@/lib/server/development/talks";
import { dayInputValue } from "@/lib/validation/development/common";
import { recordOf } from "@/lib/validation/development/talk";

export const metadata = { title: "谈话记录" };

export default async function TalkPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("development", "manage");
  const t = await getTalk(actor, (await params).id);
  return (
    <div>
      <PageHeader
        title={`${talkKindLabel[t.kind]}：${t.cadre.name}`}
        description={`${t.cadre.unit?.name ?? ""} ${t.cadre.currentPostTitle ?? ""}`}
      />
      <p className="mb-4 text-sm">
        <Link className="text-brand-700 hover:underline" href={`/cadres/${t.cadre.id}`}>
          查看干部档案
        </Link>
      </p>
      <Card>
        <TalkForm
          initial={{
            id: t.id,
            version: t.version,
            kind: t.kind,
            talkedOn: dayInputValue(t.talkedOn),
            talkedBy: t.talkedBy,
            summary: t.summary,
            record: recordOf(t),
          }}
        />
      </Card>
    </div>
  );
}
