// The organization department's meetings of the procedure: 部务会 (酝酿) and 常委会 (讨论决定),
// newest first, with how many candidates each took and passed.
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format/dates";
import { meetingKindLabel, meetingPurposeLabel, meetingStatusLabel } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { listMeetings } from "@/lib/server/meetings";

export const metadata = { title: "酝酿和讨论决定会议" };

export default async function MeetingsPage() {
  const actor = await requirePermission("nomination", "transition");
  const meetings = await listMeetings(actor);
  return (
    <div>
      <PageHeader
        title="酝酿和讨论决定会议"
        description="由“考察”环节的人选组成部务会酝酿名单，由“酝酿”环节的人选组成常委会讨论决定名单；记录到会和表决情况，到会人数和同意票符合规定（NAT-VOTE）的人选进入下一环节。"
      />
      <div className="mb-4 flex gap-2">
        <ButtonLink href="/nominations/meetings/new?purpose=DELIBERATION">新建酝酿会议</ButtonLink>
        <ButtonLink href="/nominations/meetings/new?purpose=DECISION" variant="primary">
          新建讨论决定会议
        </ButtonLink>
      </div>
      <Card title={`会议（${meetings.length}次）`}>
        <Table>
          <thead>
            <tr>
              <Th>会议日期</Th>
              <Th>会议名称</Th>
              <Th>类型</Th>
              <Th>议题</Th>
              <Th>应到</Th>
              <Th>人选</Th>
              <Th>状态</Th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <Td>{formatDate(m.heldOn)}</Td>
                <Td>
                  <Link className="text-brand-700 hover:underline" href={`/nominations/meetings/${m.id}`}>
                    {m.title}
                  </Link>
                </Td>
                <Td>{meetingKindLabel[m.kind]}</Td>
                <Td>{meetingPurposeLabel[m.purpose]}</Td>
                <Td>{m.membersExpected}人</Td>
                <Td>
                  {m._count.items}人{m.status === "HELD" ? `，通过${m.items.length}人` : ""}
                </Td>
                <Td>{meetingStatusLabel[m.status]}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {meetings.length === 0 ? <p className="mt-2 text-sm text-slate-500">尚无会议。</p> : null}
      </Card>
    </div>
  );
}
