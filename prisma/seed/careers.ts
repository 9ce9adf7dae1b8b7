// Appointment histories (任职经历): from the first job to the current post, the current one
// open, earlier ones closed with how they ended — so a 任免审批表's 简历 has no gaps. Histories
// are built backwards from the current post: each earlier post is one level lower (a
// promotion) or the same level elsewhere (a rotation or transfer), never starting before the
// cadre began work.
import type { AppointmentEndReason, Prisma } from "../../lib/generated/prisma/client";
import {
  addDays,
  addYears,
  ageOn,
  dateBetween,
  daysBetween,
  isBefore,
  maxDate,
  minDate,
} from "../../tests/factories/dates";
import type { Rng } from "../../tests/factories/random";
import { gradeFor, rankFor, currentPostTitle } from "./career-ranks";
import { levelOf, PostBook } from "./career-posts";
import type { SeedContext } from "./context";
import type { Person, PostMeta, UnitMeta } from "./model";
import type { People } from "./people";

type AppointmentRow = Prisma.AppointmentCreateManyInput;

interface Stint {
  post: PostMeta;
  start: Date;
  end: Date | null;
  endReason: AppointmentEndReason | null;
}

const TENURE: readonly (readonly [[number, number], number])[] = [
  [[0.2, 2], 35],
  [[2, 5], 42],
  [[5, 8], 16],
  [[8, 12], 7],
];
/** Minimum years of work before reaching a level (high-fliers included). */
const MIN_YEARS: Record<number, number> = { 0: 0, 0.5: 3, 1: 3, 2: 5, 3: 8, 4: 11 };

export interface Careers {
  /** the open appointment of each serving cadre */
  current: Map<Person, AppointmentRow>;
}

export function buildCareers(ctx: SeedContext, units: UnitMeta[], people: People): Careers {
  const rng = ctx.root.fork("careers");
  const book = new PostBook(units);
  const stints = new Map<Person, Stint[]>();

  // current posts first, so earlier appointments elsewhere avoid them
  for (const p of people.all) {
    if (p.status !== "SERVING") continue;
    const spec = people.holders.get(p);
    const level = levelOf(p.post);
    let start: Date;
    if (p.post.kind === "staff") {
      // half joined this unit at their first job, the others moved here later
      const movedIn = addYears(p.workStartDate, 2);
      const latest = addDays(ctx.asOf, -180);
      start = rng.chance(0.5) && isBefore(movedIn, latest) ? dateBetween(rng, movedIn, latest) : p.workStartDate;
    } else {
      const [lo, hi] = spec?.tenure ?? rng.table(TENURE);
      start = addDays(ctx.asOf, -Math.round((lo + rng.next() * (hi - lo)) * 365.25));
      const earliest = minDate(addYears(p.workStartDate, MIN_YEARS[level]), addDays(ctx.asOf, -60));
      start = maxDate(start, earliest);
    }
    book.occupy(p.post, start, null);
    stints.set(p, [{ post: p.post, start, end: null, endReason: null }]);
  }
  for (const p of people.all) {
    if (p.status !== "SERVING") stints.set(p, [lastStintOfLeaver(ctx, rng, book, p)]);
  }
  for (const p of people.all) addEarlierStints(rng, book, p, stints.get(p)!);
  // Then back to the first job, so every 简历 runs without a gap from 参加工作时间 (a fork of
  // its own: the draws above, and what the demo's planted cases rely on, stay as they were).
  const fill = ctx.root.fork("careers-fill");
  for (const p of people.all) fillToFirstJob(fill, book, p, stints.get(p)!);

  const current = new Map<Person, AppointmentRow>();
  const docNumbers = new Map<string, number>();
  for (const p of people.all) {
    const list = stints.get(p)!.reverse(); // chronological
    finishPerson(ctx, rng, p, list);
    list.forEach((s, i) => {
      const row: AppointmentRow = {
        id: ctx.ids.next("appointment"),
        cadreId: p.id,
        postId: s.post.id,
        startDate: s.start,
        endDate: s.end,
        endReason: s.endReason,
        documentNo: documentNo(docNumbers, s),
        note: i === 0 && s.post.kind === "staff" ? firstJobNote(rng, p) : null,
        ...ctx.stamp,
      };
      ctx.rows.appointments.push(row);
      if (s.end == null) current.set(p, row);
    });
  }
  return { current };
}

function lastStintOfLeaver(ctx: SeedContext, rng: Rng, book: PostBook, p: Person): Stint {
  const retired = p.status === "RETIRED";
  const retireAge = p.gender === "MALE" || p.age >= 60 ? 60 : 55;
  const leave = retired
    ? addYears(p.birthDate, retireAge)
    : dateBetween(rng, new Date(Date.UTC(2021, 0, 4)), addDays(ctx.asOf, -30));
  const level =
    retired && p.gender === "FEMALE" && retireAge === 60
      ? 3 // women retire at 60 only from 处级 posts
      : rng.table([
          [0, 50],
          [1, 22],
          [2, 18],
          [3, 8],
          [4, 2],
        ] as const);
  const end = maxDate(leave, addYears(p.workStartDate, 1));
  const start = maxDate(p.workStartDate, addDays(end, -Math.round(rng.int(2, 8) * 365.25)));
  const post = book.pick(rng, level, p.unit, start, end);
  book.occupy(post, start, end);
  p.post = post;
  p.unit = post.unit;
  p.row.unitId = post.unit.id;
  return { post, start, end, endReason: retired ? "RETIRED" : "TRANSFERRED" };
}

