import "server-only";
// One item's tally from the recorded votes, the NAT-VOTE verdict on it, and the step input that
// moves its nomination when it passed (parsed by the same schema as the manual step, so the
// event a meeting writes is the event the form would write).
import type { Meeting } from "@/lib/generated/prisma/client";
import type { VoteChoice } from "@/lib/generated/prisma/enums";
import { decisionVote, isoDay, type ResolvedProfile, type VoteVerdict } from "@/lib/rules";
import { meetingKindLabel, meetingPurposeLabel } from "@/lib/labels";
import { MEETING_STAGES } from "@/lib/meetings/stages";
import { advanceSchema, type AdvanceInput } from "@/lib/validation/nominations";

export interface Tally {
  membersExpected: number;
  membersPresent: number;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

export function tallyOf(expected: number, present: number, choices: readonly VoteChoice[]): Tally {
  const count = (c: VoteChoice) => choices.filter((x) => x === c).length;
  return {
    membersExpected: expected,
    membersPresent: present,
    votesFor: count("FOR"),
    votesAgainst: count("AGAINST"),
    votesAbstain: count("ABSTAIN"),
  };
}

export function verdictOf(t: Tally, profile: ResolvedProfile): VoteVerdict {
  return decisionVote(
    {
      expected: t.membersExpected,
      present: t.membersPresent,
      votesFor: t.votesFor,
      votesAgainst: t.votesAgainst,
      votesAbstain: t.votesAbstain,
    },
    profile,
  );
}

/** The advance a passed item makes: 酝酿 → DELIBERATED with notes, 讨论决定 → DECIDED with the decision. */
export function stepInputOf(
  meeting: Pick<Meeting, "id" | "kind" | "purpose" | "title" | "heldOn">,
  nomination: { id: string; version: number },
  t: Tally,
  verdict: VoteVerdict,
): AdvanceInput {
  const { from, to } = MEETING_STAGES[meeting.purpose];
  const body = `${meetingKindLabel[meeting.kind]}${meetingPurposeLabel[meeting.purpose]}`;
  const common = {
    id: nomination.id,
    version: nomination.version,
    from,
    to,
    meetingId: meeting.id,
    meetingDate: isoDay(meeting.heldOn),
    meetingName: meeting.title,
    ...t,
  };
  return advanceSchema.parse(
    to === "DECIDED"
      ? { ...common, decision: `经${meeting.title}（${body}）表决同意。${verdict.message}` }
      : { ...common, notes: `经${meeting.title}（${body}）酝酿表决同意。${verdict.message}` },
  );
}
