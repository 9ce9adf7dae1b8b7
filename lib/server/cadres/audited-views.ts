import "server-only";
// Views of a cadre's file that leave a trace: printing the 任免审批表 and revealing the full
// 身份证号. Each reads the cadre through the actor's scope first (another unit's id is not
// found) and writes one audit row.
import type { Actor } from "@/lib/auth/actor";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { assertMayRead } from "@/lib/server/authz/labels";
import { assertCan, cadreScope } from "@/lib/server/authz/scope";
import { decryptIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";

export async function recordCadrePrint(actor: Actor, cadreId: string): Promise<void> {
  const cadre = await prisma.cadre.findFirst({
    where: { AND: [{ id: cadreId }, cadreScope(actor, "print")] },
    select: { id: true },
  });
  if (!cadre) throw new NotFoundError("干部");
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "print.cadreForm",
    objectType: "Cadre",
    objectId: cadre.id,
    result: "SUCCESS",
  });
}

/**
 * The full 身份证号 for an organization role (idNumber.reveal) whose clearance covers the
 * idNumber set (security labels), audited either way: a refusal by clearance leaves a DENIED
 * `read.denied.label` row for the cadre.
 */
export async function revealIdNumber(actor: Actor, cadreId: string): Promise<string> {
  assertCan(actor, "idNumber", "reveal");
  const cadre = await prisma.cadre.findFirst({
    where: { AND: [{ id: cadreId }, cadreScope(actor)] },
    select: { id: true, idNumberCipher: true },
  });
  if (!cadre) throw new NotFoundError("干部");
  await assertMayRead(actor, "idNumber", { type: "Cadre", id: cadre.id }, { purpose: "reveal" });
  if (!cadre.idNumberCipher) throw new UserFacingError("该干部未登记身份证号");
  const plain = decryptIdNumber(cadre.idNumberCipher);
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "reveal.idNumber",
    objectType: "Cadre",
    objectId: cadre.id,
    result: "SUCCESS",
  });
  return plain;
}
