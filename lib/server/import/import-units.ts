import "server-only";
// The units an actor may import cadres into (a unit party committee: its own), for the
// template's pick list and the import page.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { listScopedUnits } from "@/lib/server/units/unit-options";

export async function listImportUnits(actor: Actor): Promise<Array<{ id: string; name: string }>> {
  assertCan(actor, "cadre", "import");
  return listScopedUnits(actor);
}
