// The figures of one team on asOf: posts, members, vacancies against 职数, 年龄梯次 with the
// ~40 / ~35 slots (D20-ST-*), women, non-CPC, minorities, education, years in post, members
// leaving within the horizon, rotation due and sanctions in effect.
import { ageOn } from "../age";
import { educationRank, hasEducation, highestEducation } from "../education";
import type { ResolvedProfile } from "../profiles/types";
import { aboutCeiling } from "../util/tolerance";
import { ageBands, averageAge } from "./age-bands";
import { memberFigures } from "./members";
import type { TeamFacts, TeamStructureFigures } from "./types";

const MASTER = educationRank("MASTER_STUDY");
const BACHELOR = educationRank("BACHELOR");

export function teamFigures(team: TeamFacts, asOf: Date, profile: ResolvedProfile): TeamStructureFigures {
  const { rows, rotation } = memberFigures(team, asOf, profile);
  const filled = new Set(team.seats.map((s) => s.postId));
  const filledPosts = team.posts.filter((p) => filled.has(p.id)).length;
  const establishment = team.establishment ?? team.posts.length;
  const vacancies =
    team.establishment == null ? team.posts.length - filledPosts : Math.max(0, team.establishment - filledPosts);
  const overEstablishment = team.establishment == null ? 0 : Math.max(0, filledPosts - team.establishment);
  const d20 = profile.params.d20.staffing;
  const tol = profile.params.conventions.aboutTolerance;
  const about40Ceiling = aboutCeiling(d20.street40About, tol);
  const about35Ceiling = aboutCeiling(d20.street35About, tol);
  const seated = new Set(rows.map((r) => r.cadreId));
  const members = team.members.filter((m) => seated.has(m.cadreId));
  const ages = members.map((m) => ageOn(m.birthDate, asOf));
  const levels = members.map((m) => highestEducation(m.education, {}, asOf));
  const rank = (l: (typeof levels)[number]) => (l ? educationRank(l.level) : 0);
  const years = rows.map((r) => r.yearsInPost);
  return {
    posts: team.posts.length,
    members: rows.length,
    vacancies,
    establishment,
    overEstablishment,
    women: members.filter((m) => m.gender === "FEMALE").length,
    nonCpc: rows.filter((r) => r.nonCpc).length,
    minority: members.filter((m) => m.ethnicity != null && m.ethnicity !== "汉族").length,
    averageAge: averageAge(ages),
    bands: ageBands(ages),
    about40: ages.filter((a) => a <= about40Ceiling).length,
    about35: ages.filter((a) => a <= about35Ceiling).length,
    about40Ceiling,
    about35Ceiling,
    postgraduate: levels.filter((l) => rank(l) >= MASTER).length,
    bachelor: levels.filter((l) => rank(l) === BACHELOR).length,
    belowBachelor: levels.filter((l) => rank(l) < BACHELOR).length,
    fullTimeBachelorPlus: members.filter((m) => hasEducation(m.education, "BACHELOR", { fullTimeOnly: true }, asOf))
      .length,
    averageYearsInPost: years.length ? Math.round((years.reduce((s, y) => s + y, 0) / years.length) * 10) / 10 : null,
    leaving: rows.filter((r) => r.leavesOn != null).length,
    leavingHorizonYears: profile.params.dp.team.turnoverYears,
    rotationDue: rows.filter((r) => r.rotationDue).length,
    sanctionsInEffect: rows.filter((r) => r.sanctionInEffect).length,
    memberRows: rows,
    rotationItems: rotation,
  };
}
