import { describe, expect, it } from "vitest";
import { day } from "@/lib/rules";
import { prisma } from "@/lib/server/db";
import { advanceThrough } from "./steps";
import { nominationWorld, submitted } from "./world";

// One open pool entry per cadre: a 科级 member nominated for 副处级 leaves the 科级 tier when
// the 任职 takes effect (2026-11-26), so the old entry closes on 2026-11-25 as 调整层级.
describe("任职 at another tier", () => {
  it("closes the open 科级 entry on 2026-11-25 as 调整层级 (audited) and opens the 副处级 one on 2026-11-26", async () => {
    const w = await nominationWorld();
    const { id, cadre } = await submitted(w, "周层级");
    const old = await prisma.poolEntry.create({
      data: { cadreId: cadre.id, tier: "SECTION", source: "ORG_INVESTIGATION", enteredOn: day(2024, 3, 1) },
    });
    await advanceThrough(w.org, id, "APPOINTED");
    const entries = await prisma.poolEntry.findMany({ where: { cadreId: cadre.id }, orderBy: { enteredOn: "asc" } });
    expect(entries.map((e) => [e.tier, e.closedOn, e.exitReason])).toEqual([
      ["SECTION", day(2026, 11, 25), "TIER_CHANGED"],
      ["DIVISION_DEPUTY", null, null],
    ]);
    expect(entries[1].nominationId).toBe(id);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "pool.exit", objectId: old.id } });
    expect(audit.diff).toMatchObject({ exitReason: { to: "TIER_CHANGED" }, nominationId: id });
  });

  it("the database refuses a second open entry for one cadre, whatever path writes it", async () => {
    const w = await nominationWorld();
    const { cadre } = await submitted(w, "吴唯一");
    await prisma.poolEntry.create({
      data: { cadreId: cadre.id, tier: "SECTION", source: "ORG_INVESTIGATION", enteredOn: day(2024, 3, 1) },
    });
    await expect(
      prisma.poolEntry.create({
        data: { cadreId: cadre.id, tier: "DIVISION_DEPUTY", source: "ORG_INVESTIGATION", enteredOn: day(2025, 3, 1) },
      }),
    ).rejects.toThrow(/Unique constraint/);
  });
});
