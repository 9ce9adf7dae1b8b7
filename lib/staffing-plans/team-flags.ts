// The team-analysis flags (lib/rules/team-analysis, issue 22 item 1) of a team in a staffing
// index — the real one or a plan's copy — so a plan shows which warnings a move raises or
// clears. A plan knows its people's birth dates, gender and education and who sits in which
// post, which decides the flags of age (no cadre of about 40), turnover (members leaving within
// the horizon) and 职数 (vacancies, over establishment). Sanctions and rotation need the whole
// record and stay on the real team's page: a plan never shows them.
import {
  analyzeTeam,
  type FlagKind,
  type Holder,
  type PostFact,
  type ResolvedProfile,
  type StaffingIndex,
  type TeamFacts,
  type TeamFlag,
} from "@/lib/rules";

const PLAN_FLAGS: ReadonlySet<FlagKind> = new Set(["NO_ABOUT_40", "TURNOVER", "VACANCY", "OVER_ESTABLISHMENT"]);

export function planTeamFlags(
  idx: StaffingIndex,
  unitId: string,
  posts: readonly PostFact[],
  holders: readonly Holder[],
  profile: ResolvedProfile,
): TeamFlag[] {
  const unit = idx.unitsById.get(unitId);
  if (!unit) return [];
  const members = new Map<string, Holder>();
  for (const h of holders) if (!members.has(h.cadre.id)) members.set(h.cadre.id, h);
  const team: TeamFacts = {
    unit,
    posts: posts.map((p) => ({
      id: p.id,
      title: p.title,
      rank: p.rank,
      isPrincipal: p.isPrincipal,
      isPartyGovHead: p.isPartyGovHead,
      isKeyPost: p.isKeyPost,
    })),
    // the seat's start only matters to rotation, which a plan does not show
    seats: holders.map((h) => ({ postId: h.post.id, cadreId: h.cadre.id, startDate: idx.asOf })),
    members: [...members.values()].map((h) => ({
      cadreId: h.cadre.id,
      // names are the page's (recusal applies there); the flags below are read without them
      name: "",
      birthDate: h.cadre.birthDate,
      gender: h.cadre.gender,
      // not in a plan's facts and read by none of PLAN_FLAGS (only the discarded structure figures)
      politicalStatus: "CPC_MEMBER",
      education: h.cadre.education ?? [],
      sanctions: [],
    })),
  };
  return analyzeTeam(team, idx.asOf, { profile })
    .flags.filter((f) => PLAN_FLAGS.has(f.kind))
    .map((f) => (f.kind === "TURNOVER" ? { ...f, message: f.message.replace(/：[^：]*$/, "") } : f));
}
