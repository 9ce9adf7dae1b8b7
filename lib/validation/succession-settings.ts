// zod schema of the 关键岗位设置 (succession by key post): the key post kinds and the units
// counted as 重要部门, with the row's version.
import { z } from "zod";
import { KeyPostKind } from "@/lib/domain/enums";

export const successionSettingsSchema = z.object({
  keyPostKinds: z
    .array(z.enum(Object.values(KeyPostKind), { error: "关键岗位类别无效" }))
    .min(1, "请至少选择一类关键岗位")
    .max(4, "关键岗位类别无效"),
  importantUnitIds: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "单位无效")).max(500, "重要部门不超过500个"),
  version: z.number().int().min(1),
});

export type SuccessionSettingsInput = z.output<typeof successionSettingsSchema>;
