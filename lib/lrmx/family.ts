// 家庭主要成员及重要社会关系: 称谓 ↔ FamilyRelation, 政治面貌 text ↔ PoliticalStatus, and the
// "已去世" convention (written into 工作单位及职务). Pure.
import type { FamilyRelation, Gender, PoliticalStatus } from "@/lib/domain/enums";
import { politicalStatusLabel } from "@/lib/labels";
import { toHalfWidth, type LooseDate } from "./loose-date";

export interface FamilyMemberDraft {
  /** 称谓 as written (妻子, 长女, 哥哥) */
  title: string;
  relation: FamilyRelation;
  name: string;
  birth: LooseDate | null;
  politicalStatusText: string;
  politicalStatus: PoliticalStatus | null;
  workplaceAndPost: string | null;
  deceased: boolean;
}

const RELATIONS: Array<[RegExp, FamilyRelation]> = [
  [/^(妻子?|丈夫|爱人|配偶|夫)$/, "SPOUSE"],
  [/^(岳父|公公)$/, "FATHER_IN_LAW"],
  [/^(岳母|婆婆)$/, "MOTHER_IN_LAW"],
  [/^(父亲|父)$/, "FATHER"],
  [/^(母亲|母)$/, "MOTHER"],
  [/^(长|次|三|四|幼)?(子|儿子)$/, "SON"],
  [/^(长|次|三|四|幼)?(女|女儿)$/, "DAUGHTER"],
  [/^(哥哥|姐姐|弟弟|妹妹|兄|姐|弟|妹|兄长|胞兄|胞姐|胞弟|胞妹|兄弟姐妹)$/, "SIBLING"],
];

export function parseRelation(title: string): FamilyRelation {
  const t = toHalfWidth(title).replace(/\s+/g, "");
  return RELATIONS.find(([re]) => re.test(t))?.[1] ?? "OTHER";
}

/** The 称谓 to print for a relation when none was recorded, from the cadre's gender. */
export function relationTitle(relation: FamilyRelation, cadreGender: Gender | null): string {
  switch (relation) {
    case "SPOUSE":
      return cadreGender === "FEMALE" ? "丈夫" : "妻子";
    case "FATHER_IN_LAW":
      return cadreGender === "FEMALE" ? "公公" : "岳父";
    case "MOTHER_IN_LAW":
      return cadreGender === "FEMALE" ? "婆婆" : "岳母";
    case "FATHER":
      return "父亲";
    case "MOTHER":
      return "母亲";
    case "SON":
      return "儿子";
    case "DAUGHTER":
      return "女儿";
    case "SIBLING":
      return "兄弟姐妹";
    default:
      return "其他";
  }
}

// 民主党派 members write their party (民盟盟员, 九三学社社员); all count as DEMOCRATIC_PARTY.
const DEMOCRATIC = /民革|民盟|民建|民进|农工|致公|九三|台盟|民主党派/;

/** 政治面貌 text → enum (共青团员 has its own value since issue 19; older imports filed it as 群众). */
export function parsePoliticalStatus(text: string): PoliticalStatus | null {
  const t = toHalfWidth(text).replace(/\s+/g, "");
  if (!t) return null;
  if (/预备党员/.test(t)) return "CPC_PROBATIONARY";
  if (/中共党员|共产党员|^党员$/.test(t)) return "CPC_MEMBER";
  if (DEMOCRATIC.test(t)) return "DEMOCRATIC_PARTY";
  if (/无党派/.test(t)) return "NON_PARTY";
  if (/团员|共青团/.test(t)) return "CYL_MEMBER";
  if (/群众/.test(t)) return "MASSES";
  return null;
}

export function politicalStatusText(s: PoliticalStatus | null | undefined): string {
  return s ? politicalStatusLabel[s] : "";
}

const DECEASED = /^\s*[（(]?\s*(已去世|已故|去世|病故)\s*[）)]?\s*$/;

/** 工作单位及职务 cell → (workplace, deceased). "已去世" alone means deceased with no workplace. */
export function parseWorkplace(text: string): { workplaceAndPost: string | null; deceased: boolean } {
  const t = text.trim();
  if (DECEASED.test(t)) return { workplaceAndPost: null, deceased: true };
  return { workplaceAndPost: t || null, deceased: false };
}

export function workplaceText(m: { workplaceAndPost: string | null; deceased: boolean }): string {
  return m.deceased ? "已去世" : (m.workplaceAndPost ?? "");
}
