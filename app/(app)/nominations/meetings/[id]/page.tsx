// One meeting: its 讨论任免名单 with each candidate's papers, then — while it is a draft — the
// form that records attendance and votes, or — once held — the results and who voted how.
import { notFound } from "next/navigation";
import { DocketTable } from "@/components/meetings/docket-table";
import { RecordForm } from "@/components/meetings/record-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors/user-facing";
import { formatDateLong } from "@/lib/format/dates";
import { meetingKindLabel, meetingPurposeLabel, meetingStatusLabel, voteChoiceLabel } from "@/lib/labels";
import { docketLine } from "@/lib/meetings/docket";
import { tallyText } from "@/lib/meetings/tally-text";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getMeeting } from "@/lib/server/meetings";

export const metadata = { title: "会议" };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("nomination", "transition");
  const { id } = await params;
  const m = await getMeeting(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const held = m.status === "HELD";
  const present = m.members.filter((x) => x.present);
  return (
    <div>
      <PageHeader
        title={m.title}
        description={`${meetingKindLabel[m.kind]} · ${meetingPurposeLabel[m.purpose]} · ${formatDateLong(m.heldOn)}${m.place ? ` · ${m.place}` : ""} · ${meetingStatusLabel[m.status]}`}
      />
      <div className="mb-4 flex gap-2">
        <ButtonLink href="/nominations/meetings">返回会议列表</ButtonLink>
        {can(actor.role, "nomination", "print") ? (
          <ButtonLink href={`/nominations/meetings/${m.id}/print`}>打印讨论任免名单及考察材料</ButtonLink>
        ) : null}
      </div>
      <div className="space-y-6">
        <Card title={`讨论任免名单（${m.items.length}人）`}>
          <DocketTable
            canPrint={can(actor.role, "cadre", "print")}
            items={m.items.map((i) => ({
              line: docketLine(i.nomination),
              result: i.result,
              tally: tallyText(m.membersExpected, i),
              resultNote: i.resultNote,
            }))}
          />
        </Card>
        {held ? (
          <Card title={`到会和表决情况（应到${m.membersExpected}人，实到${present.length}人）`}>
            <p className="mb-2 text-sm text-slate-700" data-testid="attendance">
              到会：{present.map((x) => x.name).join("、") || "无"}；未到会：
              {m.members
                .filter((x) => !x.present)
                .map((x) => x.name)
                .join("、") || "无"}
            </p>
            <ul className="space-y-1 text-sm text-slate-700">
              {m.items.map((i) => (
                <li key={i.id}>
                  {i.nomination.cadre.name}：
                  {present
                    .map((x) => {
                      const v = i.votes.find((v) => v.memberId === x.id);
                      return `${x.name}${v ? voteChoiceLabel[v.choice] : "—"}`;
                    })
                    .join("，")}
                </li>
              ))}
            </ul>
            <p className="mt-2 text-xs text-slate-500">
              记录人：{m.recordedBy?.displayName ?? "—"}，{m.recordedAt ? formatDateLong(m.recordedAt) : ""}
            </p>
          </Card>
        ) : (
          <Card title="记录到会和表决情况">
            <RecordForm
              id={m.id}
              version={m.version}
              members={m.members.map((x) => ({ id: x.id, name: x.name, post: x.post }))}
              items={m.items.map((i) => ({
                itemId: i.id,
                nominationVersion: i.nomination.version,
                name: i.nomination.cadre.name,
              }))}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
