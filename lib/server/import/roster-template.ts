import "server-only";
// The 花名册 template for this actor: its pick list names the units the actor may import into.
import type { Actor } from "@/lib/auth/actor";
import { rosterTemplate } from "@/lib/import/roster-template";
import { listImportUnits } from "./import-units";

export async function rosterTemplateFor(actor: Actor): Promise<Buffer> {
  return rosterTemplate((await listImportUnits(actor)).map((u) => u.name));
}
