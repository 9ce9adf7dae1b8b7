"use server";
// Unit party committee: search the unit's cadres, run the checks, submit, resubmit.
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import {
  checkNomineeInScope,
  resubmitNomination,
  searchNominees,
  submitNomination,
  todayOf,
} from "@/lib/server/nominations";
import { toDay } from "@/lib/rules";
import {
  cadreSearchSchema,
  nominationCheckSchema,
  nominationResubmissionSchema,
  nominationSubmissionSchema,
} from "@/lib/validation/nominations";

export const searchNomineesAction = authorizedAction
  .metadata({ name: "nomination.searchCadres", resource: "nomination", action: "create" })
  .inputSchema(cadreSearchSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => ({ options: await searchNominees(actor, parsedInput.q) }));

export const checkNomineeAction = authorizedAction
  .metadata({ name: "nomination.check", resource: "nomination", action: "create" })
  .inputSchema(nominationCheckSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const day =
      parsedInput.recommendedOn && /^\d{4}-\d{2}-\d{2}$/.test(parsedInput.recommendedOn)
        ? toDay(parsedInput.recommendedOn)
        : null;
    return checkNomineeInScope(actor, parsedInput.cadreId, parsedInput.tier, todayOf(), { recommendedOn: day });
  });

export const submitNominationAction = authorizedAction
  .metadata({ name: "nomination.create", resource: "nomination", action: "create" })
  .inputSchema(nominationSubmissionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await submitNomination(actor, parsedInput);
    revalidate("/nominations");
    return r;
  });

export const resubmitNominationAction = authorizedAction
  .metadata({ name: "nomination.resubmit", resource: "nomination", action: "create" })
  .inputSchema(nominationResubmissionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await resubmitNomination(actor, parsedInput);
    revalidate("/nominations", `/nominations/${r.id}`);
    return r;
  });
