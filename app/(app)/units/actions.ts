"use server";

import { authorizedAction } from "@/lib/server/actions/safe-action";
import { revalidatePaths } from "@/lib/server/actions/revalidate";
import { appointCadre, endAppointment } from "@/lib/server/units/appointments";
import { archivePost, createPost, updatePost } from "@/lib/server/units/manage-posts";
import { createUnit, updateUnit } from "@/lib/server/units/manage-units";
import {
  appointSchema, archivePostSchema, createPostSchema, createUnitSchema, endAppointmentSchema, updatePostSchema,
  updateUnitSchema,
} from "@/lib/validation/units";
import { withFormErrors } from "./action-errors";

const manage = (name: string) => ({ name, resource: "unit" as const, action: "manage" as const });

export const createUnitAction = authorizedAction
  .metadata(manage("unit.create"))
  .inputSchema(createUnitSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await withFormErrors(createUnitSchema, () => createUnit(actor, parsedInput));
    revalidatePaths("/units", "/dashboard");
    return { ok: true as const, id: r.id };
  });

export const updateUnitAction = authorizedAction
  .metadata(manage("unit.update"))
  .inputSchema(updateUnitSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await withFormErrors(updateUnitSchema, () => updateUnit(actor, parsedInput));
    revalidatePaths("/units", `/units/${parsedInput.id}`, "/dashboard");
    return { ok: true as const, id: parsedInput.id };
  });

export const createPostAction = authorizedAction
  .metadata(manage("post.create"))
  .inputSchema(createPostSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await withFormErrors(createPostSchema, () => createPost(actor, parsedInput));
    revalidatePaths(`/units/${parsedInput.unitId}`, "/dashboard");
    return { ok: true as const, id: r.id };
  });

export const updatePostAction = authorizedAction
  .metadata(manage("post.update"))
  .inputSchema(updatePostSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await withFormErrors(updatePostSchema, () => updatePost(actor, parsedInput));
    revalidatePaths("/units", "/dashboard");
    return { ok: true as const };
  });

export const archivePostAction = authorizedAction
  .metadata(manage("post.archive"))
  .inputSchema(archivePostSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await withFormErrors(archivePostSchema, () => archivePost(actor, parsedInput));
    revalidatePaths("/units", "/dashboard");
    return { ok: true as const };
  });

export const appointAction = authorizedAction
  .metadata(manage("appointment.create"))
  .inputSchema(appointSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await withFormErrors(appointSchema, () => appointCadre(actor, parsedInput));
    revalidatePaths("/units", "/dashboard");
    return { ok: true as const, id: r.id };
  });

export const endAppointmentAction = authorizedAction
  .metadata(manage("appointment.end"))
  .inputSchema(endAppointmentSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await withFormErrors(endAppointmentSchema, () => endAppointment(actor, parsedInput));
    revalidatePaths("/units", "/dashboard");
    return { ok: true as const };
  });
