// Per-member facts of a team on asOf: posts held, age, education, years in post, the day they
// leave for age (within the horizon), rotation due (ZZ15-ROT-*), sanction in effect.
import { ageOn } from "../age";
import { sanctionState } from "../candidate/sanctions";
import { describeEducation, highestEducation } from "../education";
import { RANKS } from "../model/enums";
import type { ResolvedProfile } from "../profiles/types";
import { rotationDue } from "../schedule/rotation";
import type { RotationAppointmentFact, RotationItem } from "../schedule/rotation-facts";
import { addYears } from "../util/dates";
import { leavingFor } from "./leaving";
import type { MemberRow, TeamFacts, TeamMemberFact, TeamPostFact, TeamSeatFact } from "./types";

const RANK_ORDER: readonly string[] = RANKS;
const CPC: ReadonlySet<string> = new Set(["CPC_MEMBER", "CPC_PROBATIONARY"]);

export interface MemberFigures {
  rows: MemberRow[];
  /** the ZZ15-ROT-* items due on asOf and not exempt */
  rotation: RotationItem[];
}

function rotationFacts(team: TeamFacts, posts: Map<string, TeamPostFact>, m: TeamMemberFact, seats: TeamSeatFact[]) {
  const base = { cadreId: m.cadreId, gender: m.gender, birthDate: m.birthDate, unitId: team.unit.id };
  const out: RotationAppointmentFact[] = (m.priorAppointments ?? []).map((a) => ({ ...base, ...a }));
  seats.forEach((s, i) => {
    const p = posts.get(s.postId)!;
    out.push({
      ...base,
      id: s.appointmentId ?? `${m.cadreId}:${s.postId}:${i}`,
      postId: s.postId,
      rank: p.rank,
      isPrincipal: p.isPrincipal,
      isKeyPost: p.isKeyPost,
      startDate: s.startDate,
      endDate: null,
      supervisorCadreId: s.supervisorCadreId ?? null,
    });
  });
  return out;
}

export function memberFigures(team: TeamFacts, asOf: Date, profile: ResolvedProfile): MemberFigures {
  const posts = new Map(team.posts.map((p) => [p.id, p]));
  const seatsOf = new Map<string, TeamSeatFact[]>();
  for (const s of team.seats) {
    if (!posts.has(s.postId)) continue;
    const list = seatsOf.get(s.cadreId);
    if (list) list.push(s);
    else seatsOf.set(s.cadreId, [s]);
  }
  const horizon = addYears(asOf, profile.params.dp.team.turnoverYears).getTime();
  const appts: RotationAppointmentFact[] = [];
  const rows: MemberRow[] = [];
  for (const m of team.members) {
    const seats = seatsOf.get(m.cadreId);
    if (!seats) continue;
    appts.push(...rotationFacts(team, posts, m, seats));
    const held = seats.map((s) => posts.get(s.postId)!);
    // the highest post held decides the age limit (书记兼主任: the 正职)
    const top = [...held].sort(
      (a, b) =>
        RANK_ORDER.indexOf(a.rank) - RANK_ORDER.indexOf(b.rank) || Number(b.isPrincipal) - Number(a.isPrincipal),
    )[0];
    const leaving = leavingFor(m, top, profile);
    const within = leaving.on.getTime() <= horizon;
    const since = seats.reduce((d, s) => (s.startDate < d ? s.startDate : d), seats[0].startDate);
    rows.push({
      cadreId: m.cadreId,
      name: m.name,
      postTitles: held.map((p) => p.title),
      age: ageOn(m.birthDate, asOf),
      gender: m.gender,
      nonCpc: !CPC.has(m.politicalStatus),
      education: describeEducation(highestEducation(m.education, {}, asOf)),
      yearsInPost: since.getTime() <= asOf.getTime() ? ageOn(since, asOf) : 0,
      leavesOn: within ? leaving.on : null,
      leavingReason: within ? leaving.reason : null,
      rotationDue: false,
      sanctionInEffect: m.sanctions.some((s) => sanctionState(s, asOf) === "IN_EFFECT"),
    });
  }
  const rotation = rotationDue(appts, profile, asOf).filter((r) => r.status === "DUE" && !r.exempt);
  const due = new Set(rotation.flatMap((r) => r.cadreIds));
  for (const r of rows) r.rotationDue = due.has(r.cadreId);
  return { rows, rotation };
}
