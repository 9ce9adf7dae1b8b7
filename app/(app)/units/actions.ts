"use server";

import { authorizedAction } from "@/lib/server/actions/safe-action";
import { revalidate } from "@/lib/server/actions/revalidate";
import { appointCadre, endAppointment } from "@/lib/server/units/appointments";
import { archivePost, createPost, updatePost } from "@/lib/server/units/manage-posts";
import { createUnit, updateUnit } from "@/lib/server/units/manage-units";
import {
  appointSchema,
  archivePostSchema,
  createPostSchema,
  createUnitSchema,
  endAppointmentSchema,
  updatePostSchema,
  updateUnitSchema,
} from "@/lib/validation/units";

const manage = (name: string) => ({ name, resource: "unit" as const, action: "manage" as const });

export const createUnitAction = authorizedAction
  .metadata(manage("unit.create"))
  .inputSchema(createUnitSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await createUnit(actor, parsedInput);
    revalidate("/units", "/dashboard");
    return { ok: true as const, id: r.id };
  });

export const updateUnitAction = authorizedAction
  .metadata(manage("unit.update"))
  .inputSchema(updateUnitSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await updateUnit(actor, parsedInput);
    revalidate("/units", `/units/${parsedInput.id}`, "/dashboard");
    return { ok: true as const, id: parsedInput.id };
  });

export const createPostAction = authorizedAction
  .metadata(manage("post.create"))
  .inputSchema(createPostSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await createPost(actor, parsedInput);
    revalidate(`/units/${parsedInput.unitId}`, "/dashboard");
    return { ok: true as const, id: r.id };
  });

export const updatePostAction = authorizedAction
  .metadata(manage("post.update"))
  .inputSchema(updatePostSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await updatePost(actor, parsedInput);
    revalidate("/units", "/dashboard");
    return { ok: true as const };
  });

export const archivePostAction = authorizedAction
  .metadata(manage("post.archive"))
  .inputSchema(archivePostSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await archivePost(actor, parsedInput);
    revalidate("/units", "/dashboard");
    return { ok: true as const };
  });

export const appointAction = authorizedAction
  .metadata(manage("appointment.create"))
  .inputSchema(appointSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await appointCadre(actor, parsedInput);
    // the cadre's 现任职务, unit and 职务层次 changed with it: the roster and the profile too
    revalidate("/units", "/dashboard", "/cadres", `/cadres/${parsedInput.cadreId}`);
    return { ok: true as const, id: r.id };
  });

export const endAppointmentAction = authorizedAction
  .metadata(manage("appointment.end"))
  .inputSchema(endAppointmentSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { cadreId } = await endAppointment(actor, parsedInput);
    revalidate("/units", "/dashboard", "/cadres", `/cadres/${cadreId}`);
    return { ok: true as const };
  });
