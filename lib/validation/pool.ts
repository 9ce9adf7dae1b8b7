// zod schemas of the pool's actions (入库, 年度研判, 出库), shared by forms and actions.
import { z } from "zod";
import { POOL_TIERS } from "@/lib/rules/model/enums";
import { optionalText, requiredDate } from "./cadre";

export const POOL_SOURCES = [
  "UNIT_RECOMMENDATION",
  "ORG_INVESTIGATION",
  "CONCENTRATED_SURVEY",
  "COMPETITIVE_SELECTION",
  "EXCHANGE",
  "NOMINATION",
] as const;
/** OVER_AGE is set by the system's age review, not chosen by hand */
export const POOL_EXIT_REASONS = [
  "PROMOTED",
  "NO_LONGER_ELIGIBLE",
  "PROBLEM_FOUND",
  "LEFT",
  "OVER_AGE",
  "TIER_CHANGED",
] as const;
export const POOL_REVIEW_CONCLUSIONS = ["KEEP", "WATCH", "EXIT"] as const;
/** 近期可提拔 / 中长期培养 (DP-POOL-READY, succession by key post) */
export const POOL_READINESS = ["NEAR_TERM", "LONG_TERM"] as const;

export const enterPoolSchema = z.object({
  cadreId: z.string().min(1).max(40),
  tier: z.enum(POOL_TIERS, { error: "请选择入库层级" }),
  domain: optionalText(20, "储备领域"),
  source: z.enum(POOL_SOURCES, { error: "请选择来源渠道" }),
  basis: z
    .string({ error: "请填写入库依据" })
    .trim()
    .min(4, "请填写入库依据（不少于4个字）")
    .max(500, "入库依据不超过500字"),
  enteredOn: requiredDate("入库日期"),
  /** required when the verdict has soft warnings; checked on the server against the verdict */
  overrideReason: optionalText(300, "说明理由"),
});

export const exitPoolSchema = z.object({
  entryId: z.string().min(1).max(40),
  version: z.number().int().min(1),
  exitReason: z.enum(POOL_EXIT_REASONS, { error: "请选择出库原因" }),
  exitNote: z.string({ error: "请填写出库说明" }).trim().min(2, "请填写出库说明").max(300, "出库说明不超过300字"),
  closedOn: requiredDate("出库日期"),
});

export const reviewPoolSchema = z
  .object({
    entryId: z.string().min(1).max(40),
    version: z.number().int().min(1),
    year: z
      .number({ error: "请填写研判年度" })
      .int("研判年度应为整数")
      .min(2000, "研判年度无效")
      .max(2100, "研判年度无效"),
    reviewedOn: requiredDate("研判日期"),
    conclusion: z.enum(POOL_REVIEW_CONCLUSIONS, { error: "请选择研判结论" }),
    notes: z.string().trim().max(500, "研判意见不超过500字").default(""),
    exitReason: z.union([z.literal(""), z.enum(POOL_EXIT_REASONS)]).default(""),
    /** optional: "" records the review without a readiness (未研判培养使用方向) */
    readiness: z.union([z.literal(""), z.enum(POOL_READINESS)], { error: "培养使用方向无效" }).default(""),
  })
  .superRefine((v, ctx) => {
    if (v.conclusion === "EXIT" && !v.exitReason)
      ctx.addIssue({ code: "custom", path: ["exitReason"], message: "研判结论为出库时，请选择出库原因" });
    if (v.conclusion !== "KEEP" && v.notes.length < 2)
      ctx.addIssue({ code: "custom", path: ["notes"], message: "结论为关注或出库时，请填写研判意见" });
  });

export type EnterPoolInput = z.input<typeof enterPoolSchema>;
