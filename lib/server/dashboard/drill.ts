import "server-only";
// The lists behind one figure of the dashboard, fetched when a reader opens its row: from the
// very model the reader's page showed while it is kept (so the lists match the figures), else
// from the current one — marked `updated`, so the page can say the data changed since.
import { drillLists } from "@/lib/dashboard/drill";
import type { DrillLists } from "@/lib/dashboard/model";
import { isoDay } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { UserFacingError } from "@/lib/errors/user-facing";
import type { DrillRequest } from "@/lib/validation/dashboard";
import { keptDashboard } from "./dashboard-cache";
import { currentDashboard } from "./get-dashboard";

export interface DrillResult extends DrillLists {
  /** when the model the lists come from was computed */
  computedAt: string;
  /** the page's model was no longer kept: the lists are of data newer than the page's figures */
  updated: boolean;
}

export async function dashboardDrill(actor: Actor, req: DrillRequest): Promise<DrillResult> {
  const asOfIso = isoDay(req.asOf);
  const model = (await keptDashboard(actor, asOfIso, req.computedAt)) ?? (await currentDashboard(actor, asOfIso));
  const lists = drillLists(model, req.table, req.key);
  if (!lists) throw new UserFacingError("该指标已不在当前的政策配置中，请刷新页面");
  return { ...lists, computedAt: model.computedAt, updated: model.computedAt !== req.computedAt };
}
