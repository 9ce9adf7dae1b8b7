import "server-only";
// 回避登记 by the 安全管理员: it narrows what an account may see, like the unit scope and the
// clearance the same administrator grants, so it sits with them and not with the 系统管理员,
// who creates accounts but decides nothing about what they reach. The 身份证号 of an account's holder and relatives are
// stored only as keyed hashes (the lookup hash of Cadre.idNumberHash), so the administrator
// learns nothing about the cadre database — not even whether a number matched — and a cadre
// imported later with one of those numbers is recused from then on. Applied on the user's
// next request (resolveSession reads it every time).
import type { RecusalInput } from "@/lib/validation/user-account";
import { auditBy, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { updateVersioned } from "@/lib/server/concurrency";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/errors/user-facing";
import { assertCan } from "@/lib/server/authz/scope";
import { refuseSelf } from "./account-rules";

export async function setRecusal(actor: Actor, input: RecusalInput): Promise<{ count: number }> {
  assertCan(actor, "recusal", "manage");
  await refuseSelf(actor, input.userId, "recusal", "不能更改自己的回避登记");
  const hashes = input.idNumbers.map((n) => hashIdNumber(n));
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { recusalIdNumberHashes: true } });
    if (!before) throw new NotFoundError("账号");
    await updateVersioned(tx.user, "User", input.userId, input.version, { recusalIdNumberHashes: hashes });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.recusal",
      objectType: "User",
      objectId: input.userId,
      result: "SUCCESS",
      // counts only: the hashes are personal data of third parties
      diff: { registered: { from: before.recusalIdNumberHashes.length, to: hashes.length } },
    });
  });
  return { count: hashes.length };
}
