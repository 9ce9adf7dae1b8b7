// Refusals are audited: a page the role may not open (requirePermission), and a record read
// outside the actor's scope, recused, or nonexistent. The user gets the same not-found answer
// in each case; the audit log gets a DENIED row with the actor's context and the reason.
import { describe, expect, it, vi } from "vitest";
import { auditSessionHash } from "@/lib/audit/by";
import { NotFoundError } from "@/lib/errors/user-facing";
import { recordRefusal, verifyAuditChain } from "@/lib/server/audit";
import { runAs } from "@/lib/server/auth/actor-context";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getCadreFile } from "@/lib/server/cadres/profile";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

async function lastRow() {
  return prisma.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
}

async function notFoundMessage(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(NotFoundError);
  return (e as Error).message;
}

describe("refused reads", () => {
  it("a UNIT account reading another unit's cadre gets not found and leaves a DENIED row with its context", async () => {
    const [own, other] = [await createTestUnit(), await createTestUnit()];
    const cadre = await createTestCadre(other.id);
    const user = await createTestUser("UNIT", { unitId: own.id });
    const actor = actorOf(user, { sessionId: "sid-unit-1", requestId: "req-unit-1" });

    const message = await notFoundMessage(getCadreFile(actor, cadre.id));
    const row = await lastRow();
    expect(row).toMatchObject({
      action: "read.denied",
      result: "DENIED",
      userId: user.id,
      objectType: "Cadre",
      objectId: cadre.id,
      unitId: own.id,
      sessionHash: auditSessionHash("sid-unit-1"),
      requestId: "req-unit-1",
      userAgent: "vitest",
      chainVersion: 2,
      diff: { reason: "outOfScope" },
    });
    // A nonexistent id answers exactly the same, and is recorded too.
    expect(await notFoundMessage(getCadreFile(actor, "no-such-cadre"))).toBe(message);
    expect(await lastRow()).toMatchObject({ objectId: "no-such-cadre", diff: { reason: "missing" } });
    // The cadre of its own unit is read without a refusal (cleared for every labelled set, so
    // no security-label refusal is written either).
    const mine = await createTestCadre(own.id);
    const before = (await lastRow()).id;
    const cleared = { ...actor, clearance: "HIGHLY_SENSITIVE" as const };
    await expect(getCadreFile(cleared, mine.id).then((f) => f.cadre)).resolves.toMatchObject({ id: mine.id });
    expect((await lastRow()).id).toBe(before);
  });

  it("a recused read is refused the same way and recorded as recused", async () => {
    const unit = await createTestUnit();
    const cadre = await createTestCadre(unit.id, "李四");
    const user = await createTestUser("ORG_STAFF", { cadreId: cadre.id });
    const actor = actorOf(user, { recusedCadreIds: [cadre.id], sessionId: "sid-recused", requestId: "req-r" });

    await notFoundMessage(getCadreFile(actor, cadre.id));
    expect(await lastRow()).toMatchObject({
      action: "read.denied",
      result: "DENIED",
      userId: user.id,
      objectId: cadre.id,
      sessionHash: auditSessionHash("sid-recused"),
      requestId: "req-r",
      diff: { reason: "recused" },
    });
  });
});

describe("refused pages", () => {
  it("requirePermission answers not found and records page.denied with the resource and action", async () => {
    const user = await createTestUser("ORG_STAFF");
    const actor = actorOf(user, { sessionId: "sid-page", requestId: "req-page" });
    const e = await runAs(actor, () => requirePermission("audit", "read")).catch((err: unknown) => err);
    expect((e as { digest?: string }).digest).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await lastRow()).toMatchObject({
      action: "page.denied",
      result: "DENIED",
      userId: user.id,
      role: "ORG_STAFF",
      objectType: "Page",
      sessionHash: auditSessionHash("sid-page"),
      requestId: "req-page",
      diff: { resource: "audit", action: "read", path: null },
    });
    // Allowed pages write nothing.
    const before = (await lastRow()).id;
    await expect(runAs(actor, () => requirePermission("cadre", "read"))).resolves.toMatchObject({ userId: user.id });
    expect((await lastRow()).id).toBe(before);
  });

  it("a refusal whose audit row cannot be written still answers (never a 500)", async () => {
    const before = (await lastRow()).id;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(
      recordRefusal({
        actor: null,
        ip: null,
        action: "not a valid action",
        objectType: null,
        objectId: null,
        result: "DENIED",
      }),
    ).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledOnce();
    expect((await lastRow()).id).toBe(before);
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });
});
