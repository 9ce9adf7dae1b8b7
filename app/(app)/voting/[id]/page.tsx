import Link from "next/link";
import { notFound } from "next/navigation";
import { ResultsTable, type ApplyTarget } from "@/components/voting/results-table";
import { SessionSteps } from "@/components/voting/session-steps";
import { TalkRecordsCard } from "@/components/voting/talk-records-card";
import { TurnoutTable } from "@/components/voting/turnout-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { votingKindLabel } from "@/lib/labels";
import { NotFoundError } from "@/lib/errors/user-facing";
import { requireAnyPermission } from "@/lib/server/auth/current-actor";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import {
  destroyOpenedSlips,
  getVotingSession,
  listTalkRecords,
  tallyOf,
  turnoutOf,
  type VotingSessionDetail,
} from "@/lib/server/voting";
import { votingAccess } from "@/lib/server/voting/scope";
import { RequestAnswer } from "@/components/voting/request-answer";
import { isRecommendation, isTalkRecord } from "@/lib/voting/choices";
import { sessionState } from "@/lib/voting/state";

export const metadata = { title: "投票详情" };

function applyTargets(s: VotingSessionDetail): Map<string, ApplyTarget> {
  const out = new Map<string, ApplyTarget>();
  const rec = isRecommendation(s.kind);
  for (const c of s.candidates) {
    const done = c.appliedAt ? `已写入（${formatDateTime(c.appliedAt)}）` : null;
    if (rec && c.nomination)
      out.set(c.id, { candidateId: c.id, version: c.nomination.version, label: "写入推荐记录", done });
    if (!rec && c.cadre)
      out.set(c.id, { candidateId: c.id, version: c.cadre.version, label: "记为群众公认度不高", done });
  }
  return out;
}

export default async function VotingSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAnyPermission(["nomination", "transition"], ["nomination", "create"]);
  const { id } = await params;
  const s = await getVotingSession(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const now = new Date();
  // the department runs the session; the unit that requested it reads it
  const runs = votingAccess(actor) === "run";
  const talks = isTalkRecord(s.kind);
  // a session that opened since: its slips' plain codes go now, whoever looks first
  if (s._count.slipCodes && (s.closedAt || now >= s.opensAt)) await destroyOpenedSlips(now, s.id);
  const [turnout, tally, { profile }, records] = await Promise.all([
    turnoutOf(s),
    s.closedAt ? tallyOf(s) : null,
    getActiveProfile(),
    talks && runs ? listTalkRecords(actor, s.id) : null,
  ]);
  const rows = s.categories.map((c) => {
    const t = turnout.get(c.category) ?? { issued: 0, used: 0 };
    const k = tally?.categories.find((x) => x.category === c.category);
    return { ...c, issued: t.issued, cast: t.used, valid: k ? k.valid : null, invalid: k ? k.invalid : null };
  });
  const issued = rows.some((r) => r.issued > 0);
  const cast = rows.some((r) => r.cast > 0);
  return (
    <div className="space-y-6">
      <PageHeader
        title={s.title}
        description={`${s.unit.name} · ${votingKindLabel[s.kind]}${s.postTitle ? ` · 推荐职位：${s.postTitle}` : ""}`}
      />
      <Card title="投票" actions={<span data-testid="session-state">{sessionState(s, now)}</span>}>
        <p className="mb-3 text-sm text-slate-700">
          {formatDateTime(s.opensAt)} 至 {formatDateTime(s.closesAt)}
          {s.closedAt ? `，已于 ${formatDateTime(s.closedAt)} 结束` : ""}
          {isRecommendation(s.kind) ? `；每票最多推荐 ${s.maxChoices} 人` : ""}
          {talks ? (
            "；组织部逐人谈话、逐条录入谈话记录，不使用投票码"
          ) : (
            <>
              ；投票地址{" "}
              <Link href="/vote" className="text-brand-700 underline">
                /vote
              </Link>
            </>
          )}
        </p>
        {s.approvedAt === null ? (
          <p className="mb-3 rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="request-note">
            {s.declinedReason
              ? `组织部未同意：${s.declinedReason}`
              : `由${s.unit.name}（${s.createdBy?.displayName ?? "单位"}）申请，须经组织部审核同意后才能生成投票码。`}
          </p>
        ) : null}
        {runs && s.approvedAt === null && !s.closedAt ? <RequestAnswer id={s.id} version={s.version} /> : null}
        <TurnoutTable rows={rows} talks={talks} />
        {runs && s.approvedAt && !s.closedAt ? (
          <SessionSteps
            id={s.id}
            version={s.version}
            talks={talks}
            opened={now >= s.opensAt}
            issued={issued}
            cast={cast}
            slipsStored={s._count.slipCodes > 0 && now < s.opensAt}
          />
        ) : null}
      </Card>
      {records ? <TalkRecordsCard session={s} records={records} open={!s.closedAt && now >= s.opensAt} /> : null}
      {tally ? (
        <Card
          title={`结果：发出 ${tally.totals.issued}，收回 ${tally.totals.cast}，有效 ${tally.totals.valid}，无效 ${tally.totals.invalid}`}
        >
          <ResultsTable
            sessionId={s.id}
            kind={s.kind}
            tally={tally}
            threshold={isRecommendation(s.kind) ? null : profile.params.zz15.recognitionMinShare}
            targets={runs ? applyTargets(s) : new Map()}
          />
          <p className="mt-3 text-xs text-slate-500">
            加权得票率 = Σ 各类权重 × 该类得票 ÷
            该类有效票，再除以有有效票各类的权重之和。写入推荐记录：推荐方式、发出票数（
            {talks ? "计划谈话人数" : "投票码数"}
            ）、有效票数、得票数（原始票数）、推荐日期（{talks ? "谈话开始当日" : "投票开始当日"}
            {formatDate(s.opensAt)}，ZZ15-REC-VALID 自此起算）。
          </p>
        </Card>
      ) : null}
    </div>
  );
}
