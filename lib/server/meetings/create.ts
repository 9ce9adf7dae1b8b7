import "server-only";
// Builds a meeting (draft) from nominations at the stage before the one it moves them to: the
// body, the date, the members (应到 = the members listed) and the list (讨论任免名单), in one
// transaction with its audit row. A nomination that moved, left the actor's scope or went onto
// another draft meeting meanwhile is refused by name; nothing is written then.
import type { Actor } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors/field-errors";
import { toDay } from "@/lib/rules";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { meetingPurposeLabel } from "@/lib/labels";
import { MEETING_STAGES } from "@/lib/meetings/stages";
import { nominationStageLabel } from "@/lib/labels";
import type { CreateMeetingInput } from "@/lib/validation/meetings";
import { assertMeetingAccess } from "./access";
import { eligibleWhere } from "./eligible";

export async function createMeeting(actor: Actor, input: CreateMeetingInput): Promise<{ id: string }> {
  assertMeetingAccess(actor);
  const ids = [...new Set(input.nominationIds)];
  return prisma.$transaction(async (tx) => {
    const found = await tx.nomination.findMany({
      where: { AND: [{ id: { in: ids } }, eligibleWhere(actor, input.purpose)] },
      select: { id: true },
    });
    if (found.length !== ids.length) {
      const stage = nominationStageLabel[MEETING_STAGES[input.purpose].from];
      throw new FieldError(
        "nominationIds",
        `所选人选中有${ids.length - found.length}名已不在“${stage}”环节、已列入其他待召开的会议或不在您的办理范围内，请刷新后重新选择`,
      );
    }
    const meeting = await tx.meeting.create({
      data: {
        kind: input.kind,
        purpose: input.purpose,
        title: input.title,
        heldOn: toDay(input.heldOn),
        place: input.place ?? null,
        membersExpected: input.members.length,
        createdById: actor.userId,
        members: { create: input.members.map((m, i) => ({ name: m.name, post: m.post, sortOrder: i + 1 })) },
        items: { create: ids.map((nominationId, i) => ({ nominationId, sortOrder: i + 1 })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "meeting.create",
      objectType: "Meeting",
      objectId: meeting.id,
      result: "SUCCESS",
      diff: {
        purpose: meetingPurposeLabel[input.purpose],
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        membersExpected: input.members.length,
        nominationIds: ids,
      },
    });
    return meeting;
  });
}
