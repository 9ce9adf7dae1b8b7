import { beforeAll, describe, expect, it } from "vitest";
import type { DashboardModel } from "@/lib/dashboard/model";
import { clearDashboardCache, dataStamp } from "@/lib/server/dashboard/dashboard-cache";
import { districtFacts, factsStats } from "@/lib/server/dashboard/district-facts";
import { factsOn } from "@/lib/server/dashboard/facts-on";
import { dashboardFrom } from "@/lib/server/dashboard/get-dashboard";
import { derivationOf } from "@/lib/rules";
import { compactAppointments } from "@/lib/rules/staffing/compact-appointments";
import { loadDistrictFacts, type DistrictFacts } from "@/lib/server/dashboard/load-facts";
import { prisma } from "@/lib/server/db";
import { appointCadre, endAppointment } from "@/lib/server/units/appointments";
import type { Actor } from "@/lib/auth/actor";
import { actorOf, createTestUser } from "../../support/users";
import { createCadreBorn, createStreetWithTeam, d, EXCEPTION } from "../units/team-fixture";
import { useFallbackProfile } from "./fallback-profile";

// After each change the dashboard applies what the change log says it touched to the facts it
// keeps (lib/server/dashboard/change-log.ts, apply-changes.ts) instead of reading them whole.
// At every step of a series of changes — through the app, through Prisma and in raw SQL — the
// facts kept up to date must equal the facts read whole, and so must the dashboards of today and
// a year earlier computed from them.
const NOW = new Date("2026-06-30T04:00:00Z");
const DAYS = [d("2026-06-30"), d("2025-06-30")];

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The facts as plain data in one order (reviews, events and trainings come in no order from SQL). */
async function plain(f: DistrictFacts) {
  const promotions = await f.promotions.between(d("2022-01-01"), d("2026-12-31"));
  return {
    counter: f.counter,
    profile: f.active.profile.key,
    units: f.staffing.units,
    posts: f.staffing.posts,
    appointments: f.staffing.appointments,
    promotions,
    entries: f.entries,
    reviews: [...f.reviews].sort(
      (a, b) => byteOrder(a.poolEntryId, b.poolEntryId) || a.reviewedOn.getTime() - b.reviewedOn.getTime(),
    ),
    events: [...f.nominationEvents].sort(
      (a, b) => byteOrder(a.nominationId, b.nominationId) || a.occurredAt.getTime() - b.occurredAt.getTime(),
    ),
    trainings: [...(f.trainings ?? new Map()).entries()]
      .map(([cadreId, list]) => [
        cadreId,
        [...list].sort((a, b) => byteOrder(`${a.id}${a.completed}`, `${b.id}${b.completed}`)),
      ])
      .sort((a, b) => byteOrder(a[0] as string, b[0] as string)),
  };
}

const withoutClock = (m: DashboardModel) => ({ ...m, computedAt: "", timings: { loadMs: 0, computeMs: 0 } });

let leader: Actor;
let org: Actor;

/** The kept facts brought up to date (never read whole) equal a whole read, facts and dashboards. */
async function expectUpToDate(step: string, how: "applied" | "whole" = "applied"): Promise<DistrictFacts> {
  const before = factsStats();
  const kept = await districtFacts(await dataStamp());
  const after = factsStats();
  expect(after[how] - before[how], `${step}: ${how}`).toBe(1);
  const whole = await loadDistrictFacts();
  expect(await plain(kept), step).toEqual(await plain(whole));
  for (const day of DAYS) {
    expect(withoutClock(await dashboardFrom(kept, leader, day)), `${step}, ${day.toISOString()}`).toEqual(
      withoutClock(await dashboardFrom(whole, leader, day)),
    );
  }
  return kept;
}

/** Whether the rules patched the day's compact staffing arrays from the facts before (not built whole). */
async function patchedStaffing(f: DistrictFacts): Promise<boolean> {
  const s = (await factsOn(f, DAYS[0], [])).staffing;
  return (
    derivationOf(s.appointments) !== undefined && compactAppointments(s.units, s.posts, s.appointments).from !== null
  );
}

