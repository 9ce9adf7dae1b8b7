import "server-only";
// Meetings of the procedure (酝酿, 讨论决定) and the 全程纪实表. See docs/nominations.md.
export { createMeeting } from "./create";
export { eligibleNominations } from "./eligible";
export { loadPackets, type CandidatePacket } from "./packets";
export { getMeeting, listMeetings, type MeetingDetail } from "./read";
export { MEETING_RECORDED_MESSAGE, recordMeeting } from "./record";
export { getSelectionRecord, type SelectionRecord } from "./selection-record";
export { exportSelectionRecord, RECORD_TITLE, recordSubtitle } from "./selection-record-workbook";
