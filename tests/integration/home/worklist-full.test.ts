import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { day, toDay, type ResolvedProfile } from "@/lib/rules";
import { prisma } from "@/lib/server/db";
import { clearWorkLists, computeWorkList } from "@/lib/server/home/worklist";
import { windowReads } from "@/lib/server/home/worklist-windows";
import { currentStamp } from "@/lib/server/data-change/stamp";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { group, type WorkGroup, type WorkList } from "@/lib/worklist/model";
import { probationItem, tenureItem, type AppointmentRow } from "@/lib/worklist/people-items";
import { poolGroups, type PoolMember } from "@/lib/worklist/pool-items";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

// The loader's statements (the district's and a unit's forms: candidate appointments from an
// index, counts and first rows in SQL, the pool's reviews and trainings narrowed to what the
// rules read) against the full computation: every appointment, entry, review and attendance read
// through Prisma and passed to the same pure functions. As of 2026-12-07, unit A holds ten 副科长
// since 2021-12-10 (5 years on 2026-12-10: more than the 8 shown, equal start days ordered by id),
// the window's edges (started 2020-12-07: 5 years on 2025-12-07, out; 2020-12-08, in;
// 2022-06-07, in; 2022-06-08, out), a key 科员 post (in) and a plain one (out), a post held until
// 2027-03-01 (in), one ended 2026-11-30, an archived and a retired cadre (out), promotions of
// 2025-12-20 (probation ends 2026-12-19) and 2025-11-20 held until 2027-01-01 (ended 2026-11-19), a
// demotion of 2025-12-02 (none); unit B a 10-year 科长 since 2016-06-08 and a 科员 → 副科 promotion
// of 2026-01-10 (ends 2027-01-09). The ten 副科长 are pool members from 2024-06-01 + i days, some
// reviewed (2025-12-01, 2026-11-01, one dated 2027-01-05), with trainings of 2026 and 2023 completed, one of
// 2026 not completed and one ending 2026-12-18 (neither counts).
const TODAY = day(2026, 12, 7);
const KINDS = [
  "PROBATION_ENDING",
  "TENURE_5",
  "TENURE_8",
  "TENURE_10",
  "POOL_REVIEW_DUE",
  "POOL_AGING_OUT",
  "TRAINING_BEHIND",
  "NO_POOL_REVIEW",
] as const;
let org: Actor;
let unitUser: Actor;
let unitA = "";
let profile: ResolvedProfile;
let deputyA = "";
let lastEntry = "";

let seq = 0;
const cadre = (unitId: string, extra: { status?: "RETIRED"; archivedAt?: Date } = {}) =>
  prisma.cadre.create({
    data: {
      name: `全量${(seq += 1)}`,
      gender: seq % 3 ? "MALE" : "FEMALE",
      birthDate: toDay(`19${80 + (seq % 15)}-0${1 + (seq % 9)}-1${seq % 10}`),
      politicalStatus: "CPC_MEMBER",
      unitId,
      rank: "SECTION_DEPUTY",
      ...extra,
    },
  });
const appoint = (cadreId: string, postId: string, start: string, end?: string) =>
  prisma.appointment.create({
    data: { cadreId, postId, startDate: toDay(start), endDate: end ? toDay(end) : null },
  });

