// The 个别谈话 part of a TALK_RECORD session's page, for the department's staff: the form for the
// next talk while the session is open, and every record entered (voided ones kept, marked).
import { Card } from "@/components/ui/card";
import { isoDay, todayInChina } from "@/lib/format/dates";
import type { TalkRecordRow, VotingSessionDetail } from "@/lib/server/voting";
import type { BallotChoice } from "@/lib/voting/choices";
import { TalkRecordForm } from "./talk-record-form";
import { TalkRecordList } from "./talk-record-list";

export function TalkRecordsCard(props: {
  session: Pick<VotingSessionDetail, "id" | "maxChoices" | "categories" | "candidates">;
  records: TalkRecordRow[];
  open: boolean;
}) {
  const s = props.session;
  const names = new Map(s.candidates.map((c) => [c.id, c.label]));
  return (
    <Card title="个别谈话记录">
      {props.open ? (
        <TalkRecordForm
          sessionId={s.id}
          maxChoices={s.maxChoices}
          categories={s.categories.filter((c) => c.voters > 0).map((c) => c.category)}
          candidates={s.candidates.map((c) => ({ id: c.id, label: c.label }))}
          today={isoDay(todayInChina())}
        />
      ) : null}
      <p className="my-3 text-xs text-slate-500">
        不记录谈话对象姓名：结果与无记名投票一样只按类别统计，谈话对象身份以组织部纸质谈话记录为准。
      </p>
      <TalkRecordList
        names={names}
        canVoid={props.open}
        records={props.records.map((r) => ({
          id: r.id,
          version: r.version,
          talkedOn: r.talkedOn,
          category: r.category,
          interviewers: r.interviewers,
          marks: r.marks as Record<string, BallotChoice>,
          summary: r.summary,
          createdBy: r.createdBy.displayName,
          voided:
            r.voidedAt && r.voidReason
              ? { at: r.voidedAt, by: r.voidedBy?.displayName ?? "", reason: r.voidReason }
              : null,
        }))}
      />
    </Card>
  );
}
