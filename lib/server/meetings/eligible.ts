import "server-only";
// The nominations a new meeting may take: in the actor's scope, at the stage before the one the
// meeting moves them to, not returned to their unit, and not already on a meeting still to be held.
import type { MeetingPurpose } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { MEETING_STAGES } from "@/lib/meetings/stages";
import { nominationScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { assertMeetingAccess } from "./access";

export const DOCKET_NOMINATION_SELECT = {
  id: true,
  stage: true,
  version: true,
  tier: true,
  proposedPost: true,
  proposedRemoval: true,
  returnedComment: true,
  cadre: { select: { id: true, name: true, gender: true, birthDate: true, currentPostTitle: true } },
  unit: { select: { id: true, name: true } },
} as const;

export function eligibleWhere(actor: Actor, purpose: MeetingPurpose) {
  return {
    AND: [
      nominationScope(actor, "transition"),
      { stage: MEETING_STAGES[purpose].from, returnedComment: null },
      { meetingItems: { none: { result: "PENDING" as const, meeting: { status: "DRAFT" as const } } } },
    ],
  };
}

export async function eligibleNominations(actor: Actor, purpose: MeetingPurpose) {
  assertMeetingAccess(actor);
  return prisma.nomination.findMany({
    where: eligibleWhere(actor, purpose),
    select: DOCKET_NOMINATION_SELECT,
    orderBy: [{ unit: { name: "asc" } }, { id: "asc" }],
    take: 200,
  });
}
