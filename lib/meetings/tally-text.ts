// "应到9人，实到7人；同意6票，不同意1票，弃权0票" for a recorded item (null before the record). Pure.
export function tallyText(
  expected: number,
  i: {
    membersPresent: number | null;
    votesFor: number | null;
    votesAgainst: number | null;
    votesAbstain: number | null;
  },
): string | null {
  if (i.membersPresent == null) return null;
  return `应到${expected}人，实到${i.membersPresent}人；同意${i.votesFor ?? 0}票，不同意${i.votesAgainst ?? 0}票，弃权${i.votesAbstain ?? 0}票`;
}
