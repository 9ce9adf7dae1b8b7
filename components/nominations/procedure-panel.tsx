import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format/dates";
import type { NominationStage } from "@/lib/domain/enums";
import { nominationStageLabel } from "@/lib/labels";
import type { WorkingDayCalendar } from "@/lib/rules";
import { AdvanceForm } from "./advance-form";
import { CloseForm } from "./close-form";
import { RenewForm } from "./renew-form";
import type { RecommendationState } from "./nomination-summary";

type Target = Exclude<NominationStage, "PROPOSED" | "REJECTED" | "WITHDRAWN">;

interface Props {
  n: { id: string; version: number; stage: NominationStage; returnedComment: string | null; publicityEnd: Date | null };
  next: Target | null;
  renewable: boolean;
  rec: RecommendationState;
  today: Date;
  calendar: WorkingDayCalendar;
  workingDays: number;
}

/** The organization department's actions on an open nomination. */
export function ProcedurePanel({ n, next, renewable, rec, today, calendar, workingDays }: Props) {
  const todayIso = today.toISOString().slice(0, 10);
  const waitingForPublicity = next === "APPOINTED" && n.publicityEnd && today.getTime() <= n.publicityEnd.getTime();
  return (
    <div className="space-y-4">
      <Card title={next ? `下一环节：${nominationStageLabel[next]}` : "办理"}>
        {n.returnedComment ? (
          <p className="text-sm text-amber-800">已退回单位修改，待单位重新报送后方可继续办理。</p>
        ) : next ? (
          <>
            {next === "DECIDED" && rec === "expired" ? (
              <p className="mb-3 rounded bg-rose-50 p-2 text-sm text-rose-800" role="status">
                民主推荐已超过一年有效期（ZZ15-REC-VALID），须先更新民主推荐结果，方可提交讨论决定。
              </p>
            ) : null}
            {waitingForPublicity ? (
              <p className="mb-3 rounded bg-sky-50 p-2 text-sm text-sky-800" role="status">
                公示期至{formatDate(n.publicityEnd)}，期满后方可办理任职。
              </p>
            ) : null}
            <AdvanceForm
              key={`${next}-${n.version}`}
              id={n.id}
              version={n.version}
              from={n.stage}
              to={next}
              today={todayIso}
              calendar={calendar}
              workingDays={workingDays}
            />
          </>
        ) : null}
      </Card>
      {renewable ? (
        <Card title="民主推荐结果">
          <details open={rec === "none" || rec === "expired"}>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">
              {rec === "none" ? "录入民主推荐结果" : "更新民主推荐结果（重新推荐）"}
            </summary>
            <div className="mt-3">
              <RenewForm key={n.version} id={n.id} version={n.version} today={todayIso} />
            </div>
          </details>
        </Card>
      ) : null}
      <Card title="退回、不予通过或撤回">
        <CloseForm key={n.version} id={n.id} version={n.version} from={n.stage} returned={!!n.returnedComment} />
      </Card>
    </div>
  );
}
