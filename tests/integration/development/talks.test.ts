import { describe, expect, it } from "vitest";
import { createTalkAction, updateTalkAction } from "@/app/(app)/training/talks/actions";
import { poolExitSignals, resolveProfile } from "@/lib/rules";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { loadCadreFacts } from "@/lib/server/facts";
import { getTalk, listTalks } from "@/lib/server/development/talks";
import { NotFoundError } from "@/lib/errors/user-facing";
import { makeCadre, makeWorld, utc } from "./world";

// Both WS-TALKS and D20-MGMT-RECORD on, as a district running both documents would have it.
const profile = resolveProfile({
  key: "both",
  name: "两文件",
  extends: "district-2020",
  enable: ["WS-TALKS", "WS-POOL-DYNAMIC"],
});
const asOf = utc("2026-11-22");
const talk = {
  kind: "ADMONITION" as const,
  talkedOn: "2026-06-01",
  talkedBy: "组织部副部长 李明",
  summary: "依据诫勉决定进行诫勉谈话",
};

async function signals(cadreId: string) {
  const facts = (await loadCadreFacts([cadreId])).get(cadreId)!;
  const entry = {
    id: "e",
    tier: "SECTION" as const,
    domain: null,
    enteredOn: utc("2022-01-10"),
    closedOn: null,
    cadre: { ...facts, education: facts.education },
  };
  return poolExitSignals(entry, facts, profile, asOf)
    .filter((c) => !c.passed)
    .map((c) => c.ruleId);
}

describe("talks (WS-TALKS): a recorded problem vs a tolerated mistake", () => {
  it("a recorded problem counts at the review (WS-TALKS and D20-MGMT-RECORD); the same talk marked tolerated counts for nothing", async () => {
    const { a, actors } = await makeWorld();
    const recorded = await makeCadre({ unitId: a.id, tier: "SECTION" });
    const tolerated = await makeCadre({ unitId: a.id, tier: "SECTION" });
    expect(
      (await runAs(actors.org, () => createTalkAction({ ...talk, cadreId: recorded.id, record: "PROBLEM" })))?.data?.id,
    ).toBeTruthy();
    expect(
      (await runAs(actors.org, () => createTalkAction({ ...talk, cadreId: tolerated.id, record: "TOLERATED" })))?.data
        ?.id,
    ).toBeTruthy();
    const t = await prisma.talk.findFirstOrThrow({ where: { cadreId: tolerated.id } });
    expect([t.problemRecorded, t.errorTolerated]).toEqual([false, true]);
    expect(await signals(recorded.id)).toEqual(["WS-TALKS", "D20-MGMT-RECORD"]);
    expect(await signals(tolerated.id)).toEqual([]);
  });

  it("refuses a talk dated after today, and a stale edit", async () => {
    const { a, actors } = await makeWorld();
    const c = await makeCadre({ unitId: a.id });
    const future = await runAs(actors.org, () =>
      createTalkAction({ ...talk, cadreId: c.id, record: "NONE", talkedOn: "2099-01-01" }),
    );
    expect(future?.serverError).toBe("谈话日期不能晚于今天");
    const r = await runAs(actors.org, () => createTalkAction({ ...talk, cadreId: c.id, record: "NONE", kind: "CARE" }));
    const id = r?.data?.id ?? "";
    expect(
      (await runAs(actors.org, () => updateTalkAction({ ...talk, id, version: 1, record: "PROBLEM" })))?.data,
    ).toEqual({ ok: true });
    const stale = await runAs(actors.org, () => updateTalkAction({ ...talk, id, version: 1, record: "TOLERATED" }));
    expect(stale?.serverError).toContain("已被他人修改");
    expect((await prisma.talk.findUniqueOrThrow({ where: { id } })).problemRecorded).toBe(true);
  });

  it("a unit user sees only their own unit's talks and cannot record one", async () => {
    const { a, b, actors } = await makeWorld();
    const mine = await makeCadre({ unitId: a.id });
    const theirs = await makeCadre({ unitId: b.id });
    await runAs(actors.org, () => createTalkAction({ ...talk, cadreId: mine.id, record: "NONE" }));
    const other = await runAs(actors.org, () => createTalkAction({ ...talk, cadreId: theirs.id, record: "NONE" }));
    const seen = (await listTalks(actors.unitA)).map((t) => t.cadreId);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(theirs.id);
    await expect(getTalk(actors.unitA, other?.data?.id ?? "")).rejects.toBeInstanceOf(NotFoundError);
    expect(
      (await runAs(actors.unitA, () => createTalkAction({ ...talk, cadreId: mine.id, record: "NONE" })))?.serverError,
    ).toBe("您没有执行此操作的权限");
  });
});
