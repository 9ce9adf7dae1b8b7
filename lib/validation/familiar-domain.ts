import { z } from "zod";

export const addDomainSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "请输入领域名称")
    .max(20, "领域名称不超过 20 个字")
    .regex(/^[^\s,，、;；]+$/, "领域名称不能包含空格或分隔符"),
});

export const archiveDomainSchema = z.object({
  name: z.string().trim().min(1).max(20),
  archived: z.boolean(),
  /** the row's version, or null for a default not yet stored */
  version: z.number().int().min(1).nullable(),
});

export type AddDomainInput = z.infer<typeof addDomainSchema>;
export type ArchiveDomainInput = z.infer<typeof archiveDomainSchema>;
