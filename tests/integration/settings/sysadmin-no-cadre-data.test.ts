import { describe, expect, it } from "vitest";
import { getCadre, listCadreIds } from "@/lib/server/cadres/read-cadres";
import { revealIdNumber } from "@/lib/server/cadres/audited-views";
import { poolScope, unitScope } from "@/lib/server/authz/scope";
import { encryptIdNumber, hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { getHomeSummary } from "@/lib/server/home/summary";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { idNumberFor } from "../../factories";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

// 三员分立: the system and the security administrator manage accounts and never read cadre data,
// not even the 身份证号 of a cadre whose id they might learn.
describe("neither administrator can read any cadre", () => {
  for (const [i, role] of (["SYS_ADMIN", "SECURITY_ADMIN"] as const).entries()) {
    it(`${role} is refused a single cadre, the cadre list, the pool, the units and a 身份证号, while an organization user may read them`, async () => {
      const unit = await createTestUnit();
      const cadre = await createTestCadre(unit.id, "李四");
      const plain = idNumberFor(9301 + i, new Date("1988-05-01"), "MALE");
      await prisma.cadre.update({
        where: { id: cadre.id },
        data: { idNumberCipher: encryptIdNumber(plain), idNumberHash: hashIdNumber(plain) },
      });
      const admin = actorOf(await createTestUser(role));
      await expect(getCadre(admin, cadre.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listCadreIds(admin)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(revealIdNumber(admin, cadre.id)).rejects.toBeInstanceOf(ForbiddenError);
      expect(() => poolScope(admin)).toThrow(ForbiddenError);
      expect(() => unitScope(admin)).toThrow(ForbiddenError);
      expect(await getHomeSummary(admin)).toBeNull();

      const staff = actorOf(await createTestUser("ORG_STAFF"));
      expect((await getCadre(staff, cadre.id)).name).toBe("李四");
      expect(await revealIdNumber(staff, cadre.id)).toBe(plain);
    });
  }
});
