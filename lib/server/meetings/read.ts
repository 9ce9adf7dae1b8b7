import "server-only";
// Reading meetings: the list (newest first) and one meeting with its members, its list of
// nominations (each inside the actor's nomination scope) and the votes once recorded.
import type { Actor } from "@/lib/auth/actor";
import { refusedRead } from "@/lib/server/audit";
import { nominationScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { assertMeetingAccess } from "./access";
import { DOCKET_NOMINATION_SELECT } from "./eligible";

export async function listMeetings(actor: Actor) {
  assertMeetingAccess(actor);
  return prisma.meeting.findMany({
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      purpose: true,
      title: true,
      heldOn: true,
      status: true,
      membersExpected: true,
      _count: { select: { items: true } },
      items: { where: { result: "PASSED" }, select: { id: true } },
    },
  });
}

export async function getMeeting(actor: Actor, id: string) {
  assertMeetingAccess(actor);
  const m = await prisma.meeting.findUnique({
    where: { id },
    include: {
      members: { orderBy: { sortOrder: "asc" } },
      items: {
        where: { nomination: nominationScope(actor, "transition") },
        orderBy: { sortOrder: "asc" },
        include: { nomination: { select: DOCKET_NOMINATION_SELECT }, votes: true },
      },
      recordedBy: { select: { displayName: true } },
      createdBy: { select: { displayName: true } },
    },
  });
  if (!m) throw await refusedRead(actor, "Meeting", id, "会议");
  return m;
}

export type MeetingDetail = Awaited<ReturnType<typeof getMeeting>>;
