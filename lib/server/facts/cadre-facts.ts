import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CadreFacts } from "@/lib/rules";
import { prisma } from "@/lib/server/db";

// Everything evaluateCandidate reads about one cadre. Prisma loads each relation with one
// query for the whole batch (no N+1), so loading 1 or 500 cadres costs the same round trips.
export const CADRE_FACTS_INCLUDE = {
  unit: { select: { type: true } },
  educationRecords: true,
  rankRecords: { where: { archivedAt: null }, select: { rank: true, grade: true, startDate: true, endDate: true } },
  appointments: { include: { post: { include: { unit: { select: { type: true } } } } } },
  assessments: true,
  sanctions: { where: { archivedAt: null } },
  familyMembers: { where: { archivedAt: null } },
  personalMattersReports: { where: { archivedAt: null } },
  trainingAttendances: { include: { training: true } },
  practices: { include: { hostUnit: { select: { type: true } } } },
  talks: true,
  poolEntries: { select: { source: true } },
} satisfies Prisma.CadreInclude;

export type CadreFactsRow = Prisma.CadreGetPayload<{ include: typeof CADRE_FACTS_INCLUDE }>;

/**
 * Maps one database row (loaded with CADRE_FACTS_INCLUDE) to the rules engine's facts: the
 * whole history (appointments, 职务层次/职级 periods, education with graduation dates, dated
 * assessments and sanctions), so one set of facts answers for any reference date — the rules
 * take asOf and read what was held, completed and known on it.
 */
export function toCadreFacts(c: CadreFactsRow): CadreFacts {
  return {
    id: c.id,
    birthDate: c.birthDate,
    gender: c.gender,
    ethnicity: c.ethnicity,
    politicalStatus: c.politicalStatus,
    education: c.educationRecords.map((e) => ({
      level: e.level,
      degree: e.degree,
      fullTime: e.fullTime,
      is985: e.is985,
      is211: e.is211,
      isDoubleFirstClass: e.isDoubleFirstClass,
      graduationDate: e.graduationDate,
    })),
    rank: c.rank,
    rankSince: c.rankSince,
    grade: c.grade,
    gradeSince: c.gradeSince,
    // the history: the rules read the rank held on their reference date from it (rankOn)
    rankRecords: c.rankRecords,
    establishmentType: c.establishmentType,
    status: c.status,
    health: c.health,
    unitType: c.unit?.type ?? null,
    workStartDate: c.workStartDate,
    appointments: c.appointments.map((a) => ({
      id: a.id,
      postId: a.postId,
      unitId: a.post.unitId,
      unitType: a.post.unit.type,
      title: a.post.title,
      isPrincipal: a.post.isPrincipal,
      isPartyGovHead: a.post.isPartyGovHead,
      rank: a.post.rank,
      isKeyPost: a.post.isKeyPost,
      isMiddleLevel: !a.post.isLeadership,
      startDate: a.startDate,
      endDate: a.endDate,
      supervisorCadreId: a.supervisorCadreId,
    })),
    assessments: c.assessments.map((a) => ({ year: a.year, grade: a.grade })),
    sanctions: c.sanctions.map((s) => ({
      id: s.id,
      kind: s.kind,
      decidedOn: s.decidedOn,
      effectEndsOn: s.effectEndsOn,
      tolerated: s.tolerated,
      revokedAt: s.revokedAt,
    })),
    familyMembers: c.familyMembers.map((f) => ({ relation: f.relation, deceased: f.deceased, emigrated: f.emigrated })),
    lowPublicRecognition: c.lowPublicRecognition,
    canvassingRecorded: c.canvassingRecorded,
    otherExclusionNote: c.otherExclusionNote,
    personalMattersReports: c.personalMattersReports.map((p) => ({ year: p.year, falseOrMissing: p.falseOrMissing })),
    trainings: c.trainingAttendances.map((t) => ({
      id: t.training.id,
      kind: t.training.kind,
      startDate: t.training.startDate,
      endDate: t.training.endDate,
      hours: t.training.hours,
      fullTimeOffJob: t.training.fullTimeOffJob,
      completed: t.completed,
    })),
    practices: c.practices.map((p) => ({
      id: p.id,
      kind: p.kind,
      hostUnitType: p.hostUnit?.type ?? null,
      startDate: p.startDate,
      plannedEndDate: p.plannedEndDate,
      actualEndDate: p.actualEndDate,
      specialAssessedOn: p.specialAssessedOn,
    })),
    talks: c.talks.map((t) => ({
      kind: t.kind,
      talkedOn: t.talkedOn,
      problemRecorded: t.problemRecorded,
      errorTolerated: t.errorTolerated,
    })),
    foundByCompetitiveSelection: c.poolEntries.some(
      (p) => p.source === "COMPETITIVE_SELECTION" || p.source === "EXCHANGE",
    ),
  };
}

/**
 * Facts for the given cadres. Callers pass ids they have already read through the actor's
 * scope (e.g. from getCadre or a scoped list), so this loader does not widen anyone's view.
 */
export async function loadCadreFacts(ids: readonly string[]): Promise<Map<string, CadreFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.cadre.findMany({ where: { id: { in: [...ids] } }, include: CADRE_FACTS_INCLUDE });
  return new Map(rows.map((r) => [r.id, toCadreFacts(r)]));
}
