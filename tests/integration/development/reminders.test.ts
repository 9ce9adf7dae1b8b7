import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import type { ReminderCategory } from "@/lib/development/reminder-types";
import { computeReminders } from "@/lib/server/development/reminders";
import { exportReminders } from "@/lib/server/development/reminders-export";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { AS_OF, attended, mentorship, plan, posting } from "./reminder-fixtures";
import { makeCadre, makeWorld } from "./world";

async function listed(category: ReminderCategory, ids: string[]) {
  const r = await computeReminders((await makeWorld()).actors.org, AS_OF);
  return r.lines
    .filter((l) => l.category === category && (ids.includes(l.cadreId) || ids.includes(l.recordId)))
    .map((l) => l.recordId);
}

describe("reminders at their boundaries (asOf 2026-11-22)", () => {
  it("political training: a ≥7-day off-job class ended 3 years minus one day ago (2023-11-23) or exactly 3 years ago is fine; 3 years plus one day ago (2023-11-21) is behind", async () => {
    const { a } = await makeWorld();
    const member = () => makeCadre({ unitId: a.id, tier: "SECTION", enteredOn: new Date("2020-01-01") });
    const [minus1, exact, plus1, shortClass] = [await member(), await member(), await member(), await member()];
    await attended(minus1.id, { kind: "PARTY_SPIRIT", start: "2023-11-17", end: "2023-11-23" });
    await attended(exact.id, { kind: "YOUNG_CADRE_CLASS", start: "2023-11-16", end: "2023-11-22" });
    await attended(plus1.id, { kind: "PARTY_SPIRIT", start: "2023-11-15", end: "2023-11-21" });
    // 6 days (2026-10-10…15) is short of the 7 the rule asks
    await attended(shortClass.id, { kind: "PARTY_SPIRIT", start: "2026-10-10", end: "2026-10-15" });
    expect((await listed("POLITICAL_TRAINING", [minus1.id, exact.id, plus1.id, shortClass.id])).sort()).toEqual(
      [plus1.id, shortClass.id].sort(),
    );
  });

  it("a new member has three years from entry: entered 2023-11-23 (3y − 1d) not behind, entered 2023-11-21 (3y + 1d) behind", async () => {
    const { a } = await makeWorld();
    const fresh = await makeCadre({ unitId: a.id, tier: "DIVISION_DEPUTY", enteredOn: new Date("2023-11-23") });
    const old = await makeCadre({ unitId: a.id, tier: "DIVISION_DEPUTY", enteredOn: new Date("2023-11-21") });
    expect(await listed("POLITICAL_TRAINING", [fresh.id, old.id])).toEqual([old.id]);
  });

  it("yearly hours: 80 completed hours in 2026 meet the target; 79 (plus 10 online hours, which do not count) are below", async () => {
    const { a } = await makeWorld();
    const [enough, short] = [
      await makeCadre({ unitId: a.id, tier: "DIVISION_DEPUTY" }),
      await makeCadre({ unitId: a.id, tier: "DIVISION_DEPUTY" }),
    ];
    await attended(enough.id, {
      kind: "SPECIAL_TRAINING",
      start: "2026-03-01",
      end: "2026-03-05",
      hours: 80,
      offJob: false,
    });
    await attended(short.id, {
      kind: "SPECIAL_TRAINING",
      start: "2026-03-01",
      end: "2026-03-05",
      hours: 79,
      offJob: false,
    });
    await attended(short.id, { kind: "ONLINE", start: "2026-01-01", end: "2026-06-30", hours: 10, offJob: false });
    expect(await listed("TRAINING_HOURS", [enough.id, short.id])).toEqual([short.id]);
  });

  it("科级 special training: one that ended 2026-01-05 counts for 2026; one that ended 2025-12-31 does not; other tiers are not asked", async () => {
    const { a } = await makeWorld();
    const [thisYear, lastYear, division] = [
      await makeCadre({ unitId: a.id, tier: "SECTION" }),
      await makeCadre({ unitId: a.id, tier: "SECTION" }),
      await makeCadre({ unitId: a.id, tier: "DIVISION_DEPUTY" }),
    ];
    await attended(thisYear.id, { kind: "SPECIAL_TRAINING", start: "2026-01-03", end: "2026-01-05", hours: 24 });
    await attended(lastYear.id, { kind: "SPECIAL_TRAINING", start: "2025-12-29", end: "2025-12-31", hours: 24 });
    expect(await listed("KJ_SPECIAL_TRAINING", [thisYear.id, lastYear.id, division.id])).toEqual([lastYear.id]);
  });

  it("posting end: planned 2027-01-21 (asOf + 60 days) and an unregistered past end are listed; 2027-01-22 (+61) and ended postings are not", async () => {
    const { a } = await makeWorld();
    const c = await makeCadre({ unitId: a.id });
    const in60 = await posting(c.id, { start: "2026-01-21", plannedEnd: "2027-01-21" });
    const in61 = await posting(c.id, { start: "2026-01-22", plannedEnd: "2027-01-22" });
    const late = await posting(c.id, { start: "2025-11-01", plannedEnd: "2026-11-01" });
    const ended = await posting(c.id, { start: "2025-11-01", plannedEnd: "2026-11-01", actualEnd: "2026-11-01" });
    expect((await listed("POSTING_END", [in60.id, in61.id, late.id, ended.id])).sort()).toEqual(
      [in60.id, late.id].sort(),
    );
  });

  it("墩苗 special assessment: window opening 2027-01-21 (start 2025-01-21 + 2y = asOf + 60) listed, 2027-01-22 not; past the 3-year window listed; assessed not", async () => {
    const { a } = await makeWorld();
    const c = await makeCadre({ unitId: a.id });
    const opens60 = await posting(c.id, { kind: "DUNMIAO", start: "2025-01-21" });
    const opens61 = await posting(c.id, { kind: "DUNMIAO", start: "2025-01-22" });
    const overdue = await posting(c.id, { kind: "DUNMIAO", start: "2023-11-21", actualEnd: "2025-11-21" });
    const assessed = await posting(c.id, { kind: "DUNMIAO", start: "2023-11-21", assessedOn: "2025-12-01" });
    expect((await listed("POSTING_ASSESSMENT", [opens60.id, opens61.id, overdue.id, assessed.id])).sort()).toEqual(
      [opens60.id, overdue.id].sort(),
    );
  });

  it("plans: a goal due 2026-11-21 (yesterday) and not done is overdue; one due today, or done, is not", async () => {
    const { a } = await makeWorld();
    // one running plan per cadre: three cadres
    const [c1, c2, c3] = [
      await makeCadre({ unitId: a.id, tier: "SECTION" }),
      await makeCadre({ unitId: a.id, tier: "SECTION" }),
      await makeCadre({ unitId: a.id, tier: "SECTION" }),
    ];
    const late = await plan(c1.id, "2026-11-21");
    const today = await plan(c2.id, "2026-11-22");
    const done = await plan(c3.id, "2026-10-01", "2026-09-30");
    expect(await listed("PLAN_OVERDUE", [late.id, today.id, done.id])).toEqual([late.id]);
  });

  it("mentors: last feedback 2026-05-22 (6 months ago to the day) is due; 2026-05-23 is not yet; none since a 2026-05-22 start is due", async () => {
    const { a } = await makeWorld();
    const [mentee, mentor] = [await makeCadre({ unitId: a.id }), await makeCadre({ unitId: a.id })];
    const six = await mentorship(mentee.id, mentor.id, "2025-01-06", "2026-05-22");
    const under = await mentorship(mentee.id, mentor.id, "2025-01-06", "2026-05-23");
    const never = await mentorship(mentee.id, mentor.id, "2026-05-22", null);
    expect((await listed("MENTOR_FEEDBACK", [six.id, under.id, never.id])).sort()).toEqual([six.id, never.id].sort());
  });

  it("a unit user's reminders cover only their own unit", async () => {
    const { a, b, actors } = await makeWorld();
    const mine = await makeCadre({ unitId: a.id, tier: "SECTION", enteredOn: new Date("2020-01-01") });
    const theirs = await makeCadre({ unitId: b.id, tier: "SECTION", enteredOn: new Date("2020-01-01") });
    await posting(theirs.id, { start: "2026-01-21", plannedEnd: "2027-01-01" });
    const r = await computeReminders(actors.unitA, AS_OF);
    const ids = new Set(r.lines.map((l) => l.cadreId));
    expect(ids.has(mine.id)).toBe(true);
    expect(ids.has(theirs.id)).toBe(false);
    expect([...ids].every((id) => id === mine.id)).toBe(true);
  });

  it("exports the lines to .xlsx with an audit row; a unit user may not export", async () => {
    const { a, actors } = await makeWorld();
    await makeCadre({ unitId: a.id, tier: "SECTION", enteredOn: new Date("2020-01-01") });
    const { buffer, count } = await exportReminders(actors.org, AS_OF);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("培养提醒")!;
    expect(ws.rowCount).toBe(count + 2);
    expect(ws.getRow(2).getCell(2).value).toBe("提醒类别");
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "export.reminders", userId: actors.org.userId },
    });
    expect((audit.diff as { exported: { to: { lines: number } } }).exported.to.lines).toBe(count);
    await expect(exportReminders(actors.unitA, AS_OF)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
