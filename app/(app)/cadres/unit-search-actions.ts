"use server";
// The roster filter's unit search, for districts with more units than a drop-down holds.
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { searchRosterUnits } from "@/lib/server/cadres/roster-units";
import { unitSearchSchema } from "@/lib/validation/roster-query";

export const searchRosterUnitsAction = authorizedAction
  .metadata({ name: "cadre.searchUnits", resource: "unit", action: "read" })
  .inputSchema(unitSearchSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => ({
    units: (await searchRosterUnits(actor, parsedInput.q)).map(({ id, name }) => ({ id, name })),
  }));
