"use server";

import { revalidate, revalidateLayout } from "@/lib/server/actions/revalidate";
import { formatYearMonth, todayInChina } from "@/lib/format/dates";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { addAttendees, setCompletion, updateAttendance } from "@/lib/server/development/attendees";
import { searchPicker } from "@/lib/server/development/cadre-picker";
import { getReminderProfile } from "@/lib/server/development/growth-profile";
import { createTraining, updateTraining } from "@/lib/server/development/trainings";
import {
  addAttendeesSchema,
  cadreSearchSchema,
  createTrainingSchema,
  setCompletionSchema,
  updateAttendanceSchema,
  updateTrainingSchema,
} from "@/lib/validation/development/training";

export const createTrainingAction = authorizedAction
  .metadata({ name: "training.create", resource: "development", action: "manage" })
  .inputSchema(createTrainingSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const row = await createTraining(actor, parsedInput);
    revalidate("/training");
    return { id: row.id };
  });

export const updateTrainingAction = authorizedAction
  .metadata({ name: "training.update", resource: "development", action: "manage" })
  .inputSchema(updateTrainingSchema)
  .action(async ({ parsedInput: { id, version, ...fields }, ctx: { actor } }) => {
    await updateTraining(actor, id, version, fields);
    revalidate(`/training/${id}`);
    return { ok: true as const };
  });

export const addAttendeesAction = authorizedAction
  .metadata({ name: "training.attendee.add", resource: "development", action: "manage" })
  .inputSchema(addAttendeesSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await addAttendees(actor, parsedInput.trainingId, parsedInput.cadreIds);
    revalidate(`/training/${parsedInput.trainingId}`);
    return r;
  });

export const updateAttendanceAction = authorizedAction
  .metadata({ name: "training.attendee.update", resource: "development", action: "manage" })
  .inputSchema(updateAttendanceSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await updateAttendance(actor, parsedInput);
    revalidateLayout("/training");
    return { ok: true as const };
  });

export const setCompletionAction = authorizedAction
  .metadata({ name: "training.attendee.complete", resource: "development", action: "manage" })
  .inputSchema(setCompletionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await setCompletion(actor, parsedInput);
    revalidateLayout("/training");
    return r;
  });

/** The single-cadre chooser of the posting, mentor and talk forms: up to 20 matches. */
export const searchCadresAction = authorizedAction
  .metadata({ name: "development.searchCadres", resource: "development", action: "read" })
  .inputSchema(cadreSearchSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { profile } = await getReminderProfile();
    const r = await searchPicker(
      actor,
      { q: parsedInput.q, pool: parsedInput.poolOnly ? "POOL" : undefined, pageSize: 20 },
      profile,
      todayInChina(),
    );
    return r.rows.map((c) => ({
      id: c.id,
      name: c.name,
      unitName: c.unitName ?? "",
      post: c.currentPostTitle ?? "",
      birth: formatYearMonth(c.birthDate),
      inPool: c.tier !== null,
    }));
  });
