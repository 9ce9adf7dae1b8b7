// Building a 酝酿 or 讨论决定 meeting from the nominations at the stage before.
import { MeetingForm } from "@/components/meetings/meeting-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { meetingPurposeLabel } from "@/lib/labels";
import { docketLine } from "@/lib/meetings/docket";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { eligibleNominations } from "@/lib/server/meetings";
import { parseNewMeetingParams } from "@/lib/validation/meetings";
import type { SearchParams } from "@/lib/validation/search-params";

export const metadata = { title: "新建会议" };

export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("nomination", "transition");
  const { purpose } = parseNewMeetingParams(await searchParams);
  const nominations = await eligibleNominations(actor, purpose);
  return (
    <div>
      <PageHeader title={`新建${meetingPurposeLabel[purpose]}会议`} description="应到会人数按所列成员计算。" />
      <div className="mb-4">
        <ButtonLink href="/nominations/meetings">返回会议列表</ButtonLink>
      </div>
      <Card>
        <MeetingForm purpose={purpose} lines={nominations.map(docketLine)} />
      </Card>
    </div>
  );
}
