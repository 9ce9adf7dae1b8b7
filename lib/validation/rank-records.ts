// zod schema of the 职务层次与职级记录 editor (补录): one closed period of a 职务层次, a 职级 or
// both, with its 文号 and a note. The open (current) period is not edited here: it follows
// Cadre.rank/rankSince and grade/gradeSince (the basic form) through the trigger
// Cadre_rank_record_sync, so a row saved here always has an end. Overlaps with the other
// periods are the server's check (lib/server/cadres/write-rank-records.ts).
import { z } from "zod";
import { GRADES, RANKS } from "@/lib/rules/model/enums";
import { optionalText, requiredDate } from "./cadre";

export const rankRecordSchema = z
  .object({
    cadreId: z.string().min(1).max(40),
    /** absent when adding a period */
    id: z.string().max(40).optional(),
    version: z.number().int().min(1).optional(),
    rank: z.union([z.literal(""), z.enum(RANKS)], { error: "请选择有效的职务层次" }).default(""),
    grade: z.union([z.literal(""), z.enum(GRADES)], { error: "请选择有效的职级" }).default(""),
    startDate: requiredDate("起始时间"),
    endDate: z
      .string({ error: "请填写截止时间" })
      .trim()
      .min(1, "请填写截止时间（现任职务层次、职级在基本信息中修改）")
      .pipe(requiredDate("截止时间")),
    documentNo: optionalText(40, "文号"),
    note: optionalText(200, "备注"),
  })
  .superRefine((v, ctx) => {
    if (!v.rank && !v.grade)
      ctx.addIssue({ code: "custom", path: ["rank"], message: "请选择职务层次或职级（至少一项）" });
    if (v.endDate && v.startDate && v.endDate < v.startDate)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "截止时间不能早于起始时间" });
    if (v.id && v.version === undefined)
      ctx.addIssue({ code: "custom", path: ["version"], message: "缺少版本号，请刷新后重试" });
  });

export type RankRecordInput = z.input<typeof rankRecordSchema>;
