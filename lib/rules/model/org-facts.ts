// Facts about units, posts and who held them, for the staffing targets (D20-ST-*, ZZ15-ST-*).
import type { EducationRecordFact } from "./cadre-facts";
import type { Gender, Rank, UnitType } from "./enums";

export interface UnitFact {
  id: string;
  name: string;
  type: UnitType;
  /** 科级领导职数 (D20-ST-KJ-LARGE / -SMALL). */
  sectionLeaderPostCount: number;
  /** 党政工作部门; a unit of type PARTY_GOV_DEPT is one regardless of this flag. */
  isPartyGovDept?: boolean;
}

export interface PostFact {
  id: string;
  unitId: string;
  title: string;
  isPrincipal: boolean;
  /** 党政正职: 书记, 主任/乡镇长/局长 */
  isPartyGovHead: boolean;
  rank: Rank;
  isKeyPost?: boolean;
  /** false for 中层 and non-leadership posts; defaults to true. */
  isLeadership?: boolean;
}

/** The person behind an appointment: shared by reference, so 100,000 of them stay cheap. */
export interface StaffCadreFact {
  id: string;
  birthDate: Date;
  gender: Gender;
  education?: EducationRecordFact[];
}

export interface StaffingAppointmentFact {
  id: string;
  postId: string;
  cadre: StaffCadreFact;
  startDate: Date;
  /** inclusive last day; null while serving */
  endDate?: Date | null;
  /** 分管领导 (ZZ15-ROT-LEADER), when recorded */
  supervisorCadreId?: string | null;
}

export interface PromotionFact {
  id: string;
  cadreId: string;
  birthDate: Date;
  promotedOn: Date;
  toRank: Rank;
  unitId: string;
  unitType: UnitType;
  isPrincipal: boolean;
  /** 区管 (district-managed) leadership post; defaults to true for division ranks. */
  districtManaged?: boolean;
  /** the unit is a 党政工作部门 */
  isPartyGovDept?: boolean;
}

/** A cadre newly recruited in a year (WS-NEW-HIRES). */
export interface HireFact {
  id: string;
  birthDate: Date;
  hiredOn: Date;
}
