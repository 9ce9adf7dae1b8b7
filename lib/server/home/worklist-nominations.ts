import "server-only";
// The nomination groups of the work list, from the nominations page's own reminders
// (getNominationReminders: waiting per step, publicity ending within 3 working days,
// recommendations expiring within 30 days — ZZ15-PROCESS, NAT-PUBLICITY, ZZ15-REC-VALID).
import type { Actor } from "@/lib/auth/actor";
import { isoDay, nominationStageLabel } from "@/lib/rules";
import { group, type WorkGroup, type WorkItem } from "@/lib/worklist/model";
import { getNominationReminders, type ReminderItem } from "@/lib/server/nominations/reminders";

export async function nominationGroups(actor: Actor, today: Date): Promise<WorkGroup[]> {
  const r = await getNominationReminders(actor, today);
  const list = actor.role === "UNIT" ? "/nominations" : "/nominations?view=table";
  const steps: WorkItem[] = r.waiting
    .filter((w) => w.count > 0)
    .map((w) => ({
      key: w.stage,
      title: nominationStageLabel[w.stage],
      context: `${w.count}件`,
      detail: `${w.returned ? `其中退回${w.returned}件，` : ""}最早一件已等待${w.oldestDays}天`,
      dueOn: null,
      ruleId: "ZZ15-PROCESS",
      href: `${list}${list.includes("?") ? "&" : "?"}stage=${w.stage}`,
    }));
  const one = (n: ReminderItem, detail: string, ruleId: WorkItem["ruleId"]): WorkItem => ({
    key: n.id,
    title: n.cadreName,
    context: n.unitName,
    detail,
    dueOn: isoDay(n.date),
    ruleId,
    href: `/nominations/${n.id}`,
  });
  const when = (n: ReminderItem) =>
    n.daysLeft < 0 ? `已过${-n.daysLeft}天` : n.daysLeft === 0 ? "今天" : `还有${n.daysLeft}天`;
  const publicity = r.publicityEnding.map((n) =>
    one(n, `公示于${isoDay(n.date).replaceAll("-", ".")}期满（${when(n)}），期满无异议后办理任职`, "NAT-PUBLICITY"),
  );
  const expiring = r.recommendationsExpiring.map((n) =>
    one(
      n,
      `民主推荐结果有效期至${isoDay(n.date).replaceAll("-", ".")}（${when(n)}），逾期须重新推荐`,
      "ZZ15-REC-VALID",
    ),
  );
  return [
    group(
      "NOMINATION_STEP",
      steps.reduce((s, i) => s + r.waiting.find((w) => w.stage === i.key)!.count, 0),
      steps,
      list,
    ),
    group("PUBLICITY_ENDING", publicity.length, publicity, list),
    group("RECOMMENDATION_EXPIRING", expiring.length, expiring, list),
  ];
}
