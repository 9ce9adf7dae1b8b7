import "server-only";
// One statistics report for the actor on a date and scope (docs/reports.md).
import type { Actor } from "@/lib/auth/actor";
import { buildReport } from "@/lib/reports/build-report";
import type { ReportKey, ReportModel } from "@/lib/reports/model";
import type { UnitType } from "@/lib/rules";
import { reportInput } from "./report-input";

export async function getReport(
  actor: Actor,
  key: ReportKey,
  asOf: Date,
  unitType: UnitType | null,
): Promise<ReportModel> {
  return buildReport(key, await reportInput(actor, asOf, unitType));
}
