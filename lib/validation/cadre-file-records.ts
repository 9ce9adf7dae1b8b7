// zod schemas of the information sets a cadre's file gains after import: 家庭主要成员, 处分/组织处理,
// 个人有关事项报告, 奖惩情况, the other ZZ15-EXCL facts and 作废 of a row. Shared by the editors and
// their server actions, so the message beside a field is the server's. Rows are archived (作废),
// never deleted; a sanction that no longer applies is 撤销 (revokedAt) or past its 影响期.
import { z } from "zod";
import { FAMILY_RELATIONS, POLITICAL_STATUSES, SANCTION_KINDS } from "@/lib/rules/model/enums";
import { optionalDate, optionalText, requiredDate, validDay } from "./cadre";

const ref = {
  cadreId: z.string().min(1).max(40),
  /** absent when adding a record */
  id: z.string().max(40).optional(),
  version: z.number().int().min(1).optional(),
};

type Ctx = z.RefinementCtx;
const needsVersion = (v: { id?: string; version?: number }, ctx: Ctx) => {
  if (v.id && v.version === undefined)
    ctx.addIssue({ code: "custom", path: ["version"], message: "缺少版本号，请刷新后重试" });
};

export const familyMemberSchema = z
  .object({
    ...ref,
    relation: z.enum(FAMILY_RELATIONS, { error: "请选择称谓" }),
    name: z.string({ error: "请填写姓名" }).trim().min(1, "请填写姓名").max(20, "姓名不超过20个字"),
    birthDate: optionalDate("出生日期"),
    politicalStatus: z.union([z.literal(""), z.enum(POLITICAL_STATUSES, { error: "请选择政治面貌" })]).default(""),
    workplaceAndPost: optionalText(60, "工作单位及职务"),
    deceased: z.boolean().default(false),
    sortOrder: z.number({ error: "排序应为数字" }).int("排序应为整数").min(0).max(99, "排序不超过99").default(0),
    // 移居国（境）外 is labelled 高度敏感 (familyAbroad): absent from the form of an editor not
    // cleared for it, and then kept as stored; sent by such an editor, the save is refused.
    emigrated: z.boolean().optional(),
    emigratedTo: z.string().trim().max(40, "移居国家（地区）不超过40个字").optional(),
    emigratedOn: z
      .string()
      .trim()
      .refine((s) => s === "" || validDay(s), "移居时间格式应为 年-月-日")
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.emigrated && !v.emigratedTo)
      ctx.addIssue({ code: "custom", path: ["emigratedTo"], message: "请填写移居的国家（地区）" });
    if (!v.emigrated && (v.emigratedTo || v.emigratedOn))
      ctx.addIssue({ code: "custom", path: ["emigrated"], message: "填写了移居情况，请勾选“已移居国（境）外”" });
    if (v.birthDate && v.emigratedOn && v.emigratedOn < v.birthDate)
      ctx.addIssue({ code: "custom", path: ["emigratedOn"], message: "移居时间不能早于出生日期" });
    needsVersion(v, ctx);
  });

export const sanctionSchema = z
  .object({
    ...ref,
    kind: z.enum(SANCTION_KINDS, { error: "请选择处分或组织处理种类" }),
    decidedOn: requiredDate("决定时间"),
    /** 影响期 end, inclusive; empty = not recorded, which the rules treat as still in effect */
    effectEndsOn: optionalDate("影响期截止日"),
    authority: optionalText(60, "决定机关"),
    reason: optionalText(200, "事由"),
    tolerated: z.boolean().default(false),
    revokedAt: optionalDate("撤销时间"),
  })
  .superRefine((v, ctx) => {
    if (v.effectEndsOn && v.effectEndsOn < v.decidedOn)
      ctx.addIssue({ code: "custom", path: ["effectEndsOn"], message: "影响期截止日不能早于决定时间" });
    if (v.revokedAt && v.revokedAt < v.decidedOn)
      ctx.addIssue({ code: "custom", path: ["revokedAt"], message: "撤销时间不能早于决定时间" });
    needsVersion(v, ctx);
  });

export const PERSONAL_MATTERS_CHECKS = ["UNCHECKED", "CONSISTENT", "FALSE_OR_MISSING"] as const;
export type PersonalMattersCheck = (typeof PERSONAL_MATTERS_CHECKS)[number];

export const personalMattersSchema = z
  .object({
    ...ref,
    year: z
      .number({ error: "请填写报告年度" })
      .int("报告年度应为整数")
      .min(2000, "报告年度不早于2000年")
      .max(2100, "报告年度无效"),
    submittedOn: optionalDate("报告时间"),
    /** 查核结果: not checked, 一致, or 漏报/瞒报 found (ZZ15-PMR) */
    checkResult: z.enum(PERSONAL_MATTERS_CHECKS, { error: "请选择查核结果" }),
    note: optionalText(200, "情况说明"),
  })
  .superRefine((v, ctx) => {
    if (v.checkResult === "FALSE_OR_MISSING" && !v.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "查核发现漏报、瞒报的，请填写情况说明" });
    needsVersion(v, ctx);
  });

/** Fields of the cadre row itself: always sent with the cadre's version. */
const cadreRef = { cadreId: z.string().min(1).max(40), version: z.number().int().min(1) };

export const rewardsSchema = z.object({
  ...cadreRef,
  rewardsAndPunishments: optionalText(1000, "奖惩情况"),
});

export const exclusionsSchema = z.object({
  ...cadreRef,
  lowPublicRecognition: z.boolean().default(false),
  canvassingRecorded: z.boolean().default(false),
  otherExclusionNote: optionalText(200, "其他不宜提拔的原因"),
});

/** RankRecord: a closed 职务层次/职级 period only (the open one follows the basic form). */
export const ARCHIVABLE_RECORDS = ["FamilyMember", "Sanction", "PersonalMattersReport", "RankRecord"] as const;

export const archiveRecordSchema = z.object({
  cadreId: z.string({ error: "未指定干部" }).min(1, "未指定干部").max(40, "干部编号不正确"),
  kind: z.enum(ARCHIVABLE_RECORDS, { error: "记录种类不正确" }),
  id: z.string({ error: "未指定记录" }).min(1, "未指定记录").max(40, "记录编号不正确"),
  version: z.number({ error: "版本号不正确" }).int("版本号不正确").min(1, "版本号不正确"),
});

export type FamilyMemberInput = z.input<typeof familyMemberSchema>;
export type SanctionInput = z.input<typeof sanctionSchema>;
export type PersonalMattersInput = z.input<typeof personalMattersSchema>;
export type RewardsInput = z.input<typeof rewardsSchema>;
export type ExclusionsInput = z.input<typeof exclusionsSchema>;
export type ArchiveRecordInput = z.input<typeof archiveRecordSchema>;
