import { notFound } from "next/navigation";
import { NominationForm } from "@/components/nominations/nomination-form";
import { PageHeader } from "@/components/ui/page-header";
import { formatYearMonth, todayInChina } from "@/lib/format/dates";
import { domainOptions, tierOptions } from "@/lib/nominations/form-options";
import { isOpen } from "@/lib/nominations/stages";
import { isoDay } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { NotFoundError } from "@/lib/errors/user-facing";
import { getNominationDetail } from "@/lib/server/nominations";
import { getActiveProfile } from "@/lib/server/policy/active-profile";

export const metadata = { title: "修改推荐" };

export default async function ReviseNominationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("nomination", "create");
  const { id } = await params;
  const n = await getNominationDetail(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  if (!n.returnedComment || !isOpen(n.stage)) notFound();
  const { profile } = await getActiveProfile();
  const s = (v: number | null) => (v == null ? "" : String(v));
  return (
    <div>
      <PageHeader
        title={`修改推荐：${n.cadre.name}`}
        description="按组织部退回意见修改后重新报送；报送前重新审查资格条件。"
      />
      <div className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" role="status">
        <p className="font-medium">组织部退回修改意见</p>
        <p className="mt-1 whitespace-pre-wrap">{n.returnedComment}</p>
      </div>
      <NominationForm
        tiers={tierOptions(profile)}
        domains={domainOptions(profile)}
        today={isoDay(todayInChina())}
        initial={{
          id: n.id,
          version: n.version,
          cadre: {
            id: n.cadre.id,
            name: n.cadre.name,
            gender: n.cadre.gender,
            birth: formatYearMonth(n.cadre.birthDate),
            postTitle: n.cadre.currentPostTitle,
            draft: n.cadre.status === "DRAFT",
          },
          tier: n.tier,
          domain: n.domain ?? "",
          method: n.method ?? "",
          ballotsIssued: s(n.ballotsIssued),
          ballotsValid: s(n.ballotsValid),
          votesReceived: s(n.votesReceived),
          recommendedOn: n.recommendedOn ? isoDay(n.recommendedOn) : "",
          reasons: n.reasons ?? "",
          overrideReason: n.overrideReason ?? "",
        }}
      />
    </div>
  );
}
