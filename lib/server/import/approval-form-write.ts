import "server-only";
// Writes the ApprovalForm part of a confirmed 任免审批表 import (拟任/拟免/任免理由/呈报单位/填表人/
// 填表时间/计算年龄时间) in the import's transaction: a new form for a cadre, or the stored one
// corrected under the version the dry run read. A form created for the cadre since the dry run
// is a conflict like any other edit made meanwhile.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApprovalFormOp } from "@/lib/import/approval-form-patch";

export async function writeApprovalForms(
  tx: Prisma.TransactionClient,
  ops: ReadonlyArray<readonly [cadreId: string, op: ApprovalFormOp | null | undefined]>,
  conflict: (() => Error) | null,
): Promise<void> {
  const creates = ops.flatMap(([cadreId, op]) => (op?.kind === "create" ? [{ ...op.data, cadreId }] : []));
  if (creates.length) {
    const r = await tx.approvalForm.createMany({ data: creates, skipDuplicates: true });
    if (r.count !== creates.length && conflict) throw conflict();
  }
  for (const [, op] of ops) {
    if (op?.kind !== "update") continue;
    const r = await tx.approvalForm.updateMany({
      where: { id: op.id, version: op.version },
      data: { ...op.data, version: { increment: 1 } },
    });
    if (r.count !== 1 && conflict) throw conflict();
  }
}
