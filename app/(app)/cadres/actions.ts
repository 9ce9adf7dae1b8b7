"use server";
// Server actions of the cadre record: thin — zod (the forms' own schemas) → permission (the
// wrapper) → lib/server → revalidate. A problem found on the server goes beside its field;
// a stale version comes back as { ok: false, conflict } and the form keeps what was typed.
import { returnValidationErrors } from "next-safe-action";
import type { z } from "zod";
import type { SaveResult } from "@/lib/cadres/conflict";
import { revalidatePaths } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { CadreFieldError } from "@/lib/server/cadres/field-error";
import { createCadre, updateCadre } from "@/lib/server/cadres/write-cadre";
import { saveAppointment, saveAssessment, saveEducation } from "@/lib/server/cadres/write-records";
import { cadreBasicSchema } from "@/lib/validation/cadre";
import { appointmentSchema, assessmentSchema, educationSchema } from "@/lib/validation/cadre-records";

async function withFieldErrors<S extends z.ZodType>(schema: S, run: () => Promise<SaveResult>, cadreId?: string): Promise<SaveResult> {
  try {
    const r = await run();
    if (r.ok) {
      revalidatePaths("/cadres", `/cadres/${cadreId ?? r.id}`, "/pool");
    }
    return r;
  } catch (e) {
    if (e instanceof CadreFieldError) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the field name comes from the schema's own keys
      returnValidationErrors(schema, { [e.field]: { _errors: [e.message] } } as any);
    }
    throw e;
  }
}

export const saveCadreAction = authorizedAction
  .metadata({ name: "cadre.save", resource: "cadre", action: "update" })
  .inputSchema(cadreBasicSchema)
  .action(async ({ parsedInput, ctx: { actor } }) =>
    withFieldErrors(cadreBasicSchema, () =>
      parsedInput.id && parsedInput.version !== undefined
        ? updateCadre(actor, { ...parsedInput, id: parsedInput.id, version: parsedInput.version })
        : createCadre(actor, parsedInput),
    ),
  );

export const saveEducationAction = authorizedAction
  .metadata({ name: "cadre.education.save", resource: "cadre", action: "update" })
  .inputSchema(educationSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => withFieldErrors(educationSchema, () => saveEducation(actor, parsedInput), parsedInput.cadreId));

export const saveAppointmentAction = authorizedAction
  .metadata({ name: "cadre.appointment.save", resource: "cadre", action: "update" })
  .inputSchema(appointmentSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => withFieldErrors(appointmentSchema, () => saveAppointment(actor, parsedInput), parsedInput.cadreId));

export const saveAssessmentAction = authorizedAction
  .metadata({ name: "cadre.assessment.save", resource: "cadre", action: "update" })
  .inputSchema(assessmentSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => withFieldErrors(assessmentSchema, () => saveAssessment(actor, parsedInput), parsedInput.cadreId));
