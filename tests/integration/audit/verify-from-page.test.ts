// The auditor's integrity check from the audit page: the same verification as audit:verify,
// its result in Chinese with the time, and a row of its own (audit.verify) in the log.
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { verifyChainFromPage } from "@/lib/server/audit-log/verify-from-page";
import { prisma } from "@/lib/server/db";
import { actorOf } from "../../support/users";
import { asOwner, withOwnAuditDatabase } from "./chain-fixture";

const fx = withOwnAuditDatabase("miaopu_audit_page");
const auditor = actorOf({ id: "u-aud", username: "shenji", displayName: "审计员", role: "AUDITOR", unitId: null });
const staff = actorOf({ id: "u-st", username: "wangwu", displayName: "王五", role: "ORG_STAFF", unitId: null });

async function write(n: number): Promise<bigint[]> {
  const ids: bigint[] = [];
  for (let i = 0; i < n; i++)
    ids.push(
      (
        await writeAuditStandalone({
          ...auditBy(staff),
          action: "cadre.update",
          objectType: "Cadre",
          objectId: `c${i}`,
          result: "SUCCESS",
        })
      ).id,
    );
  return ids;
}

describe("校验日志完整性 from the audit page", () => {
  it("an intact log of 3 rows: ok, 3 checked, recorded as audit.verify SUCCESS (the 4th row)", async () => {
    await write(3);
    const r = await verifyChainFromPage(auditor, new Date("2026-11-22T02:05:07Z"));
    expect(r).toMatchObject({ ok: true, rows: 3, keyedRows: 3, checkedAt: "2026.11.22 10:05:07" });
    const last = await prisma.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last).toMatchObject({ action: "audit.verify", result: "SUCCESS", userId: "u-aud" });
  });

  it("a row edited behind the trigger: not ok, the row named, the problem in Chinese, recorded as FAILURE", async () => {
    const [, second] = await write(3);
    await asOwner(fx.raw, `UPDATE "AuditLog" SET "objectId" = 'someone-else' WHERE id = $1`, [second.toString()]);
    const r = await verifyChainFromPage(auditor);
    expect(r).toMatchObject({ ok: false, firstBadId: second.toString() });
    expect(r.problem).toMatch(/[\u4e00-\u9fff]/);
    expect(r.problem).not.toMatch(/ \/ /);
    const last = await prisma.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last).toMatchObject({ action: "audit.verify", result: "FAILURE" });
  });

  it("only the auditor may run it", async () => {
    await expect(verifyChainFromPage(staff)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
