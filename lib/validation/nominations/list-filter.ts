// The nomination list's query string (?view=table&status=open&stage=…&unit=…&q=…). Anything
// unrecognised falls back to the default rather than failing the page.
import { z } from "zod";
import { NominationStage } from "@/lib/domain/enums";

export const listFilterSchema = z.object({
  view: z.enum(["board", "table"]).catch("board"),
  status: z.enum(["open", "closed", "all"]).catch("all"),
  stage: z.enum(NominationStage).optional().catch(undefined),
  unit: z.string().trim().max(64).optional().catch(undefined),
  q: z.string().trim().max(40).optional().catch(undefined),
});

export type ListFilter = z.infer<typeof listFilterSchema>;

export function parseListFilter(sp: Record<string, string | string[] | undefined>): ListFilter {
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k]![0] : sp[k]) || undefined;
  return listFilterSchema.parse({
    view: one("view"),
    status: one("status"),
    stage: one("stage"),
    unit: one("unit"),
    q: one("q"),
  });
}
