// The 安全策略 form (SecuritySettings), shared by the form and the action.
import { z } from "zod";

const days = (label: string, min: number, max: number) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}须为整数`)
    .min(min, `${label}不少于 ${min} 天`)
    .max(max, `${label}不超过 ${max} 天`);

export const securitySettingsSchema = z.object({
  totpForReaders: z.boolean(),
  // 等保 L3 expects both limits to exist: they can be tuned, not switched off.
  inactiveDisableDays: days("自动停用期限", 7, 365),
  passwordMaxAgeDays: days("密码有效期", 7, 365),
  version: z.number().int().min(1),
});

export type SecuritySettingsInput = z.output<typeof securitySettingsSchema>;
