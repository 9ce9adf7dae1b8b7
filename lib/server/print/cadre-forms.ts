import "server-only";
// The 任免审批表 of several cadres for the print view and its PDF: one scoped read (the print
// permission and the unit scope in the where), in the order asked for.
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { PROFILE_INCLUDE, type CadreProfile } from "@/lib/server/cadres/profile";
import { prisma } from "@/lib/server/db";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";

export const MAX_PRINT_FORMS = 200;

export async function loadCadreForms(actor: Actor, ids: readonly string[]): Promise<CadreProfile[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) throw new UserFacingError("请选择要打印的干部");
  if (unique.length > MAX_PRINT_FORMS)
    throw new UserFacingError(`一次最多打印 ${MAX_PRINT_FORMS} 份任免审批表，请缩小范围`);
  const rows = await prisma.cadre.findMany({
    where: { AND: [cadreScope(actor, "print"), { id: { in: unique } }] },
    include: PROFILE_INCLUDE,
  });
  if (rows.length !== unique.length) throw new NotFoundError("干部");
  const byId = new Map(rows.map((r) => [r.id, r]));
  return unique.map((id) => byId.get(id)!);
}
