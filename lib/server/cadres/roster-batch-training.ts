import "server-only";
// 加入培训 from the roster (issue 24 item 4): the selection, re-read under the actor's scope,
// goes through the training's own bulk path (lib/server/development/attendees.ts: one
// transaction, those already enrolled skipped and named, one audit row per attendance).
import type { Actor } from "@/lib/auth/actor";
import { ROSTER_BATCH_CAPS } from "@/lib/cadres/roster-batch";
import { formatDate } from "@/lib/format/dates";
import { assertCan } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { addAttendees, type AddAttendeesResult } from "@/lib/server/development/attendees";
import type { RosterBatchTrainingInput } from "@/lib/validation/roster-batch";
import { rosterSelection } from "./roster-selection";

export async function addRosterToTraining(
  actor: Actor,
  input: RosterBatchTrainingInput,
): Promise<AddAttendeesResult & { notFound: number }> {
  const { cadres, notFound } = await rosterSelection(actor, input.query, {
    all: input.all,
    cap: ROSTER_BATCH_CAPS.training,
    what: "加入培训",
    permission: ["development", "manage"],
  });
  const r = await addAttendees(
    actor,
    input.trainingId,
    cadres.map((c) => c.id),
  );
  return { ...r, notFound };
}

/** The trainings the batch dialog offers: current ones first (the latest 100 not archived). */
export async function trainingChoices(actor: Actor): Promise<{ id: string; label: string }[]> {
  assertCan(actor, "development", "manage");
  const rows = await prisma.training.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true, startDate: true, endDate: true },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    take: 100,
  });
  return rows.map((t) => ({ id: t.id, label: `${t.name}（${formatDate(t.startDate)}—${formatDate(t.endDate)}）` }));
}
