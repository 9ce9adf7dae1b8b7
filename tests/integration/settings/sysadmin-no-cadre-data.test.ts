import { describe, expect, it } from "vitest";
import { getCadre, listCadreIds } from "@/lib/server/cadres/read-cadres";
import { poolScope, unitScope } from "@/lib/server/authz/scope";
import { getHomeSummary } from "@/lib/server/home/summary";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

// 三员分立: the system administrator manages accounts and never reads cadre data.
describe("a system administrator cannot read any cadre", () => {
  it("is refused a single cadre, the cadre list, the pool and the units, while an organization user may read them", async () => {
    const unit = await createTestUnit();
    const cadre = await createTestCadre(unit.id, "李四");
    const sys = actorOf(await createTestUser("SYS_ADMIN"));
    await expect(getCadre(sys, cadre.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCadreIds(sys)).rejects.toBeInstanceOf(ForbiddenError);
    expect(() => poolScope(sys)).toThrow(ForbiddenError);
    expect(() => unitScope(sys)).toThrow(ForbiddenError);
    expect(await getHomeSummary(sys)).toBeNull();

    const staff = actorOf(await createTestUser("ORG_STAFF"));
    expect((await getCadre(staff, cadre.id)).name).toBe("李四");
  });
});
