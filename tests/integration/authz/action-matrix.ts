import type { Action, Resource } from "@/lib/server/authz/permissions";

/**
 * Every exported server action, keyed `app/<path>/actions.ts#exportName`, with the permission
 * it must require. The matrix test fails when an action is missing here, so a new action
 * cannot ship without its row; the expected allow/deny per role comes from the permission table.
 */
export const ACTION_MATRIX: Record<string, { resource: Resource; action: Action }> = {
  "app/(app)/cadres/actions.ts#saveCadreAction": { resource: "cadre", action: "update" },
  "app/(app)/cadres/actions.ts#saveEducationAction": { resource: "cadre", action: "update" },
  "app/(app)/cadres/actions.ts#saveAppointmentAction": { resource: "cadre", action: "update" },
  "app/(app)/cadres/actions.ts#saveAssessmentAction": { resource: "cadre", action: "update" },
  "app/(app)/cadres/[id]/view-actions.ts#recordPrintAction": { resource: "cadre", action: "print" },
  "app/(app)/cadres/[id]/view-actions.ts#revealIdNumberAction": { resource: "idNumber", action: "reveal" },
  "app/(app)/pool/actions.ts#enterPoolAction": { resource: "pool", action: "manage" },
  "app/(app)/pool/actions.ts#exitPoolAction": { resource: "pool", action: "manage" },
  "app/(app)/pool/actions.ts#reviewPoolAction": { resource: "pool", action: "manage" },
  "app/(app)/units/actions.ts#createUnitAction": { resource: "unit", action: "manage" },
  "app/(app)/units/actions.ts#updateUnitAction": { resource: "unit", action: "manage" },
  "app/(app)/units/actions.ts#createPostAction": { resource: "unit", action: "manage" },
  "app/(app)/units/actions.ts#updatePostAction": { resource: "unit", action: "manage" },
  "app/(app)/units/actions.ts#archivePostAction": { resource: "unit", action: "manage" },
  "app/(app)/units/actions.ts#appointAction": { resource: "unit", action: "manage" },
  "app/(app)/units/actions.ts#endAppointmentAction": { resource: "unit", action: "manage" },
  "app/(app)/dashboard/actions.ts#auditDashboardPrintAction": { resource: "dashboard", action: "read" },
  "app/account/password/actions.ts#changePasswordAction": { resource: "self", action: "update" },
};