beforeAll(async () => {
  const [a, b] = [await createTestUnit(), await createTestUnit()];
  unitA = a.id;
  org = actorOf(await createTestUser("ORG_STAFF"));
  unitUser = actorOf(await createTestUser("UNIT", { unitId: a.id }));
  profile = (await getActiveProfile()).profile;
  const post = (unitId: string, rank: "SECTION_PRINCIPAL" | "SECTION_DEPUTY" | "STAFF", isKeyPost = false) =>
    prisma.post.create({ data: { unitId, title: `${rank}${isKeyPost ? "（关键）" : ""}`, rank, isKeyPost } });
  const [deputy, chief, staff, keyStaff, chiefB, deputyB, staffB] = [
    await post(a.id, "SECTION_DEPUTY"),
    await post(a.id, "SECTION_PRINCIPAL"),
    await post(a.id, "STAFF"),
    await post(a.id, "STAFF", true),
    await post(b.id, "SECTION_PRINCIPAL"),
    await post(b.id, "SECTION_DEPUTY"),
    await post(b.id, "STAFF"),
  ];
  deputyA = deputy.id;
  const members: string[] = [];
  for (let i = 0; i < 10; i++) {
    const c = await cadre(a.id);
    await appoint(c.id, deputy.id, "2021-12-10");
    members.push(c.id);
  }
  for (const [postId, start, end] of [
    [deputy.id, "2020-12-07"],
    [deputy.id, "2020-12-08"],
    [deputy.id, "2022-06-07"],
    [deputy.id, "2022-06-08"],
    [keyStaff.id, "2021-12-11"],
    [staff.id, "2021-12-11"],
    [chief.id, "2021-12-20", "2027-03-01"],
    [chief.id, "2021-12-15", "2026-11-30"],
  ] as const)
    await appoint((await cadre(a.id)).id, postId, start, end);
  await appoint((await cadre(a.id, { archivedAt: new Date() })).id, deputy.id, "2021-12-12");
  await appoint((await cadre(a.id, { status: "RETIRED" })).id, deputy.id, "2021-12-12");
  const p1 = await cadre(a.id);
  await appoint(p1.id, deputy.id, "2020-01-01", "2025-12-19");
  await appoint(p1.id, chief.id, "2025-12-20");
  const p2 = await cadre(a.id);
  await appoint(p2.id, chief.id, "2019-01-01", "2025-12-01");
  await appoint(p2.id, staff.id, "2025-12-02");
  const p3 = await cadre(a.id);
  await appoint(p3.id, deputy.id, "2018-03-01", "2025-11-19");
  await appoint(p3.id, chief.id, "2025-11-20", "2027-01-01");
  await appoint((await cadre(b.id)).id, chiefB.id, "2016-06-08");
  const p4 = await cadre(b.id);
  await appoint(p4.id, staffB.id, "2015-01-01", "2026-01-09");
  await appoint(p4.id, deputyB.id, "2026-01-10");

  const entries: { id: string }[] = [];
  for (const [i, cadreId] of [...members, p4.id].entries())
    entries.push(
      await prisma.poolEntry.create({
        data: { cadreId, tier: "SECTION", source: "ORG_INVESTIGATION", enteredOn: day(2024, 6, 1 + i) },
      }),
    );
  lastEntry = entries[9].id;
  const review = (i: number, year: number, on: string) =>
    prisma.poolReview.create({ data: { poolEntryId: entries[i].id, year, reviewedOn: toDay(on), conclusion: "KEEP" } });
  await review(0, 2025, "2025-12-01");
  await review(1, 2026, "2026-11-01");
  await review(1, 2025, "2025-11-20");
  await review(2, 2026, "2027-01-05");
  const training = (kind: "SPECIAL_TRAINING" | "PARTY_SPIRIT", start: string, end: string, hours: number) =>
    prisma.training.create({
      data: {
        name: kind,
        kind,
        startDate: toDay(start),
        endDate: toDay(end),
        hours,
        fullTimeOffJob: kind === "PARTY_SPIRIT",
      },
    });
  const t2026 = await training("SPECIAL_TRAINING", "2026-03-02", "2026-03-06", 40);
  const t2023 = await training("PARTY_SPIRIT", "2023-04-03", "2023-04-28", 120);
  const tLater = await training("SPECIAL_TRAINING", "2026-12-14", "2026-12-18", 40);
  for (const [t, cadreId, completed] of [
    [t2026, members[0], true],
    [t2026, members[1], true],
    [t2023, members[0], true],
    [t2026, members[2], false],
    [tLater, members[3], true],
  ] as const)
    await prisma.trainingAttendance.create({ data: { trainingId: t.id, cadreId, completed } });
});

const heldToday = (a: { startDate: Date; endDate: Date | null }) =>
  a.startDate <= TODAY && (a.endDate === null || a.endDate >= TODAY);
const byStart = <T extends { startDate: Date; appointmentId: string }>(x: T, y: T) =>
  x.startDate.getTime() - y.startDate.getTime() || (x.appointmentId < y.appointmentId ? -1 : 1);

