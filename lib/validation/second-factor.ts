import { z } from "zod";

// The code the holder types to confirm a new authenticator (app/account/second-factor).
export const enrolSecondFactorSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "请输入手机验证器显示的 6 位数字"),
});

export type EnrolSecondFactorInput = z.infer<typeof enrolSecondFactorSchema>;
