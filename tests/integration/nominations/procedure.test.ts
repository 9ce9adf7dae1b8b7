import { describe, expect, it } from "vitest";
import { day } from "@/lib/rules";
import { prisma } from "@/lib/server/db";
import { StaleVersionError } from "@/lib/server/concurrency";
import { closeNomination } from "@/lib/server/nominations";
import { advance, advanceThrough, ORDER } from "./steps";
import { current, nominationWorld, submitted } from "./world";

describe("the seven-step procedure (ZZ15-PROCESS)", () => {
  it("takes a nomination through every step in order, one event and one audit row each, and enters the pool at 任职", async () => {
    const w = await nominationWorld();
    const { id, cadre } = await submitted(w);
    const auditBefore = await prisma.auditLog.count({ where: { objectId: id } });
    for (const to of ORDER) {
      await advance(w.org, id, to);
      expect((await current(id)).stage).toBe(to);
    }
    const n = await current(id);
    expect(n.closedAt).not.toBeNull();
    expect(n.version).toBe(7);
    const events = await prisma.nominationEvent.findMany({
      where: { nominationId: id },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((e) => `${e.fromStage ?? "-"}>${e.toStage}`)).toEqual([
      "->PROPOSED",
      "PROPOSED>RECOMMENDED",
      "RECOMMENDED>INVESTIGATED",
      "INVESTIGATED>DELIBERATED",
      "DELIBERATED>DECIDED",
      "DECIDED>PUBLICIZED",
      "PUBLICIZED>APPOINTED",
    ]);
    expect(events[2].data).toMatchObject({
      investigators: ["王强", "赵丽"],
      evaluation: "政治坚定，工作扎实，群众公认",
    });
    expect(events[4].data).toMatchObject({ meetingDate: "2026-11-12", votesFor: 9, votesAgainst: 0, votesAbstain: 1 });
    expect(await prisma.auditLog.count({ where: { objectId: id } })).toBe(auditBefore + 6);
    const entry = await prisma.poolEntry.findUniqueOrThrow({ where: { nominationId: id } });
    expect(entry).toMatchObject({
      cadreId: cadre.id,
      tier: "DIVISION_DEPUTY",
      source: "NOMINATION",
      enteredOn: day(2026, 11, 26),
      closedOn: null,
    });
  });

  it("refuses a step out of order (动议 → 考察) and changes nothing", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    const before = await current(id);
    await expect(advance(w.org, id, "INVESTIGATED")).rejects.toThrow(
      /须按动议 → 民主推荐 → 考察.*不能直接进入“考察”（ZZ15-PROCESS）/,
    );
    expect(await current(id)).toEqual(before);
    expect(await prisma.nominationEvent.count({ where: { nominationId: id } })).toBe(1);
  });

  it("nothing follows 任职: a finished nomination cannot be moved or rejected", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "APPOINTED");
    await expect(advance(w.org, id, "PUBLICIZED")).rejects.toThrow("已处于“任职”，不能再变更");
    const n = await current(id);
    await expect(
      closeNomination(w.org, { id, version: n.version, from: n.stage, kind: "REJECT", reason: "测试不予通过" }),
    ).rejects.toThrow("该推荐已办结");
    expect(await current(id)).toEqual(n);
  });

  it("two staff pressing “next” at once: exactly one wins, the other is told who moved it", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    const seen = await current(id);
    const results = await Promise.allSettled([
      advance(w.org, id, "RECOMMENDED", { version: seen.version, from: seen.stage }),
      advance(w.org2, id, "RECOMMENDED", { version: seen.version, from: seen.stage }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(StaleVersionError);
    expect(lost.reason.message).toContain("当前环节为“民主推荐”");
    expect((await current(id)).version).toBe(seen.version + 1);
    expect(await prisma.nominationEvent.count({ where: { nominationId: id, toStage: "RECOMMENDED" } })).toBe(1);
  });

  it("a stale page (an older version at the same stage) is refused with a clear message", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await expect(advance(w.org, id, "RECOMMENDED", { version: 99 })).rejects.toThrow("该推荐刚刚已被他人修改");
  });

  it("an excluded candidate (基本称职 in 2025) is blocked at 考察, citing ZZ15-EXCL", async () => {
    const w = await nominationWorld();
    const { id, cadre } = await submitted(w);
    await advance(w.org, id, "RECOMMENDED");
    await prisma.assessment.create({ data: { cadreId: cadre.id, year: 2025, grade: "BASICALLY_COMPETENT" } });
    const before = await current(id);
    await expect(advance(w.org, id, "INVESTIGATED")).rejects.toThrow(/^不得列为考察对象：ZZ15-EXCL：.*基本称职/);
    expect(await current(id)).toEqual(before);
  });

  it("an expired recommendation (2025-10-01, valid through 2026-09-30) blocks 讨论决定 on 2026-11-12 until renewed", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w, "周红", { recommendedOn: "2025-10-01" });
    await advanceThrough(w.org, id, "DELIBERATED");
    await expect(advance(w.org, id, "DECIDED")).rejects.toThrow(/有效期至2026年9月30日，已过期.*ZZ15-REC-VALID/);
    expect((await current(id)).stage).toBe("DELIBERATED");
    const { renewRecommendation } = await import("@/lib/server/nominations");
    const n = await current(id);
    await renewRecommendation(
      w.org,
      {
        id,
        version: n.version,
        method: "MEETING",
        ballotsIssued: 35,
        ballotsValid: 35,
        votesReceived: 30,
        recommendedOn: "2026-11-02",
      },
      { today: day(2026, 11, 5) },
    );
    await advance(w.org, id, "DECIDED");
    expect((await current(id)).stage).toBe("DECIDED");
    const renewed = await prisma.nominationEvent.findFirstOrThrow({
      where: { nominationId: id, data: { path: ["kind"], equals: "RECOMMENDATION_RENEWED" } },
    });
    expect(renewed.data).toMatchObject({
      recommendedOn: "2026-11-02",
      previous: { recommendedOn: "2025-10-01", ballotsIssued: 40 },
    });
  });

  it("a decision without a majority is refused beside the votes field (NAT-VOTE: 5 of 应到 11 is not more than 5.5)", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "DELIBERATED");
    await expect(
      advance(w.org, id, "DECIDED", { data: { votesFor: 5, votesAgainst: 4, votesAbstain: 1 } }),
    ).rejects.toThrow(/未通过：同意票须超过应到会成员半数（至少6票）.*（NAT-VOTE）/);
  });

  it("a decision without a quorum is refused beside 实到会人数 (NAT-VOTE: 7 of 应到 11 < 2/3)", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "DELIBERATED");
    await expect(
      advance(w.org, id, "DECIDED", { data: { membersPresent: 7, votesFor: 7, votesAgainst: 0, votesAbstain: 0 } }),
    ).rejects.toThrow(/未达到法定人数.*至少8人/);
    expect((await current(id)).stage).toBe("DELIBERATED");
  });

  // Issue 24 item 8: the procedure's dates are checked against each other and answered plainly,
  // beside the field — never as an "expired" recommendation.
  it("a 讨论决定 dated 2026-08-10, before the 民主推荐 of 2026-08-20, is refused beside 会议日期 as a date error, not as 已过期", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "DELIBERATED");
    const refused = advance(w.org, id, "DECIDED", { data: { meetingDate: "2026-08-10" } });
    await expect(refused).rejects.toMatchObject({
      field: "meetingDate",
      message: "会议日期不能早于民主推荐日期（2026年8月20日）",
    });
    expect((await current(id)).stage).toBe("DELIBERATED");
  });

  it("a 讨论决定 dated 2026-09-10, before the 考察 ended on 2026-09-18, is refused beside 会议日期", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advanceThrough(w.org, id, "DELIBERATED");
    await expect(advance(w.org, id, "DECIDED", { data: { meetingDate: "2026-09-10" } })).rejects.toMatchObject({
      field: "meetingDate",
      message: "会议日期不能早于考察结束日期（2026年9月18日）",
    });
  });

  it("a 考察 said to have ended on 2026-08-01, before the 民主推荐 of 2026-08-20, or after today, is refused beside its date", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    await advance(w.org, id, "RECOMMENDED");
    await expect(advance(w.org, id, "INVESTIGATED", { data: { investigatedOn: "2026-08-01" } })).rejects.toMatchObject({
      field: "investigatedOn",
      message: "考察结束日期不能早于民主推荐日期（2026年8月20日）",
    });
    await expect(advance(w.org, id, "INVESTIGATED", { data: { investigatedOn: "2026-09-21" } })).rejects.toMatchObject({
      field: "investigatedOn",
      message: "考察结束日期不能晚于今天（2026年9月20日）",
    });
    expect((await current(id)).stage).toBe("RECOMMENDED");
  });
});
