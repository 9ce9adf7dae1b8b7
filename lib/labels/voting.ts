// Chinese text of the online 民主推荐 / 民主测评 enums (issue 25).
import type { VoterCategory, VotingKind } from "@/lib/domain/enums";
import type { BallotChoice } from "@/lib/voting/choices";

export const votingKindLabel: Record<VotingKind, string> = {
  MEETING_RECOMMENDATION: "会议推荐",
  TALK_RECOMMENDATION: "谈话推荐",
  TEAM_EVALUATION: "领导班子民主测评",
  CANDIDATE_EVALUATION: "考察对象民主测评",
  PROBATION_EVALUATION: "试用期满民主测评",
  TALK_RECORD: "个别谈话推荐（谈话记录）",
};

export const voterCategoryLabel: Record<VoterCategory, string> = {
  TEAM_MEMBER: "班子成员",
  MIDDLE_MANAGER: "中层干部",
  OTHER_CADRE: "其他干部",
};

export const ballotChoiceLabel: Record<BallotChoice, string> = {
  RECOMMEND: "推荐",
  NOT_RECOMMEND: "不推荐",
  EXCELLENT: "优秀",
  COMPETENT: "称职",
  BASICALLY_COMPETENT: "基本称职",
  INCOMPETENT: "不称职",
};
