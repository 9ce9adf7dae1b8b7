import "server-only";
// Records a held meeting: who attended, each present member's vote on each nomination, and the
// result. A nomination moves on (through advanceNomination, so its step guard, its event, its
// audit row and whatever else the step does run as for the manual step) only when NAT-VOTE
// holds; otherwise the item is recorded 未通过 / 未达到法定人数 and the nomination stays.
// One transaction: a meeting recorded by someone else, a nomination moved or edited since the
// page was opened, or any refused step rolls everything back and is reported.
import type { Actor } from "@/lib/auth/actor";
import { UserFacingError } from "@/lib/errors/user-facing";
import { formatDateLong } from "@/lib/format/dates";
import { MEETING_STAGES } from "@/lib/meetings/stages";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { advanceNomination } from "@/lib/server/nominations/advance";
import { todayOf, type ClockOptions } from "@/lib/server/nominations/clock";
import { loadForChange } from "@/lib/server/nominations/load";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import type { RecordMeetingInput } from "@/lib/validation/meetings";
import { assertMeetingAccess } from "./access";
import { getMeeting } from "./read";
import { stepInputOf, tallyOf, verdictOf } from "./tally";

export const MEETING_RECORDED_MESSAGE = "操作未执行：该会议的表决结果已由他人记录或会议已被修改，请刷新页面后查看。";

export async function recordMeeting(actor: Actor, input: RecordMeetingInput, opts: ClockOptions = {}) {
  assertMeetingAccess(actor);
  const today = todayOf(opts);
  const { profile } = await getActiveProfile();
  const meeting = await getMeeting(actor, input.id);
  if (meeting.heldOn.getTime() > today.getTime())
    throw new UserFacingError(`会议日期为${formatDateLong(meeting.heldOn)}，会后方可记录表决结果`);
  const memberIds = new Set(meeting.members.map((m) => m.id));
  const itemIds = new Set(meeting.items.map((i) => i.id));
  const sent = new Map(input.items.map((i) => [i.itemId, i.nominationVersion]));
  if (input.present.some((id) => !memberIds.has(id)) || input.votes.some((v) => !itemIds.has(v.itemId)))
    throw new UserFacingError(MEETING_RECORDED_MESSAGE);
  if (sent.size !== itemIds.size || [...itemIds].some((id) => !sent.has(id)))
    throw new UserFacingError(MEETING_RECORDED_MESSAGE);
  const present = new Set(input.present);
  const { from } = MEETING_STAGES[meeting.purpose];

  return prisma.$transaction(async (tx) => {
    // Holding the meeting first: of two people recording at once, the second updates nothing.
    const held = await tx.meeting.updateMany({
      where: { id: meeting.id, version: input.version, status: "DRAFT" },
      data: { status: "HELD", recordedById: actor.userId, recordedAt: new Date(), version: { increment: 1 } },
    });
    if (held.count !== 1) throw new StaleVersionError("Meeting", meeting.id, input.version, MEETING_RECORDED_MESSAGE);
    await tx.meetingMember.updateMany({ where: { meetingId: meeting.id }, data: { present: false } });
    await tx.meetingMember.updateMany({
      where: { meetingId: meeting.id, id: { in: [...present] } },
      data: { present: true },
    });
    const results: Record<string, unknown>[] = [];
    for (const item of meeting.items) {
      const version = sent.get(item.id)!;
      const n = await loadForChange(tx, actor, item.nominationId, "transition", { version, stage: from });
      const votes = input.votes.filter((v) => v.itemId === item.id && present.has(v.memberId));
      const tally = tallyOf(
        meeting.membersExpected,
        present.size,
        votes.map((v) => v.choice),
      );
      const verdict = verdictOf(tally, profile);
      await tx.meetingVote.createMany({
        data: votes.map((v) => ({ itemId: item.id, memberId: v.memberId, choice: v.choice })),
      });
      let eventId: string | null = null;
      if (verdict.outcome === "PASSED") {
        const moved = await advanceNomination(actor, stepInputOf(meeting, n, tally, verdict), { tx, today });
        eventId = moved.eventId;
      }
      await tx.meetingItem.update({
        where: { id: item.id },
        data: {
          result: verdict.outcome,
          membersPresent: tally.membersPresent,
          votesFor: tally.votesFor,
          votesAgainst: tally.votesAgainst,
          votesAbstain: tally.votesAbstain,
          resultNote: `${verdict.message}（${verdict.ruleId}）`,
          eventId,
        },
      });
      results.push({ nominationId: n.id, result: verdict.outcome, ...tally, eventId });
    }
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "meeting.record",
      objectType: "Meeting",
      objectId: meeting.id,
      result: "SUCCESS",
      diff: {
        status: { from: "DRAFT", to: "HELD" },
        membersExpected: meeting.membersExpected,
        present: present.size,
        items: results,
      },
    });
    return { results };
  });
}
