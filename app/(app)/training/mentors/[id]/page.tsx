import Link from "next/link";
import { EndMentorshipForm, FeedbackForm } from "@/components/development/mentorship-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { feedbackNotes, getMentorship } from "@/lib/server/development/mentorships";
import { dayInputValue } from "@/lib/validation/development/common";

export const metadata = { title: "导师结对" };

export default async function MentorshipPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("development", "read");
  const m = await getMentorship(actor, (await params).id);
  const manage = can(actor.role, "development", "manage");
  const today = todayInChina();
  const active = m.endDate === null || m.endDate >= today;
  const notes = feedbackNotes(m.feedback).reverse();
  return (
    <div>
      <PageHeader
        title={`导师结对：${m.mentor.name} → ${m.mentee.name}`}
        description={`${formatDate(m.startDate)}—${formatDate(m.endDate) || "至今"}`}
      />
      <p className="mb-4 flex gap-4 text-sm">
        <Link className="text-brand-700 hover:underline" href={`/cadres/${m.mentee.id}`}>
          培养对象档案：{m.mentee.name}（{m.mentee.unit?.name}）
        </Link>
        <Link className="text-brand-700 hover:underline" href={`/cadres/${m.mentor.id}`}>
          导师档案：{m.mentor.name}（{m.mentor.unit?.name}）
        </Link>
      </p>
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title={`反馈记录（${notes.length}）`}>
          <ol className="space-y-3 text-sm">
            {notes.map((n, i) => (
              <li key={i}>
                <div className="text-xs text-slate-500 tabular-nums">
                  {n.date.replaceAll("-", ".")}
                  {n.by ? `｜${n.by}` : ""}
                </div>
                {n.note}
              </li>
            ))}
            {notes.length === 0 ? <li className="text-slate-500">尚无反馈。</li> : null}
          </ol>
        </Card>
        {manage && active ? (
          <div className="space-y-5">
            <Card title="记录反馈">
              <FeedbackForm id={m.id} version={m.version} today={dayInputValue(today)} />
            </Card>
            <Card title="结束结对">
              <EndMentorshipForm id={m.id} version={m.version} today={dayInputValue(today)} />
            </Card>
          </div>
        ) : null}
      </div>
    </div>
  );
}
