// An LRMX import that updates a cadre with an appointment history (issue 19): the 现任职务, unit
// and 职务层次 follow the history, not the form — a form value that disagrees is overwritten from
// the history in the same transaction, the import's audit row lists it under
// currentPostFromHistory, and the db:check query finds no disagreement for the cadre afterwards.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { todayInChina } from "@/lib/format/dates";
import { driftOf, readWithHistory, syncCurrentPost } from "@/lib/server/cadres/sync-current-post";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { confirmImport } from "@/lib/server/import/confirm";
import { planFormImport } from "@/lib/server/import/form-plan";
import { actorOf, createTestUser } from "../../support/users";

// the fixture 周明远 under another (valid) 身份证号 and in a street of his own, so this file
// neither meets form-import.test.ts's cadre nor its unit
const ID = "340104198611030715";
const STREET = "青禾区云栖街道";
const META = { action: "cadre.import.lrmx" as const, fileName: "forms" };
const form = () => ({
  name: "云栖.lrmx",
  bytes: new TextEncoder().encode(
    readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/zhou-mingyuan.lrmx"), "utf8")
      .replace("<ShenFenZheng>340104198611030352</ShenFenZheng>", `<ShenFenZheng>${ID}</ShenFenZheng>`)
      .replaceAll("青禾区柳溪街道", STREET),
  ),
});

let staff: Actor;
let streetId: string;

async function importForm() {
  const r = await planFormImport(staff, [form()], { defaultUnitId: streetId });
  if (!r.ok) throw new Error(r.message);
  return confirmImport(staff, { ok: true, plan: r.plan }, r.plan.report.digest, META);
}

const driftFor = async (cadreId: string) => driftOf(await readWithHistory(prisma, { id: cadreId }), todayInChina());

beforeAll(async () => {
  staff = actorOf(await createTestUser("ORG_STAFF"));
  streetId = (
    await prisma.unit.create({
      data: { code: `YQ-${Date.now()}`, name: STREET, shortName: "云栖街道", type: "STREET" },
    })
  ).id;
});

describe("an LRMX import over a cadre with an appointment history", () => {
  it("overwrites the form's 现任职务 from the history, lists it in the audit row, and leaves no disagreement", async () => {
    await importForm();
    const cadre = await prisma.cadre.findUniqueOrThrow({ where: { idNumberHash: hashIdNumber(ID) } });
    expect(cadre.currentPostTitle).toBe(`${STREET}党工委书记`);
    // the history says otherwise: 办事处副主任 (副处) since 2024-03-01
    const post = await prisma.post.create({
      data: { unitId: streetId, title: "办事处副主任", isPrincipal: false, rank: "DIVISION_DEPUTY", sortOrder: 20 },
    });
    await prisma.appointment.create({
      data: { cadreId: cadre.id, postId: post.id, startDate: new Date("2024-03-01T00:00:00Z") },
    });
    await prisma.$transaction((tx) => syncCurrentPost(tx, cadre.id, todayInChina()));
    const synced = await prisma.cadre.findUniqueOrThrow({ where: { id: cadre.id } });
    expect(synced).toMatchObject({
      currentPostTitle: "云栖街道办事处副主任",
      rank: "DIVISION_DEPUTY",
      unitId: streetId,
    });
    expect(await driftFor(cadre.id)).toEqual([]);

    // the same form again: its 现任职务 (党工委书记) disagrees with the history
    const result = await importForm();
    expect(result).toMatchObject({ updated: 1 });
    const after = await prisma.cadre.findUniqueOrThrow({ where: { id: cadre.id } });
    expect(after).toMatchObject({
      currentPostTitle: "云栖街道办事处副主任",
      rank: "DIVISION_DEPUTY",
      unitId: streetId,
    });
    expect(after.rankSince?.toISOString().slice(0, 10)).toBe("2024-03-01");
    expect(await driftFor(cadre.id)).toEqual([]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "cadre.import.lrmx", userId: staff.userId },
      orderBy: { id: "desc" },
    });
    const diff = audit.diff as {
      updates: Record<string, Record<string, unknown>>;
      currentPostFromHistory: Record<string, Record<string, { from: unknown; to: unknown }>>;
    };
    expect(diff.updates[cadre.id]).toHaveProperty("currentPostTitle");
    expect(diff.currentPostFromHistory[cadre.id].currentPostTitle).toEqual({
      from: `${STREET}党工委书记`,
      to: "云栖街道办事处副主任",
    });
  });
});
