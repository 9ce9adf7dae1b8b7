import "server-only";
// Online 民主推荐 / 民主测评 (issue 25). See docs/nominations.md "Online voting".
export { applyRecognition, applyRecommendation, applyVotingResult } from "./apply";
export { answerVotingRequest } from "./approve";
export { castBallot, openBallot, type BallotView, type VoteResult } from "./cast";
export { closeVotingSession } from "./close";
export { issueCodes, type IssuedCode } from "./codes";
export { tallyOf } from "./results";
export {
  createVotingSession,
  getVotingSession,
  listVotingSessions,
  turnoutOf,
  type VotingSessionDetail,
} from "./sessions";
export { readSlips, stashSlips } from "./slips-handoff";
