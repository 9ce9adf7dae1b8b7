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
    id: z.string().max(40).optional(),
    /** the row's version; null for a published default not yet stored */
    version: z.number().int().min(1).nullable().optional(),
    /** the name the row had when the editor opened it (a default is found by its name) */
    originalName: z.string().trim().max(40).optional(),
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
  name: z.string().trim().min(1).max(40),
  archived: z.boolean(),
  version: z.number().int().min(1).nullable(),
});

export type SaveSchoolInput = z.output<typeof saveSchoolSchema>;
export type ArchiveSchoolInput = z.output<typeof archiveSchoolSchema>;
