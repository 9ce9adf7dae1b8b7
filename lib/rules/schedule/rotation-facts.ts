// Input and output of rotationDue (ZZ15-ROT-*).
import type { Gender, Rank } from "../model/enums";
import type { Severity } from "../model/results";
import type { RuleId } from "../registry/rule-ids";

export interface RotationAppointmentFact {
  id: string;
  cadreId: string;
  gender: Gender;
  birthDate: Date;
  postId: string;
  /** the 科室 (or unit) the post belongs to */
  unitId: string;
  rank: Rank;
  isPrincipal: boolean;
  /** 人、财、物、项目申报 */
  isKeyPost?: boolean;
  startDate: Date;
  endDate?: Date | null;
  /** 分管领导 over this post */
  supervisorCadreId?: string | null;
  /** when the current supervisor took over, if later than startDate */
  supervisorSince?: Date | null;
}

export interface RotationItem {
  ruleId: Extract<RuleId, "ZZ15-ROT-POST" | "ZZ15-ROT-KEY" | "ZZ15-ROT-LEADER" | "ZZ15-ROT-PAIR">;
  /** ZZ15-ROT-KEY is hard ("必须"); the others are "应当/原则上" */
  severity: Severity;
  cadreIds: string[];
  unitId: string;
  appointmentIds: string[];
  /** start of the continuous period that counts */
  since: Date;
  /** the day the period reaches its full years */
  dueOn: Date;
  /** DUE: period completed on or before asOf; UPCOMING: completes within the horizon */
  status: "DUE" | "UPCOMING";
  /** ZZ15-ROT-EXEMPT: men ≥58, women ≥53 on the due date (or asOf, if later) */
  exempt: boolean;
  exemptRuleId: "ZZ15-ROT-EXEMPT" | null;
  message: string;
}
