"use server";

import { addDomainSchema, archiveDomainSchema } from "@/lib/validation/familiar-domain";
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { addFamiliarDomain, setFamiliarDomainArchived } from "@/lib/server/settings/familiar-domains";

const manage = (name: string) => authorizedAction.metadata({ name, resource: "settings", action: "manage" });

export const addDomainAction = manage("codes.addFamiliarDomain")
  .inputSchema(addDomainSchema)
  .action(async ({ parsedInput, ctx }) => {
    await addFamiliarDomain(ctx.actor, parsedInput);
    revalidate("/settings/codes");
    return { ok: true as const };
  });

export const archiveDomainAction = manage("codes.archiveFamiliarDomain")
  .inputSchema(archiveDomainSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setFamiliarDomainArchived(ctx.actor, parsedInput);
    revalidate("/settings/codes");
    return { ok: true as const };
  });
