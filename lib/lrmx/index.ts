// 任免审批表 files (LRMX 3.x XML, LRM 2.0 CSV): pure readers and writer, no database. The
// server maps drafts to cadre records in lib/server/lrmx. Format notes: docs/import-export.md.
export * from "./types";
export { parseLrmx } from "./parse-lrmx";
export { parseLrm } from "./parse-lrm";
export { writeLrmx, LRMX_WRITER_VERSION, type WriteOptions } from "./write-lrmx";
export { withheldCellText, isWithheldCell } from "./withheld";
export { parseResume, formatResume, mergeResumeLines, type ResumeLine } from "./resume";
export { parseAssessments, formatAssessments, type AssessmentDraft } from "./assessments";
export type { EducationDraft } from "./education";
export type { FamilyMemberDraft } from "./family";
export * from "./loose-date";
