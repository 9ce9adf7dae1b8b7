import { notFound } from "next/navigation";
import { VerdictChecks } from "@/components/cadres/verdict-checks";
import { CheckSummary } from "@/components/nominations/check-summary";
import { NominationSummary, type RecommendationState } from "@/components/nominations/nomination-summary";
import { ProcedurePanel } from "@/components/nominations/procedure-panel";
import { ProposalForm } from "@/components/nominations/proposal-form";
import { PublicityCard } from "@/components/nominations/publicity-card";
import { StageBadges } from "@/components/nominations/stage-badge";
import { StageStepper } from "@/components/nominations/stage-stepper";
import { Timeline } from "@/components/nominations/timeline";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayInChina } from "@/lib/format/dates";
import { poolTierLabel } from "@/lib/labels";
import { objectionsOf } from "@/lib/nominations/events";
import { isOpen } from "@/lib/nominations/stages";
import { addDays, nextStage, publicityWorkingDays, recommendationValidUntil } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors/user-facing";
import {
  checkNomineeFor,
  getNominationDetail,
  loadWorkingDayCalendar,
  RENEWABLE_STAGES,
} from "@/lib/server/nominations";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { poolProposedPost } from "@/lib/server/approval-forms";
import { PROPOSAL_STAGES } from "@/lib/server/nominations/proposal";

export const metadata = { title: "推荐详情" };

export default async function NominationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("nomination", "read");
  const { id } = await params;
  const n = await getNominationDetail(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const today = todayInChina();
  const { profile } = await getActiveProfile();
  const open = isOpen(n.stage);
  const mayAct = open && can(actor.role, "nomination", "transition");
  const next = open ? nextStage(n.stage, profile) : null;
  const renewable = RENEWABLE_STAGES.includes(n.stage);
  const validUntil = n.recommendedOn ? recommendationValidUntil(n.recommendedOn, profile) : null;
  const rec: RecommendationState = !validUntil
    ? "none"
    : !renewable
      ? "valid"
      : validUntil < today
        ? "expired"
        : validUntil <= addDays(today, 30)
          ? "expiring"
          : "valid";
  const [checks, calendar] = await Promise.all([
    mayAct && (n.stage === "PROPOSED" || n.stage === "RECOMMENDED")
      ? checkNomineeFor(actor, n.cadreId, n.tier, today)
      : null,
    mayAct && next === "PUBLICIZED" ? loadWorkingDayCalendar() : {},
  ]);
  const closing = n.events.findLast((e) => e.toStage === "REJECTED" || e.toStage === "WITHDRAWN");
  const reached = closing?.fromStage ?? n.stage;
  return (
    <div>
      <PageHeader title={`推荐：${n.cadre.name}`} description={`${n.unit.name}推荐为${poolTierLabel[n.tier]}`} />
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <StageBadges stage={n.stage} returned={!!n.returnedComment} inPool={!!n.poolEntry} />
        <ButtonLink href={`/nominations/${n.id}/record`}>全程纪实表</ButtonLink>
      </div>
      <StageStepper stage={n.stage} reached={reached} />
      {n.returnedComment ? (
        <div
          className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
          role="status"
          data-testid="returned-comment"
        >
          <p className="font-medium text-amber-900">组织部退回修改意见</p>
          <p className="mt-1 whitespace-pre-wrap text-amber-900">{n.returnedComment}</p>
          {can(actor.role, "nomination", "create") ? (
            <ButtonLink href={`/nominations/${n.id}/revise`} variant="primary" className="mt-3">
              修改后重新报送
            </ButtonLink>
          ) : null}
        </div>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <NominationSummary n={n} validUntil={validUntil} rec={rec} />
          {checks ? (
            <Card title="资格复核（考察前，按现行政策配置和最新档案）">
              <CheckSummary hardFailures={checks.hardFailures} warnings={checks.warnings} />
              <div className="mt-2">
                <VerdictChecks checks={checks.checks} explanations={checks.explanations} />
              </div>
            </Card>
          ) : null}
          {can(actor.role, "nomination", "transition") &&
          (PROPOSAL_STAGES.includes(n.stage) || n.stage === "APPOINTED") ? (
            <Card title="任免审批表：拟任职务、拟免职务和任免理由">
              <ProposalForm
                id={n.id}
                version={n.version}
                initial={{
                  proposedPost: n.proposedPost ?? "",
                  proposedRemoval: n.proposedRemoval ?? "",
                  appointmentReason: n.appointmentReason ?? "",
                }}
                editable={mayAct && PROPOSAL_STAGES.includes(n.stage)}
                poolWording={poolProposedPost(n.tier)}
              />
            </Card>
          ) : null}
          {n.publicityStart && n.publicityEnd ? (
            <PublicityCard
              id={n.id}
              version={n.version}
              start={n.publicityStart}
              end={n.publicityEnd}
              today={today}
              objections={objectionsOf(n.events)}
              editable={mayAct && n.stage === "PUBLICIZED"}
            />
          ) : null}
          {mayAct && renewable ? (
            <ButtonLink href={`/voting/new?nominationId=${n.id}`} data-testid="online-vote-link">
              发起线上民主推荐（投票码）
            </ButtonLink>
          ) : null}
          <Card title="办理记录">
            <Timeline n={n} />
          </Card>
        </div>
        {mayAct ? (
          <ProcedurePanel
            n={n}
            next={next === "PROPOSED" || next === "REJECTED" || next === "WITHDRAWN" ? null : next}
            renewable={renewable}
            rec={rec}
            today={today}
            calendar={calendar}
            workingDays={publicityWorkingDays(profile)}
          />
        ) : null}
      </div>
    </div>
  );
}
