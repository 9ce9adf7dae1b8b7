import Link from "next/link";
import { GoalsEditor } from "@/components/development/goals-editor";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayInChina } from "@/lib/format/dates";
import { poolTierLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getPlanEntry } from "@/lib/server/development/plans";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { newPlanParams } from "@/lib/validation/development/search";
import { dayInputValue } from "@/lib/validation/development/common";

export const metadata = { title: "制定培养计划" };

export default async function NewPlanPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("development", "manage");
  const entryId = parseSearchParams(newPlanParams, await searchParams).entry;
  // Reached without choosing a member (a bookmark, a typed address): say where to start.
  if (!entryId)
    return (
      <div>
        <PageHeader title="制定培养计划" />
        <Card>
          <p className="text-sm text-slate-700" role="status">
            培养计划为在库干部制定。请在
            <Link href="/training/plans" className="mx-1 text-sky-700 underline">
              培养计划
            </Link>
            列表中找到该干部，点击“制定计划”。
          </p>
        </Card>
      </div>
    );
  const entry = await getPlanEntry(actor, entryId);
  const y = todayInChina().getUTCFullYear();
  return (
    <div>
      <PageHeader
        title={`制定培养计划：${entry.cadre.name}`}
        description={`${entry.cadre.unit?.name ?? ""} ${entry.cadre.currentPostTitle ?? ""}｜${poolTierLabel[entry.tier]}`}
      />
      <Card>
        <GoalsEditor
          poolEntryId={entry.id}
          initialTitle={`${entry.cadre.name}同志培养计划（${y}—${y + 2}年）`}
          initialGoals={[]}
          today={dayInputValue(todayInChina())}
        />
      </Card>
    </div>
  );
}
