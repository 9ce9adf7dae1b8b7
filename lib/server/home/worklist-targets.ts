import "server-only";
// A leader's work list: the district's targets not met or at risk, from the dashboard's own
// evaluated model (currentDashboard: kept per data change, so this costs one cached read), each
// linking to its row on the dashboard.
import type { Actor } from "@/lib/auth/actor";
import type { TargetView } from "@/lib/dashboard/model";
import { isoDay, type RuleId } from "@/lib/rules";
import { group, type WorkGroup, type WorkItem } from "@/lib/worklist/model";
import { currentDashboard } from "@/lib/server/dashboard/get-dashboard";

export async function targetGroups(actor: Actor, today: Date): Promise<WorkGroup[]> {
  const m = await currentDashboard(actor, isoDay(today));
  const warn = (t: Pick<TargetView, "status">) => t.status === "NOT_MET" || t.status === "AT_RISK";
  const rows = [...m.targets, ...m.pool.rows].filter(warn);
  // unmet before at risk, hard before soft, in the dashboard's order otherwise
  const rank = (t: TargetView) => (t.status === "NOT_MET" ? 0 : 2) + (t.hard ? 0 : 1);
  const items: WorkItem[] = rows
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i)
    .map(({ t }) => ({
      key: t.key,
      title: t.label,
      context: `${t.status === "NOT_MET" ? "未达标" : "有风险"}${t.hard ? "（硬性）" : ""}`,
      detail: t.message,
      dueOn: null,
      ruleId: t.ruleId as RuleId,
      href: `/dashboard#target-${t.key}`,
    }));
  return [group("TARGET_UNMET", items.length, items, "/dashboard")];
}
