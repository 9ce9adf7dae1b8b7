import { describe, expect, it } from "vitest";
import { day, isoDay } from "@/lib/rules";
import { getNominationReminders } from "@/lib/server/nominations";
import { advance, advanceThrough } from "./steps";
import { nominationWorld, submitted } from "./world";

describe("reminders on Monday 2026-11-23", () => {
  it("lists running publicity ending within 3 working days (through Thu 11-26), the period that ended on Thu 11-19 apart as 期满待任职, and recommendations expiring within 30 days (through 12-23)", async () => {
    const w = await nominationWorld();
    const ending = await submitted(w, "公示甲");
    await advanceThrough(w.org, ending.id, "PUBLICIZED"); // 2026-11-19 → 11-25
    const later = await submitted(w, "公示乙");
    await advanceThrough(w.org, later.id, "DECIDED");
    await advance(w.org, later.id, "PUBLICIZED", { data: { publicityStart: "2026-11-23" } }); // → Fri 11-27
    const over = await submitted(w, "公示戊");
    await advanceThrough(w.org, over.id, "DECIDED");
    await advance(w.org, over.id, "PUBLICIZED", { data: { publicityStart: "2026-11-13" } }); // Fri 11-13 → Thu 11-19
    const expiring = await submitted(w, "推荐丙", { recommendedOn: "2025-12-10" }); // valid through 2026-12-09
    await submitted(w, "推荐丁", { recommendedOn: "2026-08-20" }); // valid through 2027-08-19

    // scoped to unit A, so other tests' nominations in the same database do not count
    const r = await getNominationReminders(w.unitA, day(2026, 11, 23));
    expect(isoDay(r.horizon.publicityUntil)).toBe("2026-11-26");
    expect(r.publicityEnding.map((i) => [i.cadreName, isoDay(i.date), i.daysLeft])).toEqual([
      ["公示甲", "2026-11-25", 2],
    ]);
    expect(r.publicityOver.map((i) => [i.cadreName, isoDay(i.date), i.daysLeft])).toEqual([
      ["公示戊", "2026-11-19", -4],
    ]);
    expect(r.recommendationsExpiring.map((i) => [i.cadreName, isoDay(i.date), i.daysLeft])).toEqual([
      ["推荐丙", "2026-12-09", 16],
    ]);
    const count = Object.fromEntries(r.waiting.map((x) => [x.stage, x.count]));
    expect(count).toEqual({ PROPOSED: 2, RECOMMENDED: 0, INVESTIGATED: 0, DELIBERATED: 0, DECIDED: 0, PUBLICIZED: 3 });
    expect(expiring.id).toBeTruthy();
  });
});
