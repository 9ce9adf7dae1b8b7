import "server-only";
// A 花名册 row as cadre columns: the patch compared with a stored record, and the columns of a
// new one. A blank optional cell is not invented: a new cadre without 编制类型 is left 待补充.
import type { CadrePatch } from "@/lib/import/cadre-patch";
import type { RosterRowDraft } from "@/lib/import/roster-row";
import { namePinyinOf } from "@/lib/format/name-pinyin";
import { looseDateToDate } from "@/lib/lrmx/loose-date";
import { newId, type PlanCreate } from "./plan";

export function rosterPatch(d: RosterRowDraft): CadrePatch {
  return {
    name: d.name,
    gender: d.gender,
    birth: d.birthDate.toISOString().slice(0, 10),
    ethnicity: d.ethnicity,
    politicalStatus: d.politicalStatus,
    democraticParty: d.democraticParty,
    unitId: d.unitId,
    nativePlace: d.nativePlace,
    birthplace: d.birthplace,
    partyJoin: d.partyJoin,
    workStart: d.workStart,
    health: d.health,
    currentPostTitle: d.currentPost,
    rank: d.rank,
    rankSince: d.rankSince,
    grade: d.grade,
    gradeSince: d.gradeSince,
    establishmentType: d.establishmentType,
    professionalTitle: d.professionalTitle,
    expertise: d.expertise,
    familiarDomains: d.familiarDomains,
    fullTime: d.fullTime,
    partTime: d.partTime,
  };
}

export function rosterCreateData(d: RosterRowDraft): PlanCreate["data"] {
  const date = (v: string | undefined) => (v ? looseDateToDate(v) : null);
  return {
    id: newId(),
    name: d.name,
    ...namePinyinOf(d.name),
    gender: d.gender,
    birthDate: d.birthDate,
    ethnicity: d.ethnicity,
    politicalStatus: d.politicalStatus,
    democraticParty: d.democraticParty,
    unitId: d.unitId,
    nativePlace: d.nativePlace ?? null,
    birthplace: d.birthplace ?? null,
    partyJoinDate: date(d.partyJoin),
    workStartDate: date(d.workStart),
    health: d.health ?? "HEALTHY",
    currentPostTitle: d.currentPost ?? null,
    rank: d.rank ?? null,
    rankSince: date(d.rankSince),
    grade: d.grade ?? null,
    gradeSince: date(d.gradeSince),
    establishmentType: d.establishmentType ?? null,
    status: "SERVING",
    professionalTitle: d.professionalTitle ?? null,
    expertise: d.expertise ?? null,
    familiarDomains: d.familiarDomains ?? [],
  };
}
