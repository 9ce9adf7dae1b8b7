// zod schemas of a cadre's basic information, shared by the browser form and the server
// action, so a user sees beside each field exactly the message the server would give.
// Dates travel as "YYYY-MM-DD" strings; empty optional fields as "".
import { z } from "zod";
import { ETHNICITIES } from "@/lib/labels/ethnicities";
import {
  CADRE_STATUSES,
  ESTABLISHMENT_TYPES,
  GENDERS,
  GRADES,
  HEALTH_STATUSES,
  POLITICAL_STATUSES,
  RANKS,
} from "@/lib/rules/model/enums";
import { crossCheckIdNumber, parseIdNumber } from "./id-number";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validDay(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const requiredDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .refine(validDay, `${label}格式应为 年-月-日`);
export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .refine((s) => s === "" || validDay(s), `${label}格式应为 年-月-日`)
    .default("");
export const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label}不超过${max}个字`).default("");
const choice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `请选择${label}` });
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.union([z.literal(""), z.enum(values, { error: `请选择有效的${label}` })]).default("");

export const cadreBasicSchema = z
  .object({
    /** absent when creating */
    id: z.string().max(40).optional(),
    /** the version the form was loaded with (optimistic concurrency) */
    version: z.number().int().min(1).optional(),
    name: z
      .string({ error: "请填写姓名" })
      .trim()
      .min(2, "姓名至少2个字")
      .max(20, "姓名不超过20个字")
      .regex(/^[\u3400-\u9fff·]+$/u, "姓名应为汉字（少数民族姓名可含“·”）"),
    gender: choice(GENDERS, "性别"),
    birthDate: requiredDate("出生日期"),
    /** empty when editing = keep the stored number (the form never receives it in full) */
    idNumber: z.string().trim().max(30, "身份证号应为18位").default(""),
    ethnicity: z.enum(ETHNICITIES, { error: "请选择民族" }),
    nativePlace: optionalText(30, "籍贯"),
    birthplace: optionalText(30, "出生地"),
    politicalStatus: choice(POLITICAL_STATUSES, "政治面貌"),
    partyJoinDate: optionalDate("入党时间"),
    democraticParty: optionalText(20, "民主党派"),
    workStartDate: optionalDate("参加工作时间"),
    health: choice(HEALTH_STATUSES, "健康状况"),
    professionalTitle: optionalText(40, "专业技术职务"),
    expertise: optionalText(100, "熟悉专业有何专长"),
    /** 熟悉领域, separated by 、 or commas */
    familiarDomains: z.string().trim().max(100, "熟悉领域不超过100个字").default(""),
    rank: optionalChoice(RANKS, "职务层次"),
    rankSince: optionalDate("任现职务层次时间"),
    grade: optionalChoice(GRADES, "职级"),
    gradeSince: optionalDate("任现职级时间"),
    establishmentType: choice(ESTABLISHMENT_TYPES, "编制类型"),
    status: choice(CADRE_STATUSES, "状态"),
    unitId: z.string().trim().max(40).default(""),
    currentPostTitle: optionalText(80, "现任职务"),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.idNumber) {
      const parsed = parseIdNumber(v.idNumber);
      if (!parsed.ok) issue("idNumber", parsed.message);
      else
        for (const m of crossCheckIdNumber(parsed, { birthDate: v.birthDate || null, gender: v.gender }))
          issue("idNumber", m);
    }
    const after = (field: "partyJoinDate" | "workStartDate" | "rankSince" | "gradeSince", label: string) => {
      if (v[field] && v.birthDate && v[field] <= v.birthDate) issue(field, `${label}应晚于出生日期`);
    };
    after("partyJoinDate", "入党时间");
    after("workStartDate", "参加工作时间");
    after("rankSince", "任现职务层次时间");
    after("gradeSince", "任现职级时间");
    if ((v.politicalStatus === "CPC_MEMBER" || v.politicalStatus === "CPC_PROBATIONARY") && !v.partyJoinDate) {
      issue("partyJoinDate", "中共党员（预备党员）请填写入党时间");
    }
    if (v.politicalStatus === "DEMOCRATIC_PARTY" && !v.democraticParty) issue("democraticParty", "请填写所属民主党派");
    if (v.rankSince && !v.rank) issue("rank", "填写了任职时间，请选择职务层次");
    if (v.gradeSince && !v.grade) issue("grade", "填写了任职时间，请选择职级");
    if (v.id && v.version === undefined) issue("version", "缺少版本号，请刷新后重试");
  });

export type CadreBasicInput = z.input<typeof cadreBasicSchema>;
export type CadreBasic = z.output<typeof cadreBasicSchema>;

export function splitDomains(s: string): string[] {
  return [
    ...new Set(
      s
        .split(/[、,，;；\s]+/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
}
