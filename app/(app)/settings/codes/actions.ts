"use server";

import { addDomainSchema, archiveDomainSchema } from "@/lib/validation/familiar-domain";
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { addFamiliarDomain, setFamiliarDomainArchived } from "@/lib/server/settings/familiar-domains";
import { archiveSchoolSchema, saveSchoolSchema } from "@/lib/validation/school";
import { saveSchool, setSchoolArchived } from "@/lib/server/schools/write-schools";

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

// 院校代码表: each change recomputes the 985/211/双一流 flags of the education records it affects.
export const saveSchoolAction = manage("codes.saveSchool")
  .inputSchema(saveSchoolSchema)
  .action(async ({ parsedInput, ctx }) => {
    const recomputed = await saveSchool(ctx.actor, parsedInput);
    revalidate("/settings/codes/schools");
    return { ok: true as const, ...recomputed };
  });

export const archiveSchoolAction = manage("codes.archiveSchool")
  .inputSchema(archiveSchoolSchema)
  .action(async ({ parsedInput, ctx }) => {
    const recomputed = await setSchoolArchived(ctx.actor, parsedInput);
    revalidate("/settings/codes/schools");
    return { ok: true as const, ...recomputed };
  });
