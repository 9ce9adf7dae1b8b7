// Trainings and who attended. Pool cadres mostly attend one week-long 党性教育 class within
// three years (a few do not, for WS-POLITICAL-TRAINING to flag); 科级 pool members mostly
// attend each year's special training (D20-TRAIN-KJ); each year's 中青班 takes about forty.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Rng } from "../../tests/factories/random";
import type { SeedContext } from "./context";
import { scaled } from "./context";
import type { Person } from "./model";
import type { PoolMember } from "./pool";
import { trainingCalendar, type TrainingSpec } from "./training-data";

const RESULTS = ["结业，考核优秀", "结业", "结业，考核合格"];

export function buildTrainings(ctx: SeedContext, members: PoolMember[], people: Person[]): void {
  const rng = ctx.root.fork("trainings");
  const calendar = trainingCalendar();
  const ids = new Map<string, string>();
  for (const t of calendar) {
    const id = ctx.ids.next("training");
    ids.set(t.key, id);
    ctx.rows.trainings.push({
      id,
      name: t.name,
      kind: t.kind,
      organizer: t.organizer,
      startDate: t.startDate,
      endDate: t.endDate,
      hours: t.hours,
      fullTimeOffJob: t.fullTimeOffJob,
      ...ctx.stamp,
    });
  }
  const seen = new Set<string>();
  const attend = (t: TrainingSpec, p: Person) => {
    const trainingId = ids.get(t.key)!;
    const key = `${trainingId}:${p.id}`;
    if (seen.has(key) || t.startDate.getTime() < p.workStartDate.getTime()) return;
    seen.add(key);
    const done = t.endDate.getTime() < ctx.asOf.getTime();
    const row: Prisma.TrainingAttendanceCreateManyInput = {
      id: ctx.ids.next("trainingAttendance"),
      trainingId,
      cadreId: p.id,
      completed: done,
      result: done ? rng.pick(RESULTS) : null,
      ...ctx.stamp,
    };
    ctx.rows.trainingAttendances.push(row);
  };
  const party = calendar.filter((t) => t.kind === "PARTY_SPIRIT");
  for (const m of members) {
    // one party-spirit class after entering, for most; a few are enrolled in the next one
    if (rng.chance(0.88)) {
      const after = party.filter((t) => t.startDate.getTime() >= m.enteredOn.getTime() - 180 * 86_400_000);
      if (after.length) attend(rng.pick(after), m.person);
    }
    for (const t of calendar) {
      if (t.startDate.getTime() < m.enteredOn.getTime()) continue;
      if (t.key.startsWith("kj-") && (m.tier === "SECTION" || m.tier === "DEPUTY_RESERVE") && rng.chance(0.85))
        attend(t, m.person);
      if (t.kind === "ONLINE" && rng.chance(0.7)) attend(t, m.person);
      if (
        t.key.startsWith("assigned-") &&
        (m.tier === "DIVISION_PRINCIPAL" || m.tier === "DIVISION_DEPUTY") &&
        rng.chance(0.3)
      )
        attend(t, m.person);
    }
  }
  const pool = members.map((m) => m.person);
  const others = people.filter((p) => p.status === "SERVING" && p.age <= 45 && !p.inPool);
  for (const t of calendar.filter((x) => x.kind === "YOUNG_CADRE_CLASS")) {
    for (const p of pickClass(rng, pool, others, scaled(ctx, 40))) attend(t, p);
  }
  for (const t of calendar.filter((x) => x.key.startsWith("topic-"))) {
    for (const p of rng.sample(others, scaled(ctx, 30))) attend(t, p);
  }
  for (const t of calendar.filter((x) => x.kind === "ONLINE")) {
    for (const p of rng.sample(others, scaled(ctx, 120))) attend(t, p);
  }
}

/** A class is two thirds pool members, the rest other young cadres. */
function pickClass(rng: Rng, pool: Person[], others: Person[], size: number): Person[] {
  const fromPool = rng.sample(pool, Math.round(size * 0.65));
  return fromPool.concat(rng.sample(others, size - fromPool.length));
}
