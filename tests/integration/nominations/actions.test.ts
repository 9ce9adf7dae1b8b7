import { describe, expect, it } from "vitest";
import { submitNominationAction } from "@/app/(app)/nominations/actions";
import { advanceNominationAction } from "@/app/(app)/nominations/[id]/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { cadreIn, current, nominationWorld, submission, submitted } from "./world";

describe("the nomination server actions", () => {
  it("bad ballots are refused beside the field (valid ≤ issued, votes ≤ valid) and nothing is written", async () => {
    const w = await nominationWorld();
    const cadre = await cadreIn(w.a.id, "冯雪", { clean: true });
    const r = await runAs(w.unitA, () =>
      submitNominationAction({ ...submission(cadre.id), ballotsIssued: 30, ballotsValid: 31, votesReceived: 32 }),
    );
    expect(r?.validationErrors?.ballotsValid?._errors?.[0]).toBe("有效票数（31）不能多于发出票数（30）");
    expect(r?.validationErrors?.votesReceived?._errors?.[0]).toBe("得票数（32）不能多于有效票数（31）");
    const blank = await runAs(w.unitA, () =>
      submitNominationAction({ ...submission(cadre.id), ballotsIssued: "" as unknown as number, reasons: "" }),
    );
    expect(blank?.validationErrors?.ballotsIssued?._errors?.[0]).toBe("请填写发出票数");
    expect(blank?.validationErrors?.reasons?._errors?.[0]).toBe("请填写推荐理由");
    expect(await prisma.nomination.count({ where: { cadreId: cadre.id } })).toBe(0);
  });

  it("a unit user cannot move a nomination: refused, audited as denied, nothing changed", async () => {
    const w = await nominationWorld();
    const { id } = await submitted(w);
    const n = await current(id);
    const r = await runAs(w.unitA, () =>
      advanceNominationAction({ id, version: n.version, from: n.stage, to: "RECOMMENDED" }),
    );
    expect(r?.serverError).toBe("您没有执行此操作的权限");
    expect(
      await prisma.auditLog.count({
        where: { userId: w.unitA.userId, action: "nomination.advance", result: "DENIED" },
      }),
    ).toBe(1);
    expect(await current(id)).toEqual(n);
  });

  it("through the actions: submit returns the new id; of two simultaneous “next” clicks one succeeds, the other reads a clear message", async () => {
    const w = await nominationWorld();
    const cadre = await cadreIn(w.a.id, "褚云", { clean: true });
    const today = new Date().toISOString().slice(0, 10);
    const sent = await runAs(w.unitA, () => submitNominationAction({ ...submission(cadre.id), recommendedOn: today }));
    const id = sent?.data?.id as string;
    expect(id).toBeTruthy();
    const n = await current(id);
    const input = { id, version: n.version, from: n.stage, to: "RECOMMENDED" as const };
    const [a, b] = await Promise.all([
      runAs(w.org, () => advanceNominationAction(input)),
      runAs(w.org2, () => advanceNominationAction(input)),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r?.data?.ok)).toHaveLength(1);
    expect(results.find((r) => r?.serverError)?.serverError).toBe(
      "操作未执行：该推荐已由他人办理，当前环节为“民主推荐”。请刷新页面后查看。",
    );
  });
});
