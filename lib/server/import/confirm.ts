import "server-only";
// Confirming an import: the plan is rebuilt from the same file and written only when it has no
// errors and is exactly the plan the user saw (same digest). Otherwise nothing is written.
import type { ImportResult } from "@/lib/import/report";
import type { Actor } from "@/lib/auth/actor";
import { UserFacingError } from "@/lib/errors/user-facing";
import type { ImportPlan } from "./plan";
import type { Progress } from "./roster-plan";
import { writeImportPlan, type ImportMeta } from "./write-plan";

export async function confirmImport(
  actor: Actor,
  planned: { ok: true; plan: ImportPlan } | { ok: false; message: string },
  digest: string,
  meta: ImportMeta,
  progress?: Progress,
): Promise<ImportResult> {
  if (!planned.ok) throw new UserFacingError(planned.message);
  const { report } = planned.plan;
  // A spreadsheet is one document: any bad row stops it. 任免审批表 files stand alone: a bad
  // file is left out (the report lists it) and the others are written.
  if (report.errors.length && report.kind === "roster") {
    throw new UserFacingError(`文件中仍有 ${report.errors.length} 处错误，请修改后重新预检；本次未写入任何数据`);
  }
  if (report.digest !== digest) {
    throw new UserFacingError("自预检以来文件或系统中的数据已发生变化，请重新预检；本次未写入任何数据");
  }
  return writeImportPlan(actor, planned.plan, meta, progress);
}
