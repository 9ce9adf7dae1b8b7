import "server-only";
import { refusedRead } from "@/lib/server/audit";
// Reading one nomination for a change: inside the actor's scope (another unit's id is simply
// not found) and at the stage and version the user saw, with a clear message when it moved on.
import type { Nomination, Prisma } from "@/lib/generated/prisma/client";
import type { NominationStage } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/authz/permissions";
import { nominationScope } from "@/lib/server/authz/scope";
import { nominationStageLabel } from "@/lib/labels";
import { StaleVersionError } from "@/lib/server/concurrency";

export { isOpen, OPEN_STAGES } from "@/lib/nominations/stages";

export async function findNominationInScope(
  tx: Prisma.TransactionClient,
  actor: Actor,
  id: string,
  action: Action,
): Promise<Nomination> {
  const n = await tx.nomination.findFirst({ where: { AND: [{ id }, nominationScope(actor, action)] } });
  if (!n) throw await refusedRead(actor, "Nomination", id, "推荐");
  return n;
}

/** The message for a user whose view is out of date. */
export function conflictMessage(current: Pick<Nomination, "stage">, expectedStage?: NominationStage): string {
  if (expectedStage && current.stage !== expectedStage) {
    return `操作未执行：该推荐已由他人办理，当前环节为“${nominationStageLabel[current.stage]}”。请刷新页面后查看。`;
  }
  return "操作未执行：该推荐刚刚已被他人修改。请刷新页面，核对最新内容后再操作。";
}

export async function loadForChange(
  tx: Prisma.TransactionClient,
  actor: Actor,
  id: string,
  action: Action,
  seen: { version: number; stage?: NominationStage },
): Promise<Nomination> {
  const n = await findNominationInScope(tx, actor, id, action);
  if ((seen.stage && n.stage !== seen.stage) || n.version !== seen.version) {
    throw new StaleVersionError("Nomination", n.id, seen.version, conflictMessage(n, seen.stage));
  }
  return n;
}
