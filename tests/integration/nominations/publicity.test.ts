import { describe, expect, it } from "vitest";
import { day, isoDay } from "@/lib/rules";
import { prisma } from "@/lib/server/db";
import { recordObjection, resolveObjection } from "@/lib/server/nominations";
import { advance, advanceThrough } from "./steps";
import { current, nominationWorld, submitted } from "./world";

describe("公示 (NAT-PUBLICITY)", () => {
  it("start Thursday 2026-11-19 + 5 working days (Thu, Fri, Mon, Tue, Wed) → ends Wednesday 2026-11-25", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "PUBLICIZED");
    const n = await current(id);
    expect(isoDay(n.publicityStart!)).toBe("2026-11-19");
    expect(isoDay(n.publicityEnd!)).toBe("2026-11-25");
    const event = await prisma.nominationEvent.findFirstOrThrow({ where: { nominationId: id, toStage: "PUBLICIZED" } });
    expect(event.data).toMatchObject({ publicityStart: "2026-11-19", publicityEnd: "2026-11-25", workingDays: 5 });
  });

  it("the shipped official calendar, with no local correction: start Tue 2026-09-29, 09.29, 09.30, (国庆 10.01–10.07 off), 10.08, 10.09, Sat 10.10 (调休) → ends 2026-10-10", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "DELIBERATED");
    await advance(w.org, id, "DECIDED", { data: { meetingDate: "2026-09-28" } });
    await advance(w.org, id, "PUBLICIZED", { data: { publicityStart: "2026-09-29" } });
    expect(isoDay((await current(id)).publicityEnd!)).toBe("2026-10-10");
  });

  it("a holiday in the calendar table: start Monday 2031-06-02, Tuesday 06-03 a holiday → ends Monday 2031-06-09", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await prisma.workingDayOverride.create({ data: { date: day(2031, 6, 3), isWorkingDay: false, name: "测试假日" } });
    try {
      await advanceThrough(w.org, id, "DECIDED");
      await advance(w.org, id, "PUBLICIZED", { data: { publicityStart: "2031-06-02" } });
      expect(isoDay((await current(id)).publicityEnd!)).toBe("2031-06-09");
    } finally {
      await prisma.workingDayOverride.deleteMany({ where: { date: day(2031, 6, 3) } });
    }
  });

  it("cannot close (任职) on the last day 2026-11-25; can from 2026-11-26", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "PUBLICIZED");
    await expect(
      advance(w.org, id, "APPOINTED", { today: day(2026, 11, 25), data: { effectiveDate: "2026-11-25" } }),
    ).rejects.toThrow("公示期至2026年11月25日，期满后（2026年11月26日起）方可办理任职");
    expect((await current(id)).stage).toBe("PUBLICIZED");
    await advance(w.org, id, "APPOINTED", { today: day(2026, 11, 26) });
    expect((await current(id)).stage).toBe("APPOINTED");
  });

  it("an objection received during 公示 blocks 任职 until it is resolved", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "PUBLICIZED");
    let n = await current(id);
    await recordObjection(
      w.org,
      { id, version: n.version, receivedOn: "2026-11-20", content: "来信反映该同志在征迁工作中方法简单" },
      { today: day(2026, 11, 20) },
    );
    await expect(advance(w.org, id, "APPOINTED")).rejects.toThrow("公示期间收到的1件反映尚未核查办结");
    expect(await prisma.poolEntry.count({ where: { nominationId: id } })).toBe(0);
    const objection = await prisma.nominationEvent.findFirstOrThrow({
      where: { nominationId: id, data: { path: ["kind"], equals: "OBJECTION" } },
    });
    n = await current(id);
    await resolveObjection(w.org, {
      id,
      version: n.version,
      objectionId: objection.id,
      resolution: "经核查，反映问题不属实",
    });
    await advance(w.org, id, "APPOINTED");
    expect((await current(id)).stage).toBe("APPOINTED");
  });

  it("an objection dated before the publicity began is refused beside the date", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "PUBLICIZED");
    const n = await current(id);
    await expect(
      recordObjection(
        w.org,
        { id, version: n.version, receivedOn: "2026-11-18", content: "来信" },
        { today: day(2026, 11, 20) },
      ),
    ).rejects.toMatchObject({ field: "receivedOn", message: "收到日期不能早于公示开始日期（2026年11月19日）" });
  });

  it("the publicity cannot start before the decision meeting (2026-11-12)", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "DECIDED");
    await expect(advance(w.org, id, "PUBLICIZED", { data: { publicityStart: "2026-11-11" } })).rejects.toMatchObject({
      field: "publicityStart",
    });
  });
});
