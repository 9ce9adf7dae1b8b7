import { describe, expect, it } from "vitest";
import { setRecusalAction } from "@/app/(app)/settings/accounts/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { resolveSession } from "@/lib/server/auth/sessions";
import { signIn } from "@/lib/server/auth/sign-in";
import { getCadre, listCadreIds } from "@/lib/server/cadres/read-cadres";
import { encryptIdNumber, hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/errors/user-facing";
import { idNumberFor } from "../../factories";
import { actorOf, createTestUnit, createTestUser, TEST_PASSWORD } from "../../support/users";

// 回避登记 through the real path: the security administrator registers the 身份证号 of an
// organization-department user and of her brother; on her next request neither cadre exists
// for her, and a cousin recorded as a relative of hers is recused with them.
const SELF_ID = idNumberFor(9101, new Date("1988-05-01"), "FEMALE");
const BROTHER_ID = idNumberFor(9102, new Date("1985-03-01"), "MALE");

async function cadreWithId(unitId: string, name: string, plain: string, gender: "MALE" | "FEMALE", birth: string) {
  return prisma.cadre.create({
    data: {
      name,
      gender,
      birthDate: new Date(birth),
      politicalStatus: "CPC_MEMBER",
      unitId,
      idNumberCipher: encryptIdNumber(plain),
      idNumberHash: hashIdNumber(plain),
    },
  });
}

describe("回避登记 (SECURITY_ADMIN)", () => {
  it("registering her own and her brother's 身份证号 hides both cadres and her recorded cousin from her next request on; the audit row holds counts only", async () => {
    const unit = await createTestUnit();
    const self = await cadreWithId(unit.id, "韩雪", SELF_ID, "FEMALE", "1988-05-01");
    const brother = await cadreWithId(unit.id, "韩冰", BROTHER_ID, "MALE", "1985-03-01");
    const cousin = await prisma.cadre.create({
      data: {
        name: "韩露",
        gender: "FEMALE",
        birthDate: new Date("1990-01-01"),
        politicalStatus: "MASSES",
        unitId: unit.id,
      },
    });
    await prisma.familyMember.create({
      data: { cadreId: self.id, relation: "OTHER", name: "韩露", relativeCadreId: cousin.id },
    });

    const user = await createTestUser("ORG_STAFF");
    const signedIn = await signIn({
      username: user.username,
      password: TEST_PASSWORD,
      ip: null,
      userAgent: null,
      now: new Date(),
    });
    if (!signedIn.ok) throw new Error(signedIn.message);
    const before = (await resolveSession(signedIn.sessionId, new Date()))!;
    expect(await listCadreIds(before)).toEqual(expect.arrayContaining([self.id, brother.id, cousin.id]));

    const sys = actorOf(await createTestUser("SECURITY_ADMIN"));
    const bad = await runAs(sys, () =>
      setRecusalAction({ userId: user.id, version: user.version, idNumbers: `${SELF_ID}\n340104198611030353` }),
    );
    expect(
      (bad?.validationErrors as { idNumbers?: { _errors?: string[] } } | undefined)?.idNumbers?._errors?.[0],
    ).toMatch(/^第2个：/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).recusalIdNumberHashes).toEqual([]);

    const ok = await runAs(sys, () =>
      setRecusalAction({
        userId: user.id,
        version: user.version,
        idNumbers: `${SELF_ID}\n${BROTHER_ID.toLowerCase()}，${SELF_ID}`,
      }),
    );
    expect(ok?.data).toEqual({ count: 2 });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.recusalIdNumberHashes).not.toContain(SELF_ID);

    const after = (await resolveSession(signedIn.sessionId, new Date()))!;
    expect([...after.recusedCadreIds].sort()).toEqual([self.id, brother.id, cousin.id].sort());
    const visible = await listCadreIds(after);
    for (const id of [self.id, brother.id, cousin.id]) {
      expect(visible).not.toContain(id);
      await expect(getCadre(after, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "account.recusal", objectId: user.id } });
    expect(audit.diff).toEqual({ registered: { from: 0, to: 2 } });
    expect(JSON.stringify(audit.diff)).not.toContain(SELF_ID.slice(0, 14));

    // a stale version is refused; the administrator may not register for herself
    const stale = await runAs(sys, () => setRecusalAction({ userId: user.id, version: user.version, idNumbers: "" }));
    expect(stale?.serverError).toContain("已被他人修改");
    const own = await runAs(sys, () => setRecusalAction({ userId: sys.userId, version: 1, idNumbers: "" }));
    expect(own?.serverError).toBe("不能更改自己的回避登记");
  });
});
