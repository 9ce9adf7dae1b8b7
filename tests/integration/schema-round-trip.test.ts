import { describe, expect, it } from "vitest";
import { updateVersioned, StaleVersionError } from "@/lib/server/concurrency";
import { decryptIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { createFullCadre, FULL_CADRE_INCLUDE } from "../factories";

describe("the schema holds a whole cadre file", () => {
  it("round-trips a cadre with one of every related record", async () => {
    const created = await createFullCadre(prisma, {}, { idNumber: true });
    const loaded = await prisma.cadre.findUniqueOrThrow({ where: { id: created.id }, include: FULL_CADRE_INCLUDE });
    expect(loaded).toEqual(created);
    const relations = [
      "educationRecords",
      "appointments",
      "assessments",
      "sanctions",
      "personalMattersReports",
      "familyMembers",
      "poolEntries",
      "nominations",
      "trainingAttendances",
      "practices",
      "mentorshipsAsMentee",
      "developmentPlans",
      "talks",
    ] as const;
    for (const r of relations) expect(loaded[r].length, r).toBeGreaterThan(0);
    expect(loaded.educationRecords.some((e) => e.fullTime)).toBe(true);
    expect(loaded.educationRecords.some((e) => !e.fullTime)).toBe(true);
    expect(loaded.poolEntries[0].reviews.length).toBeGreaterThan(0);
    expect(loaded.nominations[0].events.length).toBeGreaterThan(0);
    expect(loaded.developmentPlans[0].goals.map((g) => g.measureKinds)).toEqual([["PRACTICE"]]);
    expect(decryptIdNumber(loaded.idNumberCipher!)).toMatch(/^\d{17}[\dX]$/);
  });

  it("rejects a stale version: two edits from version 1, the second is refused and the first kept", async () => {
    const c = await createFullCadre(prisma);
    expect(c.version).toBe(1);
    await updateVersioned(prisma.cadre, "Cadre", c.id, 1, { expertise: "城市更新" });
    await expect(updateVersioned(prisma.cadre, "Cadre", c.id, 1, { expertise: "招商引资" })).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    const after = await prisma.cadre.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.expertise).toBe("城市更新");
    expect(after.version).toBe(2);
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    const c = await createFullCadre(prisma);
    const results = await Promise.allSettled([
      updateVersioned(prisma.cadre, "Cadre", c.id, 1, { expertise: "甲" }),
      updateVersioned(prisma.cadre, "Cadre", c.id, 1, { expertise: "乙" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
  });
});
