import "server-only";
// Nominations: unit submissions, the seven-step procedure, reminders. See docs/nominations.md.
export { advanceNomination, RETURNED_MESSAGE } from "./advance";
export { loadWorkingDayCalendar } from "./calendar";
export { checkNominee, checkNomineeFor, checkNomineeInScope } from "./check-nominee";
export type { NomineeCheck, NomineeOption } from "@/lib/nominations/types";
export { todayOf, type ClockOptions } from "./clock";
export { closeNomination } from "./close";
export { isOpen, OPEN_STAGES } from "./load";
export { recordObjection, resolveObjection } from "./publicity";
export {
  getNominationDetail,
  listForBoard,
  listNominations,
  LIST_LIMIT,
  type NominationDetail,
  type NominationFilter,
  type NominationListRow,
} from "./read-nominations";
export { getNominationReminders, type NominationReminders, type ReminderItem } from "./reminders";
export { renewRecommendation, renewRecommendationIn, RENEWABLE_STAGES } from "./renew";
export { searchNominees } from "./search-nominees";
export { resubmitNomination, submitNomination } from "./submit";
