// Account administration inputs (system administrator). Shared by the forms and the actions;
// the password policy itself is checked on the server (passwordProblems) with the username.
import { z } from "zod";
import { Role } from "@/lib/domain/enums";
import { parseIdNumber } from "./id-number";

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{2,31}$/;

const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "请输入用户名")
  .regex(USERNAME_PATTERN, "用户名为 3–32 位小写字母、数字、下划线、点或连字符，以字母或数字开头");

const role = z.enum(Role, "请选择角色");
const unitId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));
const version = z.number().int().min(1);
const userId = z.string().min(1).max(64);
const password = z.string().min(1, "请输入初始密码").max(128, "密码不能超过 128 位");

export const createAccountSchema = z.object({
  username,
  displayName: z.string().trim().min(1, "请输入姓名或账号名称").max(50, "名称不超过 50 个字"),
  role,
  unitId,
  password,
});

export const changeRoleSchema = z.object({ userId, version, role, unitId });
export const resetPasswordSchema = z.object({ userId, version, password });
export const accountRefSchema = z.object({ userId, version });

/**
 * 回避登记: the 身份证号 of the account's holder and of relatives who may be in the cadre
 * database, one per line (or separated by commas); replaces what was registered. At most 20.
 */
export const recusalSchema = z.object({
  userId,
  version,
  idNumbers: z
    .string()
    .max(2000, "内容过长")
    .transform((text, ctx) => {
      const lines = text
        .split(/[\s,，;；]+/)
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length > 20) ctx.addIssue({ code: "custom", message: "最多登记20个身份证号" });
      const out: string[] = [];
      lines.forEach((line, i) => {
        const r = parseIdNumber(line);
        if (r.ok) out.push(r.value);
        else ctx.addIssue({ code: "custom", message: `第${i + 1}个：${r.message}` });
      });
      return [...new Set(out)];
    }),
});

export type CreateAccountInput = z.infer<typeof createAccountSchema>;
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
export type AccountRef = z.infer<typeof accountRefSchema>;
export type RecusalInput = z.output<typeof recusalSchema>;
