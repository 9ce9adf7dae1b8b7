// When a team member leaves the team for age (DP-TEAM-TURNOVER): the retirement age (lib/rules'
// one reading: the profile's base for men, women, women at 处级, raised gradually under the 2024
// decision) or the age limit of the post held (正职/副职, when the profile sets one), whichever
// comes first. "年满" reading: the birthday itself is the day.
import { dateTurning } from "../age";
import type { Gender, Rank } from "../model/enums";
import type { ResolvedProfile } from "../profiles/types";
import { retirementAgeMonths, retirementAgesOf, retirementBaseYears, retirementDate } from "../retirement";
import type { LeavingReason } from "./types";

export interface Leaving {
  on: Date;
  reason: LeavingReason;
  /** the age reached that day, in full years (周岁) */
  age: number;
}

/** The day the member leaves for age, given the highest-ranked post held in the team. */
export function leavingFor(
  person: { birthDate: Date; gender: Gender },
  post: { rank: Rank; isPrincipal: boolean },
  profile: ResolvedProfile,
): Leaving {
  const t = profile.params.dp.team;
  const base = retirementBaseYears(person.gender, post.rank, retirementAgesOf(profile));
  const on = retirementDate(person.birthDate, person.gender, base);
  const age = Math.floor(retirementAgeMonths(person.birthDate, person.gender, base) / 12);
  const limit = post.isPrincipal ? t.principalPostMaxAge : t.deputyPostMaxAge;
  if (limit != null) {
    const limitOn = dateTurning(person.birthDate, limit);
    if (limitOn.getTime() < on.getTime()) return { on: limitOn, reason: "POST_AGE_LIMIT", age: limit };
  }
  return { on, reason: "RETIREMENT", age };
}
