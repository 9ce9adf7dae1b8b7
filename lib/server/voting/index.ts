import "server-only";
// Online 民主推荐 / 民主测评 (issue 25). See docs/nominations.md "Online voting".
export { applyRecognition, applyRecommendation, applyVotingResult } from "./apply";
export { answerVotingRequest } from "./approve";
export { castBallot, openBallot, type BallotView, type VoteResult } from "./cast";
export { closeVotingSession } from "./close";
export { issueCodes, type IssuedCode } from "./codes";
export { openVotingNow } from "./open-now";
export { tallyOf } from "./results";
export {
  createVotingSession,
  getVotingSession,
  listVotingSessions,
  turnoutOf,
  type VotingSessionDetail,
} from "./sessions";
export { auditSlipsPrint, destroyOpenedSlips, destroySlipCodes, readSlipCodes, type SlipsRead } from "./slip-codes";
export { addTalkRecord, listTalkRecords, voidTalkRecord, type TalkRecordRow } from "./talk-records";
