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
  "app/account/password/actions.ts#changePasswordAction": { resource: "self", action: "update" },
  "app/(app)/training/actions.ts#createTrainingAction": { resource: "development", action: "manage" },
  "app/(app)/training/actions.ts#updateTrainingAction": { resource: "development", action: "manage" },
  "app/(app)/training/actions.ts#addAttendeesAction": { resource: "development", action: "manage" },
  "app/(app)/training/actions.ts#updateAttendanceAction": { resource: "development", action: "manage" },
  "app/(app)/training/actions.ts#setCompletionAction": { resource: "development", action: "manage" },
  "app/(app)/training/actions.ts#searchCadresAction": { resource: "development", action: "read" },
  "app/(app)/training/mentors/actions.ts#createMentorshipsAction": { resource: "development", action: "manage" },
  "app/(app)/training/mentors/actions.ts#addFeedbackAction": { resource: "development", action: "manage" },
  "app/(app)/training/mentors/actions.ts#endMentorshipAction": { resource: "development", action: "manage" },
  "app/(app)/training/plans/actions.ts#createPlanAction": { resource: "development", action: "manage" },
  "app/(app)/training/plans/actions.ts#updatePlanAction": { resource: "development", action: "manage" },
  "app/(app)/training/plans/actions.ts#addPlanNoteAction": { resource: "development", action: "manage" },
  "app/(app)/training/plans/actions.ts#closePlanAction": { resource: "development", action: "manage" },
  "app/(app)/training/practices/actions.ts#createPracticeAction": { resource: "development", action: "manage" },
  "app/(app)/training/practices/actions.ts#updatePracticeAction": { resource: "development", action: "manage" },
  "app/(app)/training/talks/actions.ts#createTalkAction": { resource: "development", action: "manage" },
  "app/(app)/training/talks/actions.ts#updateTalkAction": { resource: "development", action: "manage" },
  "app/(app)/settings/accounts/actions.ts#createAccountAction": { resource: "account", action: "manage" },
  "app/(app)/settings/accounts/actions.ts#disableAccountAction": { resource: "account", action: "manage" },
  "app/(app)/settings/accounts/actions.ts#enableAccountAction": { resource: "account", action: "manage" },
  "app/(app)/settings/accounts/actions.ts#changeRoleAction": { resource: "account", action: "manage" },
  "app/(app)/settings/accounts/actions.ts#resetPasswordAction": { resource: "account", action: "manage" },
  "app/(app)/settings/accounts/actions.ts#resetTotpAction": { resource: "account", action: "manage" },
  "app/(app)/settings/calendar/actions.ts#addCalendarOverrideAction": { resource: "settings", action: "manage" },
  "app/(app)/settings/calendar/actions.ts#removeCalendarOverrideAction": { resource: "settings", action: "manage" },
  "app/(app)/settings/codes/actions.ts#addDomainAction": { resource: "settings", action: "manage" },
  "app/(app)/settings/codes/actions.ts#archiveDomainAction": { resource: "settings", action: "manage" },
  "app/(app)/settings/policy/actions.ts#previewDraftAction": { resource: "policy", action: "manage" },
  "app/(app)/settings/policy/actions.ts#saveProfileAction": { resource: "policy", action: "manage" },
  "app/(app)/settings/policy/actions.ts#activateProfileAction": { resource: "policy", action: "manage" },
};
