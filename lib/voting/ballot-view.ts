// What the voting page shows for a code: the session, the voter's category and the names (no
// code, no id of the voter). Built by lib/server/voting/cast.ts, read by components/voting.
import type { VoterCategory, VotingKind } from "@/lib/domain/enums";

export interface BallotView {
  title: string;
  kind: VotingKind;
  postTitle: string | null;
  maxChoices: number;
  category: VoterCategory;
  categoryLabel: string;
  closesAt: string;
  candidates: { id: string; label: string }[];
}
