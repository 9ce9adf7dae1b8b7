import "server-only";
import {
  RANKS,
  type PostFact,
  type PromotionFact,
  type Rank,
  type StaffCadreFact,
  type StaffingAppointmentFact,
  type UnitFact,
  type UnitType,
  type EducationRecordFact,
} from "@/lib/rules";
import { prisma } from "@/lib/server/db";

export interface StaffingFacts {
  units: UnitFact[];
  posts: PostFact[];
  /** every appointment, past and present: a past reference date recomputes from history */
  appointments: StaffingAppointmentFact[];
  promotions: PromotionFact[];
}

type UnitRow = { id: string; name: string; type: UnitType; sectionLeaderPostCount: number; isPartyGovDept: boolean };
type PostRow = {
  id: string;
  unitId: string;
  title: string;
  isPrincipal: boolean;
  isPartyGovHead: boolean;
  rank: Rank;
  isKeyPost: boolean;
  isLeadership: boolean;
};
type AppointmentRow = {
  id: string;
  postId: string;
  cadreId: string;
  startDate: Date;
  endDate: Date | null;
  supervisorCadreId: string | null;
  birthDate: Date;
  gender: "MALE" | "FEMALE";
};
type EducationRow = EducationRecordFact & { cadreId: string };

const day = (d: Date | string) => (d instanceof Date ? d : new Date(`${d}T00:00:00Z`));

// Raw SQL: the dashboard loads every appointment of the district (≈160,000 rows at 100,000
// cadres); selecting only these columns keeps it to a few hundred milliseconds.
async function rows() {
  return Promise.all([
    prisma.$queryRaw<
      UnitRow[]
    >`select id, name, type::text as type, "sectionLeaderPostCount", "isPartyGovDept" from "Unit" where "archivedAt" is null`,
    prisma.$queryRaw<
      PostRow[]
    >`select p.id, p."unitId", p.title, p."isPrincipal", p."isPartyGovHead", p.rank::text as rank, p."isKeyPost", p."isLeadership"
      from "Post" p join "Unit" u on u.id = p."unitId" where p."archivedAt" is null and u."archivedAt" is null`,
    prisma.$queryRaw<
      AppointmentRow[]
    >`select a.id, a."postId", a."cadreId", a."startDate", a."endDate", a."supervisorCadreId", c."birthDate", c.gender::text as gender
      from "Appointment" a join "Cadre" c on c.id = a."cadreId" where c."archivedAt" is null order by a."cadreId", a."startDate", a.id`,
    prisma.$queryRaw<
      EducationRow[]
    >`select "cadreId", level::text as level, degree::text as degree, "fullTime", "is985", "is211", "isDoubleFirstClass", "graduationDate"
      from "EducationRecord"`,
  ]);
}

/** Units, posts, appointment history and derived promotions for evaluateStaffing. */
export async function loadStaffingFacts(): Promise<StaffingFacts> {
  const [unitRows, postRows, apptRows, eduRows] = await rows();
  const units: UnitFact[] = unitRows;
  const posts: PostFact[] = postRows;
  const postById = new Map(posts.map((p) => [p.id, p]));
  const unitById = new Map(units.map((u) => [u.id, u]));

  const education = new Map<string, EducationRecordFact[]>();
  for (const { cadreId, ...e } of eduRows) {
    const list = education.get(cadreId) ?? [];
    list.push({ ...e, graduationDate: e.graduationDate ? day(e.graduationDate) : null });
    education.set(cadreId, list);
  }

  // One StaffCadreFact per person, shared by reference by all their appointments.
  const people = new Map<string, StaffCadreFact>();
  const appointments: StaffingAppointmentFact[] = [];
  const promotions: PromotionFact[] = [];
  let previous = null as { cadreId: string; rank: Rank } | null;
  for (const r of apptRows) {
    const post = postById.get(r.postId);
    let cadre = people.get(r.cadreId);
    if (!cadre) {
      cadre = {
        id: r.cadreId,
        birthDate: day(r.birthDate),
        gender: r.gender,
        education: education.get(r.cadreId) ?? [],
      };
      people.set(r.cadreId, cadre);
    }
    const startDate = day(r.startDate);
    if (post) {
      appointments.push({
        id: r.id,
        postId: r.postId,
        cadre,
        startDate,
        endDate: r.endDate ? day(r.endDate) : null,
        supervisorCadreId: r.supervisorCadreId,
      });
      // A move to a higher rank than the cadre's previous post is a promotion (rows are ordered
      // by cadre, then start date).
      const unit = unitById.get(post.unitId);
      if (unit && previous?.cadreId === r.cadreId && RANKS.indexOf(post.rank) < RANKS.indexOf(previous.rank)) {
        promotions.push({
          id: r.id,
          cadreId: r.cadreId,
          birthDate: cadre.birthDate,
          promotedOn: startDate,
          toRank: post.rank,
          unitId: unit.id,
          unitType: unit.type,
          isPrincipal: post.isPrincipal,
          isPartyGovDept: unit.isPartyGovDept || unit.type === "PARTY_GOV_DEPT",
        });
      }
      previous = { cadreId: r.cadreId, rank: post.rank };
    }
  }
  return { units, posts, appointments, promotions };
}
