// Nominations of cadres for the pool at every stage, each with one event per transition, the
// recommendation data from 民主推荐 onwards and a publicity period from 公示 onwards, its end
// computed as the app's 公示 step computes it (profilePublicityEnd on the seed's calendar). APPOINTED nominations become pool entries (source NOMINATION). Two nominations
// carry problems on purpose: a nominee recorded for 跑官拉票 (ZZ15-EXCL), and a
// recommendation more than a year old still in progress (ZZ15-REC-VALID).
import type { NominationStage, PoolTier, Prisma } from "../../lib/generated/prisma/client";
import { isWorkingDay, profilePublicityEnd } from "../../lib/rules";
import { addDays, at, day, isoDay, nextMonday, weekday } from "../../tests/factories/dates";
import type { Rng } from "../../tests/factories/random";
import type { SeedContext } from "./context";
import { scaled } from "./context";
import type { Person, UnitMeta } from "./model";
import {
  FORWARD,
  INVESTIGATION_FINDINGS,
  REASONS,
  REJECT_REASONS,
  RETURN_COMMENT,
  WITHDRAW_REASONS,
} from "./nomination-text";
import { naturalTier, tierRules } from "./pool-tiers";

export interface NominatedEntry {
  entryId: string;
  enteredOn: Date;
}

const PLAN: readonly [NominationStage, number][] = [
  ["APPOINTED", 8],
  ["PROPOSED", 5],
  ["RECOMMENDED", 5],
  ["INVESTIGATED", 4],
  ["DELIBERATED", 4],
  ["DECIDED", 3],
  ["PUBLICIZED", 3],
  ["REJECTED", 4],
  ["WITHDRAWN", 4],
];

export function buildNominations(ctx: SeedContext, people: Person[], orgDept: UnitMeta): NominatedEntry[] {
  const rng = ctx.root.fork("nominations");
  const rules = tierRules(ctx);
  const candidates = rng.shuffle(
    people.filter((p) => p.status === "SERVING" && !p.inPool && p.merit > 0.45 && naturalTier(rules, p)),
  );
  const investigators = orgDept.deputies
    .concat(orgDept.sectionPosts)
    .map((p) => p.holder?.row.name)
    .filter((n): n is string => !!n);
  const entries: NominatedEntry[] = [];
  let k = 0;
  let serial = 0;
  for (const [stage, base] of PLAN) {
    const count = scaled(ctx, base);
    for (let i = 0; i < count && k < candidates.length; i++) {
      const person = candidates[k++];
      person.nominated = true;
      const special =
        i > 0
          ? null
          : ((
              { INVESTIGATED: "CANVASSING", DELIBERATED: "STALE", PROPOSED: "RETURNED", PUBLICIZED: "LIVE" } as Partial<
                Record<NominationStage, string>
              >
            )[stage] ?? null);
      const e = buildOne(ctx, rng, person, naturalTier(rules, person)!, stage, special, investigators, ++serial);
      if (e) entries.push(e);
    }
  }
  return entries;
}

const WEEK = 7 * 86_400_000;

/** The running 公示: it starts on the last working day before asOf, so asOf falls inside it. */
function liveStart(ctx: SeedContext): Date {
  let d = addDays(ctx.asOf, -1);
  while (!isWorkingDay(d, ctx.calendar)) d = addDays(d, -1);
  return d;
}
const ANCHOR = day(2020, 1, 6); // a Monday: events are laid out from here, then moved by whole weeks

