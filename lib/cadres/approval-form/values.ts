// The editor's values of a stored ApprovalForm (dates as 年-月-日 strings, blanks as ""). Pure.
import { isoDay } from "@/lib/rules";

interface StoredForm {
  proposedPost: string | null;
  proposedRemoval: string | null;
  reason: string | null;
  reportingUnit: string | null;
  reportedOn: Date | null;
  approvalOpinion: string | null;
  administrativeOpinion: string | null;
  preparedBy: string | null;
  preparedOn: Date | null;
  ageReferenceDate: Date | null;
}

const day = (d: Date | null) => (d ? isoDay(d) : "");

export function approvalFormValues(f: StoredForm | null) {
  return {
    proposedPost: f?.proposedPost ?? "",
    proposedRemoval: f?.proposedRemoval ?? "",
    reason: f?.reason ?? "",
    reportingUnit: f?.reportingUnit ?? "",
    reportedOn: day(f?.reportedOn ?? null),
    approvalOpinion: f?.approvalOpinion ?? "",
    administrativeOpinion: f?.administrativeOpinion ?? "",
    preparedBy: f?.preparedBy ?? "",
    preparedOn: day(f?.preparedOn ?? null),
    ageReferenceDate: day(f?.ageReferenceDate ?? null),
  };
}
