// 院校代码表 (设置 → 代码表 → 院校): one institution with its name variants and flags.
import { z } from "zod";

const schoolName = (label: string) =>
  z
    .string()
    .trim()
    .min(2, `${label}至少2个字`)
    .max(40, `${label}不超过40个字`)
    .regex(/^[^,，、;；\n]+$/, `${label}不能包含分隔符`);

export const saveSchoolSchema = z
  .object({
    /** absent: a new row */
    id: z.string({ error: "院校编号格式不正确" }).max(40, "院校编号格式不正确").optional(),
    /** the row's version; null for a published default not yet stored */
    version: z
      .number({ error: "版本号格式不正确" })
      .int("版本号格式不正确")
      .min(1, "版本号格式不正确")
      .nullable()
      .optional(),
    /** the name the row had when the editor opened it (a default is found by its name) */
    originalName: z.string({ error: "原名称格式不正确" }).trim().max(40, "原名称不超过40个字").optional(),
    name: schoolName("院校名称"),
    /** other names, separated by 、 , ； or new lines */
    aliases: z
      .string()
      .max(400, "别名合计不超过400个字")
      .default("")
      .transform((s) => [
        ...new Set(
          s
            .split(/[,，、;；\n]+/)
            .map((a) => a.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(schoolName("别名")).max(20, "别名不超过20个")),
    is985: z.boolean().default(false),
    is211: z.boolean().default(false),
    isDoubleFirstClass: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.is985 && !v.is211) ctx.addIssue({ code: "custom", path: ["is211"], message: "985院校均为211院校" });
    if (v.aliases.includes(v.name)) ctx.addIssue({ code: "custom", path: ["aliases"], message: "别名不能与名称相同" });
  });

export const archiveSchoolSchema = z.object({
  name: z.string({ error: "请指定院校" }).trim().min(1, "请指定院校").max(40, "院校名称不超过40个字"),
  archived: z.boolean({ error: "请指定停用或恢复" }),
  version: z.number({ error: "版本号格式不正确" }).int("版本号格式不正确").min(1, "版本号格式不正确").nullable(),
});

export type SaveSchoolInput = z.output<typeof saveSchoolSchema>;
export type ArchiveSchoolInput = z.output<typeof archiveSchoolSchema>;
