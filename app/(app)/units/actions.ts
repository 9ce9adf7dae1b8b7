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
import { withFieldErrors } from "@/lib/server/actions/field-errors";

const manage = (name: string) => ({ name, resource: "unit" as const, action: "manage" as const });

export const createUnitAction = authorizedAction
  .metadata(manage("unit.create"))
  .inputSchema(createUnitSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await withFieldErrors(createUnitSchema, () => createUnit(actor, parsedInput));
    revalidatePaths("/units", "/dashboard");
    return { ok: true as const, id: r.id };
  });

export const updateUnitAction = authorizedAction
  .metadata(manage("unit.update"))
  .inputSchema(updateUnitSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await withFieldErrors(updateUnitSchema, () => updateUnit(actor, parsedInput));
    revalidatePaths("/units", `/units/${parsedInput.id}`, "/dashboard");
    return { ok: true as const, id: parsedInput.id };
  });

export const createPostAction = authorizedAction
  .metadata(manage("post.create"))
  .inputSchema(createPostSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await withFieldErrors(createPostSchema, () => createPost(actor, parsedInput));
    revalidatePaths(`/units/${parsedInput.unitId}`, "/dashboard");
    return { ok: true as const, id: r.id };
  });

export const updatePostAction = authorizedAction
  .metadata(manage("post.update"))
  .inputSchema(updatePostSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await withFieldErrors(updatePostSchema, () => updatePost(actor, parsedInput));
    revalidatePaths("/units", "/dashboard");
    return { ok: true as const };
  });

export const archivePostAction = authorizedAction
  .metadata(manage("post.archive"))
  .inputSchema(archivePostSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await withFieldErrors(archivePostSchema, () => archivePost(actor, parsedInput));
    revalidatePaths("/units", "/dashboard");
    return { ok: true as const };
  });

export const appointAction = authorizedAction
  .metadata(manage("appointment.create"))
  .inputSchema(appointSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await withFieldErrors(appointSchema, () => appointCadre(actor, parsedInput));
    revalidatePaths("/units", "/dashboard");
    return { ok: true as const, id: r.id };
  });

export const endAppointmentAction = authorizedAction
  .metadata(manage("appointment.end"))
  .inputSchema(endAppointmentSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await withFieldErrors(endAppointmentSchema, () => endAppointment(actor, parsedInput));
    revalidatePaths("/units", "/dashboard");
    return { ok: true as const };
  });
