import "server-only";
// The 任免审批表 of several cadres (print view, PDF) as this actor may read them: each row goes
// through labelCadre, and each withheld set is recorded once for the whole print job (one
// DENIED row per set naming every cadre, not one per cadre and set).
import type { Actor } from "@/lib/auth/actor";
import { auditLabelDenials } from "@/lib/server/authz/labels";
import { labelCadre, viewWithheld, type CadreView } from "./labelled-view";
import type { CadreProfile } from "./profile";

export async function labelCadreForms(
  actor: Actor,
  rows: readonly CadreProfile[],
  purpose: "print" | "pdf" = "print",
): Promise<CadreView[]> {
  const withheld = viewWithheld(actor.clearance);
  if (rows.length)
    await auditLabelDenials(actor, { type: "Cadre", id: rows.length === 1 ? rows[0].id : null }, withheld, {
      purpose,
      cadreIds: rows.map((r) => r.id),
    });
  return rows.map((r) => labelCadre(r, actor.clearance));
}
