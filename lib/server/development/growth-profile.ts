import "server-only";
// The profiles this area evaluates with: the active one, extended (profile-overlay.ts) with the
// reminder rules and, for 墩苗 postings, the SX-DOWN eligibility rules.
import type { RuleId } from "@/lib/rules";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { withRules, type ProfileOverlay } from "./profile-overlay";

/** Rules behind the reminders page and the picker's "by training need" order. */
export const REMINDER_RULES: readonly RuleId[] = [
  "WS-POLITICAL-TRAINING",
  "WS-TRAIN-HOURS",
  "D20-TRAIN-KJ",
  "SX-DOWN-REVIEW",
  "WS-PLAN",
  "WS-MENTOR",
];

/** The 墩苗 (“派下去”) eligibility rules checked before a 墩苗 posting is saved. */
export const DUNMIAO_RULES: readonly RuleId[] = ["SX-DOWN-RANK", "SX-DOWN-AGE", "SX-DOWN-ELIG"];

export async function getReminderProfile(): Promise<ProfileOverlay> {
  return withRules((await getActiveProfile()).profile, REMINDER_RULES, "培养提醒");
}

export async function getDunmiaoProfile(): Promise<ProfileOverlay> {
  return withRules((await getActiveProfile()).profile, DUNMIAO_RULES, "墩苗选派");
}
