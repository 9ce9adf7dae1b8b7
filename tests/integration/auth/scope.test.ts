import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { getCadre, listCadreIds } from "@/lib/server/cadres/read-cadres";
import { prisma } from "@/lib/server/db";
import { NotFoundError, ForbiddenError } from "@/lib/errors/user-facing";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

async function world() {
  const [a, b] = [await createTestUnit(), await createTestUnit()];
  const cadreA = await createTestCadre(a.id, "李明");
  const cadreB = await createTestCadre(b.id, "王芳");
  const users = {
    unitA: actorOf(await createTestUser("UNIT", { unitId: a.id })),
    org: actorOf(await createTestUser("ORG_STAFF")),
    leader: actorOf(await createTestUser("LEADER")),
    sys: actorOf(await createTestUser("SYS_ADMIN")),
    auditor: actorOf(await createTestUser("AUDITOR")),
  };
  return { a, b, cadreA, cadreB, users };
}

describe("unit scope and IDOR", () => {
  it("a unit user asking for another unit's cadre by id gets not found, and nothing changes", async () => {
    const { cadreA, cadreB, users } = await world();
    const before = await prisma.cadre.findUniqueOrThrow({ where: { id: cadreB.id } });
    await expect(getCadre(users.unitA, cadreB.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCadre(users.unitA, cadreA.id)).id).toBe(cadreA.id);
    expect(await prisma.cadre.findUniqueOrThrow({ where: { id: cadreB.id } })).toEqual(before);
  });

  it("the system administrator and the auditor read no cadre at all (forbidden, not an empty list)", async () => {
    const { cadreA, users } = await world();
    await expect(getCadre(users.sys, cadreA.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCadreIds(users.auditor)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a user never opens their own record or a recorded relative's (recusal)", async () => {
    const { a, cadreA, users } = await world();
    const relative = await createTestCadre(a.id, "李强");
    await prisma.familyMember.create({
      data: { cadreId: cadreA.id, relation: "SIBLING", name: "李强", relativeCadreId: relative.id },
    });
    const self = actorOf(await createTestUser("ORG_STAFF", { cadreId: cadreA.id }), {
      recusedCadreIds: [cadreA.id, relative.id],
    });
    await expect(getCadre(self, cadreA.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCadre(self, relative.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listCadreIds(users.org)).toContain(relative.id);
  });

  it("invariant over every (user, cadre) pair: the list shows exactly what a single read allows", async () => {
    const { users } = await world();
    const all = await prisma.cadre.findMany({ select: { id: true } });
    for (const [name, actor] of Object.entries(users)) {
      const readable =
        (actor.role as Role) === "SYS_ADMIN" || actor.role === "AUDITOR" ? null : new Set(await listCadreIds(actor));
      for (const { id } of all) {
        const single = await getCadre(actor, id).then(
          () => true,
          () => false,
        );
        expect(single, `${name} / ${id}`).toBe(readable?.has(id) ?? false);
      }
    }
  });
});
