// Family members, sanctions and personal-matters reports → the rows and values their editors
// show (dates YYYY-MM-DD, "" for empty). Reads the labelled view only: a set the reader may not
// see is not in it, and a relative's 移居 fields are passed on only when the view holds them.
import type { EditableRecord } from "@/components/cadres/record-editor";
import { formatDate } from "@/lib/format/dates";
import {
  familyRelationLabelFor,
  personalMattersCheckLabel,
  politicalStatusLabel,
  sanctionKindLabel,
} from "@/lib/labels";
import type { CadreView } from "@/lib/server/cadres/profile";
import type { PersonalMattersCheck } from "@/lib/validation/cadre-file-records";
import { iso } from "./form-values";

export function familyRecords(c: CadreView, withAbroad: boolean): EditableRecord[] {
  return c.familyMembers.map((f) => {
    const abroad = withAbroad && f.emigrated !== undefined;
    return {
      id: f.id,
      version: f.version,
      summary: [
        familyRelationLabelFor(f.relation, c.gender),
        f.name,
        f.politicalStatus ? politicalStatusLabel[f.politicalStatus] : "",
        f.deceased ? "已故" : (f.workplaceAndPost ?? ""),
        abroad && f.emigrated ? `已移居${f.emigratedTo ?? "国（境）外"}` : "",
      ]
        .filter(Boolean)
        .join(" "),
      values: {
        relation: f.relation,
        name: f.name,
        birthDate: iso(f.birthDate),
        politicalStatus: f.politicalStatus ?? "",
        workplaceAndPost: f.workplaceAndPost ?? "",
        deceased: f.deceased,
        sortOrder: f.sortOrder,
        ...(abroad
          ? { emigrated: Boolean(f.emigrated), emigratedTo: f.emigratedTo ?? "", emigratedOn: iso(f.emigratedOn) }
          : {}),
      },
    };
  });
}

/** Call only when the view holds the sanctions (the reader is cleared for them). */
export function sanctionRecords(c: CadreView): EditableRecord[] {
  return [...(c.sanctions ?? [])].reverse().map((s) => ({
    id: s.id,
    version: s.version,
    summary: [
      formatDate(s.decidedOn),
      sanctionKindLabel[s.kind],
      s.effectEndsOn ? `影响期至${formatDate(s.effectEndsOn)}` : "影响期截止日未录入",
      s.revokedAt ? `已于${formatDate(s.revokedAt)}撤销` : "",
      s.tolerated ? "容错免责" : "",
    ]
      .filter(Boolean)
      .join(" "),
    values: {
      kind: s.kind,
      decidedOn: iso(s.decidedOn),
      effectEndsOn: iso(s.effectEndsOn),
      authority: s.authority ?? "",
      reason: s.reason ?? "",
      tolerated: s.tolerated,
      revokedAt: iso(s.revokedAt),
    },
  }));
}

const checkOf = (p: { checked: boolean; falseOrMissing: boolean }): PersonalMattersCheck =>
  p.falseOrMissing ? "FALSE_OR_MISSING" : p.checked ? "CONSISTENT" : "UNCHECKED";

/** Call only when the view holds the reports (the reader is cleared for them). */
export function personalMattersRecords(c: CadreView): EditableRecord[] {
  return [...(c.personalMattersReports ?? [])].reverse().map((p) => ({
    id: p.id,
    version: p.version,
    summary: `${p.year}年度 ${p.submittedOn ? `${formatDate(p.submittedOn)}报告` : "报告时间未录入"} ${personalMattersCheckLabel[checkOf(p)]}`,
    values: {
      year: p.year,
      submittedOn: iso(p.submittedOn),
      checkResult: checkOf(p),
      note: p.note ?? "",
    },
  }));
}