/** Prepends (in reverse order) up to three earlier appointments. */
function addEarlierStints(rng: Rng, book: PostBook, p: Person, list: Stint[]): void {
  const leader = list[0].post.kind !== "staff";
  const count = leader
    ? rng.table([
        [0, 15],
        [1, 35],
        [2, 32],
        [3, 18],
      ] as const)
    : rng.table([
        [0, 55],
        [1, 35],
        [2, 10],
      ] as const);
  prependStints(rng, book, p, list, count);
}

/** More earlier appointments back to the first job (at most six more) when over a year is left uncovered. */
function fillToFirstJob(rng: Rng, book: PostBook, p: Person, list: Stint[]): void {
  if (daysBetween(p.workStartDate, list[list.length - 1].start) > 365) prependStints(rng, book, p, list, 6);
  // the months left before a first non-leadership post belong to it (many share such a post)
  const earliest = list[list.length - 1];
  if (earliest.post.kind === "staff" && isBefore(p.workStartDate, earliest.start)) earliest.start = p.workStartDate;
}

/** `count` appointments before the earliest one in `list` (newest first), each one level lower or the same level elsewhere. */
function prependStints(rng: Rng, book: PostBook, p: Person, list: Stint[], count: number): void {
  let next = list[list.length - 1];
  for (let k = 0; k < count; k++) {
    const nextLevel = levelOf(next.post);
    // a step down the ladder (a promotion into `next`) or the same level elsewhere; many 科长
    // came straight from non-leadership posts (副主任科员 before 2019), not from a 副科长 post
    const promoted = nextLevel >= 1 && rng.chance(0.65);
    const level =
      nextLevel === 0.5 ? 0 : !promoted ? nextLevel : nextLevel === 2 && rng.chance(0.6) ? 0 : nextLevel - 1;
    const end = addDays(next.start, -1);
    let start = addDays(end, -Math.round(rng.int(2, level === 0 ? 8 : 6) * 365.25));
    if (isBefore(start, p.workStartDate)) {
      if (daysBetween(p.workStartDate, end) < 365) break;
      start = p.workStartDate;
    }
    const post = book.pick(rng, level, next.post.unit, start, end, next.post.kind === "staff" ? next.post : undefined);
    book.occupy(post, start, end);
    const endReason: AppointmentEndReason =
      levelOf(post) < levelOf(next.post)
        ? "PROMOTED"
        : post.unit === next.post.unit
          ? "ROTATED"
          : rng.chance(0.05)
            ? "OTHER"
            : "TRANSFERRED";
    const stint: Stint = { post, start, end, endReason };
    list.push(stint); // list is newest-first until finishPerson reverses it
    next = stint;
    if (start.getTime() === p.workStartDate.getTime()) break;
  }
}

/** Rank, rank-since, grade and title from the (chronological) appointments. */
function finishPerson(ctx: SeedContext, rng: Rng, p: Person, list: Stint[]): void {
  const last = list[list.length - 1];
  p.currentStart = last.start;
  if (last.end) p.leftOn = last.end;
  p.rank = rankFor(p, last.post);
  const before = list[list.length - 2];
  if (before && levelOf(before.post) < levelOf(last.post)) p.promotedFrom = rankFor(p, before.post);
  let since = last.start;
  for (let i = list.length - 2; i >= 0 && rankFor(p, list[i].post) === p.rank; i--) since = list[i].start;
  // 科员 since the end of the probation year, whatever posts came after
  if (p.rank === "STAFF") since = addYears(p.workStartDate, 1);
  const { grade, gradeSince } = gradeFor(rng, p, p.rank, ctx.asOf);
  Object.assign(p.row, {
    rank: p.rank,
    rankSince: p.rank ? since : null,
    grade,
    gradeSince,
    currentPostTitle: p.status === "SERVING" ? currentPostTitle(last.post, grade) : null,
  });
  p.age = ageOn(p.birthDate, ctx.asOf);
}

function documentNo(counters: Map<string, number>, s: Stint): string | null {
  if (s.post.kind === "staff") return null;
  const year = s.start.getUTCFullYear();
  const prefix = s.post.rank.startsWith("DIVISION") ? "青干" : "青组干";
  const key = `${prefix}${year}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return `${prefix}〔${year}〕${n}号`;
}

function firstJobNote(rng: Rng, p: Person): string | null {
  if (p.row.establishmentType === "INSTITUTION_STAFF") return rng.chance(0.5) ? "事业单位公开招聘" : null;
  if (p.row.hasEliteDegree && p.workStartDate.getUTCFullYear() >= 2010) return "选调生";
  return rng.chance(0.5) ? "公务员考录" : null;
}
