import "server-only";
// Confirming an import: the plan is rebuilt from the same file and written only when it has no
// errors and is exactly the plan the user saw (same digest). Otherwise nothing is written. A row
// flagged as a possible duplicate needs the user's explicit choice: a new person (the create is
// written) or one of the cadres named (that cadre is updated instead, as the report showed).
import type { DuplicateChoice, ImportResult } from "@/lib/import/report";
import { sourceKey } from "@/lib/import/report";
import type { Actor } from "@/lib/auth/actor";
import { UserFacingError } from "@/lib/errors/user-facing";
import type { ImportPlan } from "./plan";
import type { Progress } from "./roster-plan";
import { writeImportPlan, type ImportMeta } from "./write-plan";

/** The plan with each flagged row resolved by its choice; refuses a missing or unknown one. */
export function applyDuplicateChoices(
  plan: ImportPlan,
  choices: Readonly<Record<string, DuplicateChoice>>,
): ImportPlan {
  const creates: ImportPlan["creates"] = [];
  const updates = [...plan.updates];
  let open = 0;
  for (const c of plan.creates) {
    if (!c.summary.possibleDuplicates?.length) {
      creates.push(c);
      continue;
    }
    const choice = choices[sourceKey(c.summary)];
    if (choice === "new") creates.push(c);
    else if (choice && c.summary.possibleDuplicates.some((d) => d.cadreId === choice)) {
      const alt = c.alternatives?.[choice];
      if (!alt) throw new UserFacingError("所选的干部已不在预检结果中，请重新预检；本次未写入任何数据");
      if (updates.some((u) => u.cadreId === alt.cadreId))
        throw new UserFacingError(`“${c.summary.name}”所选的干部在本次导入中已被另一行更新，请重新选择`);
      updates.push(alt);
    } else open++;
  }
  if (open)
    throw new UserFacingError(
      `有 ${open} 条记录可能与已有干部是同一人，请逐条选择“新建干部”或“与已有干部为同一人”；本次未写入任何数据`,
    );
  return { ...plan, creates, updates };
}

export async function confirmImport(
  actor: Actor,
  planned: { ok: true; plan: ImportPlan } | { ok: false; message: string },
  digest: string,
  meta: ImportMeta,
  progress?: Progress,
  choices: Readonly<Record<string, DuplicateChoice>> = {},
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
  const plan = applyDuplicateChoices(planned.plan, choices);
  const result = await writeImportPlan(actor, plan, meta, progress);
  const merged = plan.updates.length - planned.plan.updates.length;
  return merged ? { ...result, merged } : result;
}
