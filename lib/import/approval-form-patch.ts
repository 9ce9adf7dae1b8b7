// The second half of a 任免审批表 read from a file — 拟任职务, 拟免职务, 任免理由, 呈报单位, 填表人,
// 填表时间, 计算年龄时间 — against the cadre's stored ApprovalForm: the changes for the report and
// the create/update for the write. Like every import it fills and corrects, never clears. A
// file carrying only the export stamp (填表人, 填表时间, 计算年龄时间) creates no form: those say
// who wrote the file, not what is proposed. Pure.
import { looseDateToDate, sameAsStored } from "@/lib/lrmx/loose-date";
import type { LrmxDraft } from "@/lib/lrmx/types";
import { showDate } from "./cadre-patch";
import type { FieldChange } from "./report";

export interface ApprovalFormData {
  proposedPost?: string;
  proposedRemoval?: string;
  reason?: string;
  reportingUnit?: string;
  preparedBy?: string;
  preparedOn?: Date;
  ageReferenceDate?: Date;
}

export interface StoredApprovalForm {
  id: string;
  version: number;
  proposedPost: string | null;
  proposedRemoval: string | null;
  reason: string | null;
  reportingUnit: string | null;
  preparedBy: string | null;
  preparedOn: Date | null;
  ageReferenceDate: Date | null;
}

export type ApprovalFormOp =
  { kind: "create"; data: ApprovalFormData } | { kind: "update"; id: string; version: number; data: ApprovalFormData };

const TEXT = [
  ["proposedPost", "proposedPost", "拟任职务"],
  ["proposedRemoval", "proposedRemoval", "拟免职务"],
  ["reason", "appointmentReason", "任免理由"],
  ["reportingUnit", "reportingUnit", "呈报单位"],
  ["preparedBy", "filledBy", "填表人"],
] as const;
const DATES = [
  ["preparedOn", "filledOn", "填表时间"],
  ["ageReferenceDate", "ageReferenceDate", "计算年龄时间"],
] as const;
const SUBSTANTIVE = ["proposedPost", "proposedRemoval", "reason", "reportingUnit"] as const;

/** The stored form's values as audit "before" values of the fields in `data`. */
export function approvalFormBefore(stored: StoredApprovalForm | null, data: ApprovalFormData): Record<string, unknown> {
  return Object.fromEntries(Object.keys(data).map((k) => [k, stored?.[k as keyof ApprovalFormData] ?? null]));
}

export function diffApprovalForm(
  d: Pick<
    LrmxDraft,
    | "proposedPost"
    | "proposedRemoval"
    | "appointmentReason"
    | "reportingUnit"
    | "filledBy"
    | "filledOn"
    | "ageReferenceDate"
  >,
  stored: StoredApprovalForm | null,
  changes: FieldChange[],
): ApprovalFormOp | null {
  const data: ApprovalFormData = {};
  for (const [column, key, label] of TEXT) {
    const to = d[key]?.trim();
    const from = stored?.[column] ?? null;
    if (!to || to === from) continue;
    data[column] = to;
    changes.push({ label, from: from ?? "", to });
  }
  for (const [column, key, label] of DATES) {
    const to = d[key];
    const from = stored?.[column] ?? null;
    if (!to || sameAsStored(to, from)) continue;
    data[column] = looseDateToDate(to);
    changes.push({ label, from: showDate(from), to: showDate(to) });
  }
  if (!Object.keys(data).length) return null;
  if (stored) return { kind: "update", id: stored.id, version: stored.version, data };
  if (!SUBSTANTIVE.some((k) => data[k])) {
    // only the stamp: take its lines back out of the report
    changes.splice(changes.length - Object.keys(data).length);
    return null;
  }
  return { kind: "create", data };
}