/** Every group of KINDS from all records, through the pure functions alone. */
async function fullGroups(unitId: string | null): Promise<WorkGroup[]> {
  const inScope = { archivedAt: null, status: "SERVING" as const, ...(unitId ? { unitId } : {}) };
  const all = await prisma.appointment.findMany({ include: { post: { include: { unit: true } } } });
  const held = await prisma.appointment.findMany({
    where: { cadre: inScope },
    include: { post: { include: { unit: true } }, cadre: true },
  });
  const rows: AppointmentRow[] = held.filter(heldToday).map((a) => {
    const before = all
      .filter((b) => b.cadreId === a.cadreId && b.startDate < a.startDate)
      .sort((x, y) => y.startDate.getTime() - x.startDate.getTime())[0];
    return {
      cadreId: a.cadreId,
      name: a.cadre.name,
      unitName: a.post.unit.name,
      gender: a.cadre.gender,
      birthDate: a.cadre.birthDate,
      appointmentId: a.id,
      postTitle: a.post.title,
      rank: a.post.rank,
      isKeyPost: a.post.isKeyPost,
      startDate: a.startDate,
      previousRank: before?.post.rank ?? null,
    };
  });
  rows.sort(byStart);
  const probation = rows.map((r) => probationItem(r, TODAY, profile)).filter((x) => x != null);
  probation.sort((x, y) => x.dueOn!.localeCompare(y.dueOn!));
  const tracked = rows.filter((r) => r.rank !== "STAFF" || r.isKeyPost);
  const tenure = tracked.map((r) => tenureItem(r, TODAY, profile)).filter((x) => x != null);
  const tenureGroup = (k: "TENURE_5" | "TENURE_8" | "TENURE_10") => {
    const items = tenure.filter((t) => t.kind === k).map((t) => t.item);
    return group(k, items.length, items);
  };

  const open = await prisma.poolEntry.findMany({
    where: {
      cadre: inScope,
      enteredOn: { lte: TODAY },
      OR: [{ closedOn: null }, { closedOn: { gt: TODAY } }],
    },
    include: { cadre: { include: { unit: true } }, reviews: true },
    orderBy: [{ enteredOn: "asc" }, { id: "asc" }],
  });
  const members: PoolMember[] = open.map((e) => ({
    entry: {
      id: e.id,
      tier: e.tier,
      enteredOn: e.enteredOn,
      cadre: {
        id: e.cadre.id,
        gender: e.cadre.gender,
        birthDate: e.cadre.birthDate,
        ethnicity: e.cadre.ethnicity,
        politicalStatus: e.cadre.politicalStatus,
        education: [],
      },
    },
    name: e.cadre.name,
    unitName: e.cadre.unit?.name ?? "",
  }));
  const attended = await prisma.trainingAttendance.findMany({
    where: { cadreId: { in: members.map((m) => m.entry.cadre.id) }, training: { archivedAt: null } },
    include: { training: true },
  });
  const trainings = new Map(
    members.map((m) => [
      m.entry.cadre.id,
      attended.filter((x) => x.cadreId === m.entry.cadre.id).map(({ training: t, completed }) => ({ ...t, completed })),
    ]),
  );
  const reviews = open.flatMap((e) => e.reviews);
  return [
    group("PROBATION_ENDING", probation.length, probation),
    tenureGroup("TENURE_5"),
    tenureGroup("TENURE_8"),
    tenureGroup("TENURE_10"),
    ...poolGroups({ members, reviews, trainings }, profile, TODAY),
  ];
}

const pick = (groups: WorkGroup[]) =>
  Object.fromEntries(
    groups
      .filter((g) => (KINDS as readonly string[]).includes(g.kind) && g.count > 0)
      .map((g) => [g.kind, { count: g.count, items: g.items }]),
  );
const listed = (l: WorkList | null) => pick(l?.groups ?? []);

describe("the work list's statements against the full computation, as of 2026-12-07", () => {
  it("unit A: 14 five-year tenures (8 shown, by start day then id), 2 probations, 9 of 10 members due a review — the same items", async () => {
    const full = pick(await fullGroups(unitA));
    expect([full.TENURE_5?.count, full.PROBATION_ENDING?.count, full.POOL_REVIEW_DUE?.count]).toEqual([14, 2, 9]);
    expect(full.TRAINING_BEHIND?.count).toBeGreaterThan(0);
    expect(full.NO_POOL_REVIEW?.count).toBeGreaterThan(0);
    expect(listed(await computeWorkList(unitUser, TODAY))).toEqual(full);
  });

  it("the district: every kind's count and first items equal the full computation's (the district's forms)", async () => {
    const full = pick(await fullGroups(null));
    expect(full.TENURE_10?.count).toBeGreaterThan(0);
    expect(listed(await computeWorkList(org, TODAY))).toEqual(full);
  });

  it("with the data stamp the date windows are kept across a pool review (9 → 8 due) and read again after an appointment (5 years on 2026-12-13)", async () => {
    clearWorkLists();
    const kinds = async (stamp: string) => listed(await computeWorkList(org, TODAY, stamp));
    const first = await kinds(await currentStamp());
    const reads = windowReads();
    expect(first).toEqual(listed(await computeWorkList(org, TODAY)));

    await prisma.poolReview.create({
      data: { poolEntryId: lastEntry, year: 2026, reviewedOn: toDay("2026-12-01"), conclusion: "KEEP" },
    });
    const afterReview = await kinds(await currentStamp());
    expect(windowReads()).toBe(reads);
    expect(afterReview.POOL_REVIEW_DUE.count).toBe(first.POOL_REVIEW_DUE.count - 1);
    expect(afterReview).toEqual(listed(await computeWorkList(org, TODAY)));

    await appoint((await cadre(unitA)).id, deputyA, "2021-12-13");
    const afterAppointment = await kinds(await currentStamp());
    expect(windowReads()).toBe(reads + 1);
    expect(afterAppointment.TENURE_5.count).toBe(first.TENURE_5.count + 1);
    expect(afterAppointment).toEqual(listed(await computeWorkList(org, TODAY)));
  });
});
