import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { mentorshipFollowUp } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { getReminderProfile } from "@/lib/server/development/growth-profile";
import { listMentorships } from "@/lib/server/development/mentorships";

export const metadata = { title: "导师" };

export default async function MentorsPage() {
  const actor = await requirePermission("development", "read");
  const today = todayInChina();
  const [rows, { profile }] = await Promise.all([listMentorships(actor), getReminderProfile()]);
  const lapsed = new Set(mentorshipFollowUp(rows, profile, today).map((f) => f.mentorshipId));
  // Mentees per mentor, in the order the query returned (by mentor name).
  const byMentor = new Map<string, typeof rows>();
  for (const r of rows) byMentor.set(r.mentorId, [...(byMentor.get(r.mentorId) ?? []), r]);
  return (
    <div>
      <PageHeader
        title="导师"
        description={`成长导师制（WS-MENTOR）：每名导师的培养对象；超过${profile.params.ws.mentorFeedbackMonths}个月未反馈的结对标出`}
      />
      <Card
        title={`导师 ${byMentor.size} 名，结对 ${rows.length} 对`}
        actions={
          can(actor.role, "development", "manage") ? (
            <ButtonLink href="/training/mentors/new" variant="primary">
              新增结对
            </ButtonLink>
          ) : null
        }
      >
        <Table>
          <thead>
            <tr>
              <Th>导师</Th>
              <Th>培养对象</Th>
              <Th>结对期间</Th>
              <Th>最近反馈</Th>
              <Th>状态</Th>
            </tr>
          </thead>
          <tbody>
            {[...byMentor.values()].map((list) =>
              list.map((m, i) => {
                const ended = m.endDate !== null && m.endDate < today;
                return (
                  <tr key={m.id} data-testid="mentorship-row">
                    {i === 0 ? (
                      <Td rowSpan={list.length} className="bg-white">
                        <Link className="text-brand-700 hover:underline" href={`/cadres/${m.mentor.id}`}>
                          {m.mentor.name}
                        </Link>
                        <div className="text-xs text-slate-500">
                          {m.mentor.unit?.name} {m.mentor.currentPostTitle}
                        </div>
                        <div className="text-xs text-slate-500">培养对象 {list.length} 名</div>
                      </Td>
                    ) : null}
                    <Td>
                      <Link className="text-brand-700 hover:underline" href={`/training/mentors/${m.id}`}>
                        {m.mentee.name}
                      </Link>
                      <div className="text-xs text-slate-500">
                        {m.mentee.unit?.name} {m.mentee.currentPostTitle}
                      </div>
                    </Td>
                    <Td className="tabular-nums">
                      {formatDate(m.startDate)}—{formatDate(m.endDate)}
                    </Td>
                    <Td className="tabular-nums">{formatDate(m.lastFeedbackOn) || "无"}</Td>
                    <Td>
                      {ended ? (
                        <Badge>已结束</Badge>
                      ) : lapsed.has(m.id) ? (
                        <Badge tone="warn">! 超过{profile.params.ws.mentorFeedbackMonths}个月未反馈</Badge>
                      ) : (
                        <Badge tone="ok">✓ 正常</Badge>
                      )}
                    </Td>
                  </tr>
                );
              }),
            )}
            {rows.length === 0 ? (
              <tr>
                <Td colSpan={5} className="text-slate-500">
                  尚无导师结对。
                </Td>
              </tr>
            ) : null}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
