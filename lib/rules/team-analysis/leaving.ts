// When a team member leaves the team for age (DP-TEAM-TURNOVER): the statutory retirement age
// (the profile's: men, women, women at 处级) or the age limit of the post held (正职/副职, when
// the profile sets one), whichever comes first. "年满" reading: the birthday itself is the day.
import { dateTurning } from "../age";
import type { Gender, Rank } from "../model/enums";
import type { ResolvedProfile } from "../profiles/types";
import type { LeavingReason } from "./types";

const DIVISION: ReadonlySet<Rank> = new Set(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY"]);

export interface Leaving {
  on: Date;
  reason: LeavingReason;
  /** the age reached that day */
  age: number;
}

export function retirementAge(gender: Gender, rank: Rank, profile: ResolvedProfile): number {
  const t = profile.params.dp.team;
  if (gender === "MALE") return t.retirementAgeMale;
  return DIVISION.has(rank) ? t.retirementAgeFemaleDivision : t.retirementAgeFemale;
}

/** The day the member leaves for age, given the highest-ranked post held in the team. */
export function leavingFor(
  person: { birthDate: Date; gender: Gender },
  post: { rank: Rank; isPrincipal: boolean },
  profile: ResolvedProfile,
): Leaving {
  const t = profile.params.dp.team;
  const retire = retirementAge(person.gender, post.rank, profile);
  let best: Leaving = { on: dateTurning(person.birthDate, retire), reason: "RETIREMENT", age: retire };
  const limit = post.isPrincipal ? t.principalPostMaxAge : t.deputyPostMaxAge;
  if (limit != null && limit < retire) {
    best = { on: dateTurning(person.birthDate, limit), reason: "POST_AGE_LIMIT", age: limit };
  }
  return best;
}
