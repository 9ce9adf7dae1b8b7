import { z } from "zod";
import { parseIsoDay } from "./dates";

// The page shows the first rejection's message ("查询条件有误…"), so every message is Chinese
// and names the field; a parameter repeated in the URL (an array) is refused the same way.
const optionalText = (label: string) =>
  z
    .string({ error: `${label}格式不正确` })
    .trim()
    .max(100, `${label}不超过100个字`)
    .optional()
    .transform((v) => (v ? v : undefined));
const optionalDay = (label: string) =>
  z
    .string({ error: `${label}不是有效日期（格式：年-月-日）` })
    .trim()
    .refine((s) => s === "" || parseIsoDay(s) !== null, `${label}不是有效日期（格式：年-月-日）`)
    .optional()
    .transform((v) => (v ? v : undefined));

// Exact-match keys for following one request or one session. The session hash is what
// auditSessionHash stores (lowercase hex); a request id is proxy.ts's UUID, or a job's own id.
const optionalKey = (label: string, pattern: RegExp, hint: string) =>
  z
    .string({ error: `${label}格式不正确` })
    .trim()
    .max(64, `${label}不超过64个字符`)
    .refine((s) => s === "" || pattern.test(s), `${label}${hint}`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** The auditor's search form, read from the URL (shareable) and by the export route. */
export const auditSearchSchema = z.object({
  from: optionalDay("起始日期"),
  to: optionalDay("截止日期"),
  username: optionalText("用户"),
  action: optionalText("操作"),
  objectType: optionalText("对象类型"),
  objectId: optionalText("对象编号"),
  objectName: optionalText("涉及对象"),
  requestId: optionalKey("请求编号", /^[A-Za-z0-9._:-]+$/, "只能包含字母、数字和 - _ . :"),
  sessionHash: optionalKey("会话标识", /^[0-9a-fA-F]+$/, "只能是十六进制字符（0-9、a-f）").transform((v) =>
    v?.toLowerCase(),
  ),
  result: z
    .union([z.literal(""), z.enum(["SUCCESS", "DENIED", "FAILURE"])], { error: "请选择有效的结果" })
    .optional()
    .transform((v) => (v ? v : undefined)),
  page: z.coerce
    .number({ error: "页码应为数字" })
    .int("页码应为整数")
    .min(1, "页码不能小于1")
    .max(100_000, "页码不能大于100000")
    .default(1),
});

export type AuditSearch = z.infer<typeof auditSearchSchema>;
