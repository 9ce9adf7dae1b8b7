import { describe, expect, it } from "vitest";
import { addDomainAction, archiveDomainAction } from "@/app/(app)/settings/codes/actions";
import { DEFAULT_FAMILIAR_DOMAINS } from "@/lib/labels";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { getFamiliarDomains, listFamiliarDomainRows } from "@/lib/server/settings/familiar-domains";
import { actorOf, createTestUser } from "../../support/users";

describe("the familiar-domain code table", () => {
  it("starts as the code's defaults; the first edit stores them with the change", async () => {
    expect(await prisma.familiarDomain.count()).toBe(0);
    expect(await getFamiliarDomains()).toEqual([...DEFAULT_FAMILIAR_DOMAINS]);
    const admin = actorOf(await createTestUser("ORG_ADMIN"));
    // (the permission-matrix test may have left DENIED rows under the same action name)
    const audited = () => prisma.auditLog.count({ where: { action: "codes.addFamiliarDomain", result: "SUCCESS" } });
    const before = await audited();
    const r = await runAs(admin, () => addDomainAction({ name: "乡村振兴" }));
    expect(r?.data).toEqual({ ok: true });
    expect(await getFamiliarDomains()).toEqual([...DEFAULT_FAMILIAR_DOMAINS, "乡村振兴"]);
    expect(await audited()).toBe(before + 1);
  });

  it("refuses a duplicate beside the field, retires and restores a domain, and detects a stale version", async () => {
    const admin = actorOf(await createTestUser("ORG_ADMIN"));
    const dup = await runAs(admin, () => addDomainAction({ name: "法律" }));
    expect(dup?.validationErrors?.name?._errors?.[0]).toBe("该领域已在列表中");
    const law = (await listFamiliarDomainRows()).find((d) => d.name === "法律")!;
    await runAs(admin, () => archiveDomainAction({ name: "法律", archived: true, version: law.version }));
    expect(await getFamiliarDomains()).not.toContain("法律");
    const again = await runAs(admin, () => addDomainAction({ name: "法律" }));
    expect(again?.validationErrors?.name?._errors?.[0]).toBe("该领域已停用，可在列表中重新启用");
    const stale = await runAs(admin, () =>
      archiveDomainAction({ name: "法律", archived: false, version: law.version }),
    );
    expect(stale?.serverError).toBe("该记录已被他人修改，请刷新页面核对后再操作");
    await runAs(admin, () => archiveDomainAction({ name: "法律", archived: false, version: law.version! + 1 }));
    expect(await getFamiliarDomains()).toContain("法律");
  });

  it("is read-only for organization staff", async () => {
    const staff = actorOf(await createTestUser("ORG_STAFF"));
    const r = await runAs(staff, () => addDomainAction({ name: "教育" }));
    expect(r?.serverError).toBe("您没有执行此操作的权限");
  });
});
