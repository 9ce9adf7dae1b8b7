import "server-only";
// The gate in front of every export that would carry full 身份证号 (issue 18 item 4): masked is
// the default; full numbers need the reveal permission, a clearance for the 身份证号 set, an
// enrolled second factor, a stated purpose and a step-up within the last five minutes. The
// export functions call it themselves, so no route can forget it. A refusal is audited
// (DENIED, with the reason) and answers 403 with a Chinese message; the export's own audit
// row then records the purpose and the count.
import type { Actor } from "@/lib/auth/actor";
import { mayRead } from "@/lib/authz/clearance";
import { can } from "@/lib/authz/permissions";
import { ForbiddenError, UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { hasEnrolledSecondFactor, hasFreshStepUp, NOT_ENROLLED } from "@/lib/server/auth/step-up";
import { exportPurposeSchema, MASKED, type IdNumberRequest } from "@/lib/validation/export-purpose";

/** A refusal with its own Chinese text; a ForbiddenError, so routes answer 403. */
export class ExportRefusedError extends ForbiddenError {
  constructor(message: string) {
    super();
    this.message = message;
    this.name = "ExportRefusedError";
  }
}

const NO_PERMISSION = "您的角色不能导出完整身份证号，请选择脱敏导出";
const NO_CLEARANCE = "您的密级授权不足以查看完整身份证号（高度敏感信息），请联系安全管理员";
const NO_STEP_UP = "导出完整身份证号须在 5 分钟内验证动态口令，请在导出对话框中重新验证后再下载";

/** The audit action of a full-number export: e.g. export.roster.fullIdNumbers. */
export const fullIdAction = (exportName: string) => `${exportName}.fullIdNumbers`;

/** Reads `idNumbers=full&purpose=…` from an export's query; anything else is masked. */
export function idNumberRequestParam(url: URL): IdNumberRequest {
  if (url.searchParams.get("idNumbers") !== "full") return MASKED;
  const purpose = exportPurposeSchema.safeParse(url.searchParams.get("purpose") ?? "");
  if (!purpose.success) throw new UserFacingError(purpose.error.issues[0].message);
  return { mode: "full", purpose: purpose.data };
}

/**
 * Lets full numbers out for this request, or audits the refusal and throws ExportRefusedError.
 * `exportName` is the export's audit action (export.roster, export.lrmx).
 */
export async function assertFullIdNumbers(actor: Actor, exportName: string, purpose: string, now: Date): Promise<void> {
  const checked = exportPurposeSchema.safeParse(purpose);
  if (!checked.success) throw new UserFacingError(checked.error.issues[0].message);
  let refusal: { reason: string; message: string } | null = null;
  if (!can(actor.role, "idNumber", "reveal")) refusal = { reason: "no-permission", message: NO_PERMISSION };
  else if (!mayRead(actor.clearance, "idNumber")) refusal = { reason: "no-clearance", message: NO_CLEARANCE };
  else if (!(await hasEnrolledSecondFactor(actor.userId)))
    refusal = { reason: "no-second-factor", message: NOT_ENROLLED };
  else if (!(await hasFreshStepUp(actor, now))) refusal = { reason: "no-fresh-step-up", message: NO_STEP_UP };
  if (!refusal) return;
  await writeAuditStandalone({
    ...auditBy(actor),
    action: fullIdAction(exportName),
    objectType: null,
    objectId: null,
    result: "DENIED",
    diff: { purpose: checked.data, reason: refusal.reason },
  });
  throw new ExportRefusedError(refusal.message);
}
