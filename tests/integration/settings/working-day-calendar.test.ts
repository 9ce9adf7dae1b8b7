import { describe, expect, it } from "vitest";
import { addCalendarOverrideAction, removeCalendarOverrideAction } from "@/app/(app)/settings/calendar/actions";
import { day, isoDay, publicityEnd } from "@/lib/rules";
import { runAs } from "@/lib/server/auth/actor-context";
import { getWorkingDayCalendar } from "@/lib/server/calendar/working-day-calendar";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUser } from "../../support/users";

// 2026 official arrangement: 国庆节 10.01–10.07 off, Saturday 10.10 worked (调休);
// 春节 02.15–02.23 off, Saturday 02.14 worked.
describe("publicityEnd with the shipped working-day calendar", () => {
  it("5 working days from Tue 2026-09-29: 09.29, 09.30, (10.01–10.07 off), 10.08, 10.09, Sat 10.10 (调休) → 2026-10-10", async () => {
    const cal = await getWorkingDayCalendar();
    expect(isoDay(publicityEnd(day(2026, 9, 29), 5, cal))).toBe("2026-10-10");
    // without the calendar the same period would end on Mon 10.05, inside the holiday
    expect(isoDay(publicityEnd(day(2026, 9, 29), 5))).toBe("2026-10-05");
  });

  it("5 working days from Thu 2026-02-12: 02.12, 02.13, Sat 02.14 (调休), (02.15–02.23 off), 02.24, 02.25 → 2026-02-25", async () => {
    expect(isoDay(publicityEnd(day(2026, 2, 12), 5, await getWorkingDayCalendar()))).toBe("2026-02-25");
  });

  it("a local holiday added by the organization administrator shifts the end (09.29 off → 2026-10-12); removing it restores 10.10", async () => {
    const admin = actorOf(await createTestUser("ORG_ADMIN"));
    const added = await runAs(admin, () =>
      addCalendarOverrideAction({ date: "2026-09-29", isWorkingDay: false, name: "本地调整" }),
    );
    expect(added?.data?.ids).toHaveLength(1);
    expect(isoDay(publicityEnd(day(2026, 9, 29), 5, await getWorkingDayCalendar()))).toBe("2026-10-12");

    const dup = await runAs(admin, () =>
      addCalendarOverrideAction({ date: "2026-09-29", isWorkingDay: true, name: "" }),
    );
    expect(dup?.validationErrors?.date?._errors?.[0]).toBe("该日期已有本地调整，请先删除原调整");

    const row = await prisma.workingDayOverride.findUniqueOrThrow({ where: { id: added!.data!.ids[0] } });
    await runAs(admin, () => removeCalendarOverrideAction({ id: row.id, version: row.version }));
    expect(isoDay(publicityEnd(day(2026, 9, 29), 5, await getWorkingDayCalendar()))).toBe("2026-10-10");
    const actions = await prisma.auditLog.findMany({
      where: {
        action: { startsWith: "calendar." },
        OR: [{ objectId: row.id }, { diff: { path: ["date", "from"], equals: "2026-09-29" } }],
      },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["calendar.addOverride", "calendar.removeOverride"]);
  });

  it("adds a whole holiday as a range in one audited change (2027-10-01 to 2027-10-07 = 7 days)", async () => {
    const admin = actorOf(await createTestUser("ORG_ADMIN"));
    const r = await runAs(admin, () =>
      addCalendarOverrideAction({ date: "2027-10-01", endDate: "2027-10-07", isWorkingDay: false, name: "国庆节" }),
    );
    expect(r?.data?.ids).toHaveLength(7);
    const cal = await getWorkingDayCalendar();
    // Thu 2027-09-30 + 5 working days skips 10.01–10.07 (Fri–Thu): 09.30, 10.08, 10.11, 10.12, 10.13
    expect(isoDay(publicityEnd(day(2027, 9, 30), 5, cal))).toBe("2027-10-13");
    const backwards = await runAs(admin, () =>
      addCalendarOverrideAction({ date: "2027-05-05", endDate: "2027-05-01", isWorkingDay: false, name: "" }),
    );
    expect(backwards?.validationErrors?.endDate?._errors?.[0]).toBe("结束日期不能早于开始日期");
  });

  it("refuses an invalid date and a role without settings.manage", async () => {
    const admin = actorOf(await createTestUser("ORG_ADMIN"));
    const bad = await runAs(admin, () =>
      addCalendarOverrideAction({ date: "2026-02-30", isWorkingDay: false, name: "" }),
    );
    expect(bad?.validationErrors?.date?._errors?.[0]).toBe("日期无效");
    const staff = actorOf(await createTestUser("ORG_STAFF"));
    const denied = await runAs(staff, () =>
      addCalendarOverrideAction({ date: "2026-03-02", isWorkingDay: false, name: "" }),
    );
    expect(denied?.serverError).toBe("您没有执行此操作的权限");
  });
});
