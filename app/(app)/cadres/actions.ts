"use server";
// Server actions of the cadre record: thin — zod (the forms' own schemas) → permission (the
// wrapper) → lib/server → revalidate. A problem found on the server goes beside its field
// (the action client files it there); a stale version comes back as { ok: false, conflict }
// and the form keeps what was typed.
import type { SaveResult } from "@/lib/cadres/conflict";
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { createCadre, updateCadre } from "@/lib/server/cadres/write-cadre";
import { saveAppointment, saveAssessment, saveEducation } from "@/lib/server/cadres/write-records";
import { cadreBasicSchema } from "@/lib/validation/cadre";
import { appointmentSchema, assessmentSchema, educationSchema } from "@/lib/validation/cadre-records";

/** The cadre's pages and the lists that show it, after a save that went through. */
async function revalidated(run: () => Promise<SaveResult>, cadreId?: string): Promise<SaveResult> {
  const r = await run();
  if (r.ok) revalidate("/cadres", `/cadres/${cadreId ?? r.id}`, "/pool");
  return r;
}

export const saveCadreAction = authorizedAction
  .metadata({ name: "cadre.save", resource: "cadre", action: "update" })
  .inputSchema(cadreBasicSchema)
  .action(async ({ parsedInput, ctx: { actor } }) =>
    revalidated(() =>
      parsedInput.id && parsedInput.version !== undefined
        ? updateCadre(actor, { ...parsedInput, id: parsedInput.id, version: parsedInput.version })
        : createCadre(actor, parsedInput),
    ),
  );

export const saveEducationAction = authorizedAction
  .metadata({ name: "cadre.education.save", resource: "cadre", action: "update" })
  .inputSchema(educationSchema)
  .action(async ({ parsedInput, ctx: { actor } }) =>
    revalidated(() => saveEducation(actor, parsedInput), parsedInput.cadreId),
  );

export const saveAppointmentAction = authorizedAction
  .metadata({ name: "cadre.appointment.save", resource: "cadre", action: "update" })
  .inputSchema(appointmentSchema)
  .action(async ({ parsedInput, ctx: { actor } }) =>
    revalidated(() => saveAppointment(actor, parsedInput), parsedInput.cadreId),
  );

export const saveAssessmentAction = authorizedAction
  .metadata({ name: "cadre.assessment.save", resource: "cadre", action: "update" })
  .inputSchema(assessmentSchema)
  .action(async ({ parsedInput, ctx: { actor } }) =>
    revalidated(() => saveAssessment(actor, parsedInput), parsedInput.cadreId),
  );
