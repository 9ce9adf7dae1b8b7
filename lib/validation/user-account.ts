// Account administration inputs, shared by the forms and the actions. 三员分立: the 系统管理员's
// inputs (create, status, expiry, password reset) carry no role, unit, clearance or secret;
// the 安全管理员's (grant, second-factor reset, recusal) carry no password. Passwords are never
// typed by an administrator: the system generates one-time passwords for the holder.
import { z } from "zod";
import { Role, SecurityLevel } from "@/lib/domain/enums";
import { parseIsoDay } from "./dates";
import { parseIdNumber } from "./id-number";

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{2,31}$/;

const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "请输入用户名")
  .regex(USERNAME_PATTERN, "用户名为 3–32 位小写字母、数字、下划线、点或连字符，以字母或数字开头");

const displayName = z.string().trim().min(1, "请输入姓名或账号名称").max(50, "名称不超过 50 个字");
const role = z.enum(Role, "请选择角色");
const clearance = z.enum(SecurityLevel, "请选择密级");
const unitId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));
const version = z.number().int().min(1);
const userId = z.string().min(1).max(64);

const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * The account may be used through the whole of `day` (a calendar day in China) and stops at
 * the next midnight, China time: the moment stored in User.expiresAt.
 */
export function expiresAtOf(day: Date): Date {
  return new Date(day.getTime() + 24 * 3600_000 - CHINA_OFFSET_MS);
}

/** The last day of use ("YYYY-MM-DD", China) of an account expiring at `expiresAt`. */
export function expiryDayOf(expiresAt: Date): string {
  return new Date(expiresAt.getTime() + CHINA_OFFSET_MS - 1).toISOString().slice(0, 10);
}

/** 到期日: empty for none; otherwise a real calendar day, turned into the moment it ends. */
const expiresOn = z
  .string({ error: "到期日不是有效日期（格式：年-月-日）" })
  .trim()
  .max(10, "到期日不是有效日期（格式：年-月-日）")
  .default("")
  .transform((s, ctx) => {
    if (!s) return null;
    const day = parseIsoDay(s);
    if (!day) {
      ctx.addIssue({ code: "custom", message: "到期日不是有效日期（格式：年-月-日）" });
      return z.NEVER;
    }
    return expiresAtOf(day);
  });

export const createAccountSchema = z.object({ username, displayName, expiresOn });

/** The 安全管理员's grant: role, unit scope (unit accounts only) and clearance, as one change. */
export const grantAccessSchema = z.object({ userId, version, role, unitId, clearance });
export const accountRefSchema = z.object({ userId, version });
export const disableAccountSchema = z.object({
  userId,
  version,
  reason: z.string().trim().max(100, "停用原因不超过 100 个字").default(""),
});
export const accountExpirySchema = z.object({ userId, version, expiresOn });

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

export type CreateAccountInput = z.output<typeof createAccountSchema>;
export type GrantAccessInput = z.output<typeof grantAccessSchema>;
export type AccountRef = z.output<typeof accountRefSchema>;
export type DisableAccountInput = z.output<typeof disableAccountSchema>;
export type AccountExpiryInput = z.output<typeof accountExpirySchema>;
export type RecusalInput = z.output<typeof recusalSchema>;
