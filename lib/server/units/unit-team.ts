import "server-only";
import type { AppointmentEndReason, Gender, Rank, UnitType } from "@/lib/generated/prisma/enums";
import { ageOn } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { unitScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { teamStructure, type TeamStructure } from "@/lib/units/team-structure";
import { activeOn } from "./active-on";
import { refusedRead } from "@/lib/server/audit";

/** Holders shown per non-leadership post (a unit's 科员 post can hold hundreds). */
const HOLDERS_SHOWN = 30;
const HISTORY_SHOWN = 40;

const HOLDER = {
  id: true,
  startDate: true,
  endDate: true,
  endReason: true,
  documentNo: true,
  version: true,
  cadre: { select: { id: true, name: true, gender: true, birthDate: true, rank: true } },
} as const;

export interface TeamHolder {
  appointmentId: string;
  version: number;
  cadreId: string;
  name: string;
  gender: Gender;
  birthDate: Date;
  age: number;
  startDate: Date;
  documentNo: string | null;
}

export interface TeamPost {
  id: string;
  version: number;
  title: string;
  rank: Rank;
  isPrincipal: boolean;
  isPartyGovHead: boolean;
  isLeadership: boolean;
  isKeyPost: boolean;
  holders: TeamHolder[];
  /** all holders on asOf (holders lists at most HOLDERS_SHOWN of them) */
  holderCount: number;
}

export interface UnitTeam {
  unit: {
    id: string;
    code: string;
    name: string;
    shortName: string | null;
    type: UnitType;
    version: number;
    sectionLeaderPostCount: number;
    isPartyGovDept: boolean;
    parent: { id: string; name: string } | null;
  };
  asOf: Date;
  /** the 班子: leadership posts of the unit's top level (处级 in division-level units) */
  team: TeamPost[];
  /** 科级 leadership posts below a division-level team (科长, 副科长, 所长 …) */
  sectionPosts: TeamPost[];
  /** 中层 and non-leadership posts */
  otherPosts: TeamPost[];
  teamStructure: TeamStructure;
  /** posts nobody holds on asOf, in the team and among the 科级 leadership posts */
  vacancies: { team: number; section: number };
  history: {
    appointmentId: string;
    postTitle: string;
    cadreName: string;
    startDate: Date;
    endDate: Date;
    endReason: AppointmentEndReason | null;
  }[];
}

const DIVISION: readonly Rank[] = ["DIVISION_PRINCIPAL", "DIVISION_DEPUTY"];

/**
 * A unit's posts and who holds them on asOf, with the team's age structure and the recent
 * departures. A unit outside the actor's scope is not found.
 */
export async function getUnitTeam(actor: Actor, unitId: string, asOf: Date, aboutTolerance = 2): Promise<UnitTeam> {
  const unit = await prisma.unit.findFirst({
    where: { AND: [{ id: unitId }, unitScope(actor)] },
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      type: true,
      version: true,
      sectionLeaderPostCount: true,
      isPartyGovDept: true,
      parent: { select: { id: true, name: true } },
    },
  });
  if (!unit) throw await refusedRead(actor, "Unit", unitId, "单位");
  const [posts, history] = await Promise.all([
    prisma.post.findMany({
      where: { unitId: unit.id, archivedAt: null },
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
      select: {
        id: true,
        version: true,
        title: true,
        rank: true,
        isPrincipal: true,
        isPartyGovHead: true,
        isLeadership: true,
        isKeyPost: true,
        appointments: { where: activeOn(asOf), orderBy: { startDate: "asc" }, take: HOLDERS_SHOWN, select: HOLDER },
        _count: { select: { appointments: { where: activeOn(asOf) } } },
      },
    }),
    prisma.appointment.findMany({
      where: { post: { unitId: unit.id, isLeadership: true }, endDate: { not: null, lt: asOf } },
      orderBy: [{ endDate: "desc" }, { id: "asc" }],
      take: HISTORY_SHOWN,
      select: { ...HOLDER, post: { select: { title: true } } },
    }),
  ]);
  const toPost = (p: (typeof posts)[number]): TeamPost => ({
    id: p.id,
    version: p.version,
    title: p.title,
    rank: p.rank,
    isPrincipal: p.isPrincipal,
    isPartyGovHead: p.isPartyGovHead,
    isLeadership: p.isLeadership,
    isKeyPost: p.isKeyPost,
    holderCount: p._count.appointments,
    holders: p.appointments.map((a) => ({
      appointmentId: a.id,
      version: a.version,
      cadreId: a.cadre.id,
      name: a.cadre.name,
      gender: a.cadre.gender,
      birthDate: a.cadre.birthDate,
      age: ageOn(a.cadre.birthDate, asOf),
      startDate: a.startDate,
      documentNo: a.documentNo,
    })),
  });
  const all = posts.map(toPost);
  const leadership = all.filter((p) => p.isLeadership);
  const divisionLevel = leadership.some((p) => DIVISION.includes(p.rank));
  const team = divisionLevel ? leadership.filter((p) => DIVISION.includes(p.rank)) : leadership;
  const sectionPosts = divisionLevel ? leadership.filter((p) => !DIVISION.includes(p.rank)) : [];
  const members = team.flatMap((p) => p.holders);
  return {
    unit,
    asOf,
    team,
    sectionPosts,
    otherPosts: all.filter((p) => !p.isLeadership),
    teamStructure: teamStructure(uniqueByCadre(members), asOf, aboutTolerance),
    vacancies: {
      team: team.filter((p) => p.holderCount === 0).length,
      section: sectionPosts.filter((p) => p.holderCount === 0).length,
    },
    history: history.map((a) => ({
      appointmentId: a.id,
      postTitle: a.post.title,
      cadreName: a.cadre.name,
      startDate: a.startDate,
      endDate: a.endDate as Date,
      endReason: a.endReason,
    })),
  };
}

// One person holding two team posts (书记 who is also 主任) counts once in the age structure.
function uniqueByCadre(holders: TeamHolder[]): TeamHolder[] {
  const seen = new Map<string, TeamHolder>();
  for (const h of holders) if (!seen.has(h.cadreId)) seen.set(h.cadreId, h);
  return [...seen.values()];
}
