// The 裸官 guard (issue 19): an editor without the familyAbroad clearance (高度敏感) may edit a
// relative's general fields but not change the 称谓 of, nor 作废, a relative whose emigration is
// recorded — either would change ZZ15-EXCL (family abroad) without the editor seeing why. The
// refusal names no emigration and is audited as a label denial; nothing is written. A relative
// without a recorded emigration, and a cleared editor, are not affected.
import { beforeAll, describe, expect, it } from "vitest";
import { archiveRecordAction, saveFamilyMemberAction } from "@/app/(app)/cadres/file-actions";
import type { Actor } from "@/lib/auth/actor";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

const MESSAGE = "该家庭成员含您的密级不能查看的信息，请由具有“高度敏感”密级的人员修改";
let staff: Actor;
let general: Actor;
let cadreId: string;

beforeAll(async () => {
  staff = actorOf(await createTestUser("ORG_STAFF"));
  general = actorOf(await createTestUser("ORG_STAFF", { clearance: "GENERAL" }));
  cadreId = (await createTestCadre((await createTestUnit()).id, "裴文涛")).id;
});

const denials = (id: string) =>
  prisma.auditLog.findMany({ where: { objectId: id, action: "read.denied.label", result: "DENIED" } });

describe("家庭主要成员: the 裸官 guard for an editor without the familyAbroad clearance", () => {
  it("refuses changing the 称谓 of an emigrated relative, without naming the emigration, audited; the other fields still save", async () => {
    const spouse = await prisma.familyMember.create({
      data: { cadreId, relation: "SPOUSE", name: "江月", emigrated: true, emigratedTo: "加拿大" },
    });
    const r = await runAs(general, () =>
      saveFamilyMemberAction({ cadreId, id: spouse.id, version: 1, relation: "MOTHER", name: "江月" }),
    );
    expect(r?.validationErrors?.relation?._errors?.[0]).toBe(MESSAGE);
    expect(JSON.stringify(r)).not.toMatch(/移居|加拿大|emigrat/);
    expect(await prisma.familyMember.findUniqueOrThrow({ where: { id: spouse.id } })).toMatchObject({
      relation: "SPOUSE",
      version: 1,
    });
    const [denied] = await denials(spouse.id);
    expect(denied).toMatchObject({ userId: general.userId, objectType: "FamilyMember" });
    expect(denied!.diff).toMatchObject({ set: "familyAbroad", purpose: "edit", cadreId, change: "relation" });

    const renamed = await runAs(general, () =>
      saveFamilyMemberAction({ cadreId, id: spouse.id, version: 1, relation: "SPOUSE", name: "江玥" }),
    );
    expect(renamed?.data).toMatchObject({ ok: true, version: 2 });
  });

  it("refuses 作废 of an emigrated relative (audited, nothing archived); a relative without recorded emigration is archived", async () => {
    const son = await prisma.familyMember.create({
      data: { cadreId, relation: "SON", name: "裴一鸣", emigratedTo: "英国" },
    });
    const r = await runAs(general, () =>
      archiveRecordAction({ cadreId, kind: "FamilyMember", id: son.id, version: 1 }),
    );
    expect(r?.serverError).toBe(MESSAGE);
    expect((await prisma.familyMember.findUniqueOrThrow({ where: { id: son.id } })).archivedAt).toBeNull();
    expect((await denials(son.id)).map((a) => (a.diff as { change: string }).change)).toEqual(["archive"]);

    const father = await prisma.familyMember.create({ data: { cadreId, relation: "FATHER", name: "裴建国" } });
    const ok = await runAs(general, () =>
      archiveRecordAction({ cadreId, kind: "FamilyMember", id: father.id, version: 1 }),
    );
    expect(ok?.data).toMatchObject({ ok: true, version: 2 });
    const moved = await runAs(general, () =>
      saveFamilyMemberAction({ cadreId, id: son.id, version: 1, relation: "SON", name: "裴一鸣", deceased: false }),
    );
    expect(moved?.data?.ok).toBe(true);
  });

  it("lets the cleared editor change the 称谓 and 作废 the same relative", async () => {
    const daughter = await prisma.familyMember.create({
      data: { cadreId, relation: "DAUGHTER", name: "裴一诺", emigrated: true, emigratedTo: "新加坡" },
    });
    const r = await runAs(staff, () =>
      saveFamilyMemberAction({ cadreId, id: daughter.id, version: 1, relation: "SON", name: "裴一诺" }),
    );
    expect(r?.data).toMatchObject({ ok: true, version: 2 });
    const a = await runAs(staff, () =>
      archiveRecordAction({ cadreId, kind: "FamilyMember", id: daughter.id, version: 2 }),
    );
    expect(a?.data).toMatchObject({ ok: true, version: 3 });
    expect(await denials(daughter.id)).toEqual([]);
  });
});
