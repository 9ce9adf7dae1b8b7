import "server-only";
// Objections (反映) received during 公示 and their resolution. Each is an event at the 公示
// stage; 任职 is refused while one is unresolved (see step-guards.ts).
import { formatDateLong } from "@/lib/format/dates";
import { toDay } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";
import type { ObjectionInput, ResolveObjectionInput } from "@/lib/validation/nominations";
import { todayOf, type ClockOptions } from "./clock";
import { commitNominationChange } from "./commit";
import { FieldError } from "@/lib/errors/field-errors";
import { objectionsOf } from "@/lib/nominations/events";
import { loadForChange } from "./load";

export async function recordObjection(actor: Actor, input: ObjectionInput, opts: ClockOptions = {}) {
  const today = todayOf(opts);
  return prisma.$transaction(async (tx) => {
    const n = await loadForChange(tx, actor, input.id, "transition", { version: input.version, stage: "PUBLICIZED" });
    const received = toDay(input.receivedOn);
    if (n.publicityStart && received.getTime() < n.publicityStart.getTime()) {
      throw new FieldError("receivedOn", `收到日期不能早于公示开始日期（${formatDateLong(n.publicityStart)}）`);
    }
    if (received.getTime() > today.getTime())
      throw new FieldError("receivedOn", `收到日期不能晚于今天（${formatDateLong(today)}）`);
    return commitNominationChange(tx, actor, n, {
      patch: {},
      event: { toStage: n.stage, data: { kind: "OBJECTION", receivedOn: input.receivedOn, content: input.content } },
      auditAction: "nomination.objection.record",
    });
  });
}

export async function resolveObjection(actor: Actor, input: ResolveObjectionInput) {
  return prisma.$transaction(async (tx) => {
    const n = await loadForChange(tx, actor, input.id, "transition", { version: input.version, stage: "PUBLICIZED" });
    const events = await tx.nominationEvent.findMany({ where: { nominationId: n.id }, orderBy: { occurredAt: "asc" } });
    const objection = objectionsOf(events).find((o) => o.id === input.objectionId);
    if (!objection) throw new UserFacingError("未找到该反映记录");
    if (objection.resolution !== null) throw new UserFacingError("该反映已核查办结");
    return commitNominationChange(tx, actor, n, {
      patch: {},
      event: {
        toStage: n.stage,
        data: { kind: "OBJECTION_RESOLVED", objectionId: objection.id, resolution: input.resolution },
      },
      auditAction: "nomination.objection.resolve",
    });
  });
}