describe("the dashboard's facts after a change: the touched rows read again equal the whole facts read again", () => {
  useFallbackProfile();
  beforeAll(async () => {
    org = actorOf(await createTestUser("ORG_STAFF"));
    leader = actorOf(await createTestUser("LEADER"));
    clearDashboardCache();
    await districtFacts(await dataStamp());
  });

  it("new cadre, appointment, pool entry, review and exit, education, archive, unit and post changes, birth date and gender in raw SQL, a unit moved, a nomination, a training; a gap in the log reads them whole", async () => {
    const { unit, secretary, deputy, staff } = await createStreetWithTeam();
    await expectUpToDate("a street with three posts");

    const young = await createCadreBorn(unit.id, "林晓", "1988-04-02", "FEMALE");
    await expectUpToDate("a new cadre");

    const { id: apptId } = await appointCadre(
      org,
      {
        postId: deputy.id,
        postVersion: 1,
        cadreId: young.id,
        startDate: d("2024-03-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );
    const appointed = await expectUpToDate("an appointment to the 副主任 post (the app)");
    expect(await patchedStaffing(appointed), "the appointment: staffing patched").toBe(true);

    const old = await createCadreBorn(unit.id, "老书记", "1970-01-01");
    await appointCadre(
      org,
      {
        postId: secretary.id,
        postVersion: 1,
        cadreId: old.id,
        startDate: d("2019-01-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );
    const entry = await prisma.poolEntry.create({
      data: {
        cadreId: young.id,
        tier: "SECTION",
        domain: "党务",
        source: "ORG_INVESTIGATION",
        enteredOn: d("2025-01-10"),
      },
    });
    await expectUpToDate("a secretary and a pool entry in one step");

    const before = await districtFacts(await dataStamp());
    await prisma.educationRecord.create({
      data: {
        cadreId: young.id,
        level: "MASTER_STUDY",
        school: "某大学",
        degree: "MASTER",
        fullTime: false,
        graduationDate: d("2026-01-15"),
      },
    });
    await prisma.poolReview.create({
      data: { poolEntryId: entry.id, year: 2025, reviewedOn: d("2025-12-01"), conclusion: "KEEP" },
    });
    const reviewed = await expectUpToDate("an education record and a review");

    await endAppointment(
      org,
      { appointmentId: apptId, version: 1, endDate: d("2026-05-31"), endReason: "ROTATED" },
      NOW,
    );
    await prisma.poolEntry.update({
      where: { id: entry.id },
      data: { closedOn: d("2026-06-01"), exitReason: "PROMOTED" },
    });
    expect(reviewed.staffing, "a pool-only change keeps the staffing facts").toBe(before.staffing);
    const ended = await expectUpToDate("the appointment ended and the entry closed");
    expect(await patchedStaffing(ended), "an appointment ended: staffing patched").toBe(true);

    await prisma.cadre.update({ where: { id: old.id }, data: { archivedAt: new Date() } });
    await expectUpToDate("the secretary archived");

    await prisma.unit.update({ where: { id: unit.id }, data: { type: "SCHOOL", sectionLeaderPostCount: 7 } });
    await prisma.post.update({ where: { id: staff.id }, data: { title: "教师" } });
    await expectUpToDate("the street became a school (its staff post now counts)");

    await prisma.$executeRawUnsafe(`update "Cadre" set "birthDate" = date '1992-02-29' where id = $1`, young.id);
    await prisma.$executeRawUnsafe(`update "Post" set rank = 'SECTION_PRINCIPAL' where id = $1`, deputy.id);
    await expectUpToDate("a birth date and a post's rank changed in raw SQL");

    await prisma.$executeRawUnsafe(`update "Cadre" set gender = 'MALE' where id = $1`, young.id);
    const gender = await expectUpToDate("a gender edited in raw SQL");
    expect(await patchedStaffing(gender), "a gender edited: staffing patched").toBe(true);

    const parent = await prisma.unit.create({ data: { code: "INC-PARENT", name: "上级单位", type: "DISTRICT_UNIT" } });
    const unmoved = await districtFacts(await dataStamp());
    await prisma.unit.update({ where: { id: unit.id }, data: { parentId: parent.id } });
    const moved = await expectUpToDate("the unit moved under another parent");
    expect(moved.staffing.posts, "a move re-reads the unit's posts, equal to the kept ones").toBe(
      unmoved.staffing.posts,
    );

    const nomination = await prisma.nomination.create({
      data: { cadreId: young.id, unitId: unit.id, tier: "SECTION", stage: "INVESTIGATED" },
    });
    await prisma.nominationEvent.create({
      data: { nominationId: nomination.id, toStage: "INVESTIGATED", occurredAt: new Date("2026-04-20T02:00:00Z") },
    });
    const training = await prisma.training.create({
      data: {
        name: "年轻干部培训班",
        kind: "YOUNG_CADRE_CLASS",
        startDate: d("2026-03-01"),
        endDate: d("2026-03-20"),
        hours: 80,
      },
    });
    await prisma.trainingAttendance.create({ data: { trainingId: training.id, cadreId: young.id, completed: true } });
    await expectUpToDate("a nomination and a training attended");

    // a counter whose log rows are gone (pruned, or written by a writer without the log trigger)
    await prisma.$transaction([prisma.cadre.update({ where: { id: young.id }, data: { ethnicity: "回族" } })]);
    await prisma.$executeRawUnsafe(`delete from "DataChangeLog" where counter = (select counter from "DataChange")`);
    await expectUpToDate("a gap in the log", "whole");
  });
});