function buildOne(
  ctx: SeedContext,
  rng: Rng,
  person: Person,
  tier: PoolTier,
  target: NominationStage,
  special: string | null,
  investigators: string[],
  serial: number,
): NominatedEntry | null {
  const id = ctx.ids.next("nomination");
  const terminal = target === "REJECTED" || target === "WITHDRAWN";
  const lastForward = terminal
    ? FORWARD[rng.int(target === "REJECTED" ? 2 : 0, target === "REJECTED" ? 3 : 2)]
    : target;
  const steps = FORWARD.slice(0, FORWARD.indexOf(lastForward) + 1);
  const path: NominationStage[] = terminal ? [...steps, target] : steps;
  const row: Prisma.NominationCreateManyInput = {
    id,
    cadreId: person.id,
    unitId: person.unit.id,
    tier,
    domain: person.domains[0] ?? null,
    stage: target,
    reasons: rng.pick(REASONS),
    submittedById: null,
    ...ctx.stamp,
  };
  const ballots = Math.max(15, Math.min(90, Math.round(person.unit.spec.weight * rng.bell(1.1, 0.2, 0.8, 1.4))));
  const events: { stage: NominationStage; when: Date; data: Record<string, unknown> }[] = [];
  let cursor = ANCHOR;
  for (const stage of path) {
    const when = weekday(cursor);
    const data: Record<string, unknown> = {};
    if (stage === "PROPOSED")
      data.meeting = `${person.unit.spec.shortName}${person.unit.divisionLevel ? "党组（党委）会议" : "党组织会议"}研究动议`;
    if (stage === "RECOMMENDED") {
      const valid = ballots - rng.int(0, 2);
      Object.assign(data, {
        method: rng.table([
          ["BOTH", 5],
          ["MEETING", 3],
          ["INDIVIDUAL_TALK", 2],
        ] as const),
        ballotsIssued: ballots,
        ballotsValid: valid,
        votesReceived: Math.round(valid * rng.bell(0.8, 0.1, 0.55, 0.98)),
      });
    }
    if (stage === "INVESTIGATED")
      Object.assign(data, { investigators: rng.sample(investigators, 2), findings: rng.pick(INVESTIGATION_FINDINGS) });
    if (stage === "DELIBERATED") data.objections = "无不同意见";
    if (stage === "DECIDED") data.meeting = rng.int(10, 40); // numbered once the year is known
    if (stage === "REJECTED") data.reason = rng.pick(REJECT_REASONS);
    if (stage === "WITHDRAWN") data.reason = rng.pick(WITHDRAW_REASONS);
    const event = { stage, when: stage === "PUBLICIZED" ? nextMonday(when) : when, data };
    events.push(event);
    // a week for the 公示 itself (its end is computed once the dates are final), then the gap
    cursor = addDays(stage === "PUBLICIZED" ? addDays(event.when, 7) : when, rng.int(12, 30));
  }
  // move the whole procedure by whole weeks (weekdays stay weekdays) to where it belongs in time
  const first = events[0].when;
  const last = events[events.length - 1].when;
  const publicity = events.find((e) => e.stage === "PUBLICIZED")?.when;
  const goal =
    special === "STALE"
      ? { at: first, to: day(2025, 8, 4) }
      : special === "LIVE" && publicity
        ? { at: publicity, to: addDays(ctx.asOf, -6) }
        : { at: last, to: addDays(ctx.asOf, terminal || target === "APPOINTED" ? -rng.int(40, 420) : -rng.int(3, 30)) };
  const shift = Math.floor((goal.to.getTime() - goal.at.getTime()) / WEEK) * WEEK;
  let from: NominationStage | null = null;
  events.forEach((e, i) => {
    const when = e.stage === "PUBLICIZED" && special === "LIVE" ? liveStart(ctx) : new Date(e.when.getTime() + shift);
    if (e.stage === "RECOMMENDED") Object.assign(row, e.data, { recommendedOn: when });
    if (e.stage === "PUBLICIZED") {
      const end = profilePublicityEnd(when, ctx.profile, ctx.calendar);
      Object.assign(row, { publicityStart: when, publicityEnd: end });
      Object.assign(e.data, { publicityStart: isoDay(when), publicityEnd: isoDay(end), channel: "青禾区人民政府网站" });
    }
    if (e.stage === "DECIDED")
      e.data.meeting = `区委常委会${when.getUTCFullYear()}年第${e.data.meeting as number}次会议`;
    if (e.stage === "APPOINTED") e.data.documentNo = `青组〔${when.getUTCFullYear()}〕${serial}号`;
    const occurredAt = at(when, 10 + (i % 6));
    ctx.rows.nominationEvents.push({
      id: ctx.ids.next("nominationEvent"),
      nominationId: id,
      fromStage: from,
      toStage: e.stage,
      actorId: null,
      occurredAt,
      data: e.data as Prisma.InputJsonValue,
      note: null,
    });
    if (i === 0) row.createdAt = occurredAt;
    row.updatedAt = occurredAt;
    from = e.stage;
  });
  if (special === "RETURNED") row.returnedComment = RETURN_COMMENT;
  if (special === "CANVASSING") person.row.canvassingRecorded = true;
  if (terminal || target === "APPOINTED") row.closedAt = row.updatedAt;
  ctx.rows.nominations.push(row);
  if (target !== "APPOINTED") return null;
  const entryId = ctx.ids.next("poolEntry");
  const closed = row.closedAt as Date;
  const enteredOn = day(closed.getUTCFullYear(), closed.getUTCMonth() + 1, closed.getUTCDate());
  ctx.rows.poolEntries.push({
    id: entryId,
    cadreId: person.id,
    tier,
    domain: row.domain,
    source: "NOMINATION",
    basis: "经单位推荐、民主推荐、考察和区委常委会研究决定列入",
    enteredOn,
    nominationId: id,
    ...ctx.stamp,
  });
  person.inPool = true;
  return { entryId, enteredOn };
}
