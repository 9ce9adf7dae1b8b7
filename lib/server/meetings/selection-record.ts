import "server-only";
// The 全程纪实表 of one nomination, read inside the actor's nomination scope (a unit account sees
// its own unit's): the events with who recorded them, and the meetings that deliberated on or
// decided it (their members, present or not).
import type { Actor } from "@/lib/auth/actor";
import { buildSelectionRecord, type RecordMeeting } from "@/lib/nominations/selection-record";
import { prisma } from "@/lib/server/db";
import { getNominationDetail } from "@/lib/server/nominations";

export async function getSelectionRecord(actor: Actor, nominationId: string) {
  const n = await getNominationDetail(actor, nominationId);
  const meetingIds = n.events
    .map((e) => (e.data && typeof e.data === "object" ? (e.data as Record<string, unknown>).meetingId : null))
    .filter((x): x is string => typeof x === "string");
  const meetings = meetingIds.length
    ? await prisma.meeting.findMany({
        where: { id: { in: meetingIds }, items: { some: { nominationId: n.id } } },
        include: { members: { orderBy: { sortOrder: "asc" } } },
      })
    : [];
  const byId: Record<string, RecordMeeting> = Object.fromEntries(
    meetings.map((m) => [
      m.id,
      {
        id: m.id,
        kind: m.kind,
        title: m.title,
        place: m.place,
        present: m.members.filter((x) => x.present).map((x) => x.name),
        absent: m.members.filter((x) => !x.present).map((x) => x.name),
      },
    ]),
  );
  const rows = buildSelectionRecord({
    unitName: n.unit.name,
    cadreName: n.cadre.name,
    reasons: n.reasons,
    events: n.events,
    actorNames: n.actorNames,
    meetings: byId,
  });
  return { nomination: n, rows };
}

export type SelectionRecord = Awaited<ReturnType<typeof getSelectionRecord>>;
