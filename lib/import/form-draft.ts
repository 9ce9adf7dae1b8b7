// Checks a 任免审批表 read from a file before it may become a cadre record, and turns it into a
// CadrePatch. The 身份证号 (when the file has one) decides birth date and gender and must agree
// with what the form says; the 民族 must be one of the 56. Pure.
import type { Gender, PoliticalStatus } from "@/lib/domain/enums";
import { rewardsFromFormText, type FormSanction } from "@/lib/cadres/form-resume";
import type { LooseDate } from "@/lib/lrmx/loose-date";
import { toDotted } from "@/lib/lrmx/loose-date";
import type { LrmxDraft } from "@/lib/lrmx/types";
import { isMaskedIdNumber, maskIdNumber, parseIdNumber } from "@/lib/validation/id-number";
import { isWithheldCell } from "@/lib/lrmx/withheld";
import type { CadrePatch } from "./cadre-patch";
import { ethnicityOf } from "./roster-values";

export interface FormIssue {
  column: string;
  value: string;
  message: string;
}

export interface CheckedForm {
  idNumber: string | null;
  gender: Gender | null;
  birth: LooseDate | null;
  ethnicity: string | null;
  issues: FormIssue[];
  warnings: string[];
}

/** Beside a file whose 身份证号 is masked: it cannot be matched to a cadre, nor stored. */
export const MASKED_ID_MESSAGE =
  "身份证号已脱敏（导出时未选择完整号码），无法据此匹配干部；请导出完整号码后再导入，或在系统中直接修改";

export function checkFormDraft(d: LrmxDraft): CheckedForm {
  const issues: FormIssue[] = [];
  const warnings: string[] = [];
  let idNumber: string | null = null;
  let gender = d.gender;
  let birth = d.birth;
  if (!/^[\u3400-\u9fff·]{2,20}$/u.test(d.name))
    issues.push({ column: "姓名", value: d.name, message: "姓名应为2–20个汉字（少数民族姓名可含“·”）" });
  if (d.idNumber && isMaskedIdNumber(d.idNumber)) {
    issues.push({ column: "身份证号", value: maskIdNumber(d.idNumber), message: MASKED_ID_MESSAGE });
  } else if (d.idNumber) {
    const id = parseIdNumber(d.idNumber);
    if (!id.ok) issues.push({ column: "身份证号", value: maskIdNumber(d.idNumber), message: id.message });
    else {
      idNumber = id.value;
      const fromId = id.birthDate.toISOString().slice(0, 10);
      if (d.gender && d.gender !== id.gender)
        issues.push({
          column: "性别",
          value: d.gender === "MALE" ? "男" : "女",
          message: `性别与身份证号不一致（身份证号为${id.gender === "MALE" ? "男" : "女"}）`,
        });
      if (d.birth && !fromId.startsWith(d.birth.slice(0, 7))) {
        issues.push({
          column: "出生年月",
          value: toDotted(d.birth),
          message: `出生年月与身份证号不一致（身份证号为${toDotted(fromId)}）`,
        });
      }
      gender = id.gender;
      birth = fromId;
    }
  } else {
    warnings.push("文件中没有身份证号：无法按身份证号匹配，同名、同出生年月的干部将列出由您确认，不会自动合并");
  }
  if (!gender) issues.push({ column: "性别", value: "", message: "文件中没有性别，且无身份证号可推算" });
  if (!birth) issues.push({ column: "出生年月", value: "", message: "文件中没有可识别的出生年月，且无身份证号可推算" });
  const ethnicity = d.ethnicity ? ethnicityOf(d.ethnicity) : null;
  if (d.ethnicity && !ethnicity)
    issues.push({ column: "民族", value: d.ethnicity, message: `“${d.ethnicity}”不是56个民族的名称` });
  return { idNumber, gender, birth, ethnicity, issues, warnings };
}

const CPC = new Set<PoliticalStatus>(["CPC_MEMBER", "CPC_PROBATIONARY"]);

/**
 * The cadre columns a form sets. 政治面貌 comes from 入党时间 (the form has no field of its
 * own), so a stored 中共预备党员 stays as it is when the form just gives a date.
 */
export function formPatch(
  d: LrmxDraft,
  c: CheckedForm,
  stored: { politicalStatus: PoliticalStatus; sanctions: readonly FormSanction[] } | null,
  warnings: string[],
): CadrePatch {
  const keepStatus = stored && d.politicalStatus && CPC.has(d.politicalStatus) && CPC.has(stored.politicalStatus);
  const politicalStatus = keepStatus ? undefined : (d.politicalStatus ?? undefined);
  const edu = (e: LrmxDraft["fullTimeEducation"], label: string) => {
    if (!e) return undefined;
    if (!e.level) {
      if (e.levelText) warnings.push(`${label}学历“${e.levelText}”无法识别，未导入`);
      return undefined;
    }
    return { level: e.level, degree: e.degree, degreeDiscipline: e.degreeDiscipline, school: e.school, major: e.major };
  };
  const opt = <T>(v: T | null) => v ?? undefined;
  return {
    name: d.name,
    gender: opt(c.gender),
    birth: opt(c.birth),
    ethnicity: opt(c.ethnicity),
    politicalStatus,
    democraticParty:
      d.politicalStatus === "DEMOCRATIC_PARTY"
        ? d.democraticParty
        : d.politicalStatus && CPC.has(d.politicalStatus)
          ? null
          : undefined,
    nativePlace: opt(d.nativePlace),
    birthplace: opt(d.birthplace),
    partyJoin: opt(d.partyJoin),
    workStart: opt(d.workStart),
    health: opt(d.health),
    professionalTitle: opt(d.professionalTitle),
    expertise: opt(d.expertise),
    currentPostTitle: opt(d.currentPost),
    // a cell an uncleared exporter held back (lib/lrmx/withheld.ts) says nothing about the record
    rewardsAndPunishments: isWithheldCell(d.rewardsAndPunishments)
      ? undefined
      : opt(rewardsFromFormText(d.rewardsAndPunishments, stored?.sanctions ?? [])),
    fullTime: edu(d.fullTimeEducation, "全日制"),
    partTime: edu(d.partTimeEducation, "在职"),
  };
}
