import { z } from "zod";

const optionalText = z.string().trim().max(100).optional().transform((v) => (v ? v : undefined));
const optionalDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD")
  .optional()
  .or(z.literal("").transform(() => undefined));

/** The auditor's search form, read from the URL (shareable) and by the export route. */
export const auditSearchSchema = z.object({
  from: optionalDay,
  to: optionalDay,
  username: optionalText,
  action: optionalText,
  objectType: optionalText,
  objectId: optionalText,
  result: z.enum(["SUCCESS", "DENIED", "FAILURE"]).optional().or(z.literal("").transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export type AuditSearch = z.infer<typeof auditSearchSchema>;
