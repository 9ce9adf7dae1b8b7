// The confirm step's answers for rows an import flagged as possible duplicates: per row (its
// sourceKey, lib/import/report.ts) "new" for a new person, or the id of the existing cadre.
import { z } from "zod";

export const importChoicesSchema = z
  .record(
    z.string({ error: "选择格式不正确" }).max(300, "行标识过长"),
    z.string({ error: "请选择新建或同一人" }).min(1, "请选择新建或同一人").max(40, "选择格式不正确"),
    { error: "选择格式不正确" },
  )
  .refine((r) => Object.keys(r).length <= 10_000, "选择过多");

/** The multipart field `choices` (JSON); blank is no choices. */
export function parseImportChoices(raw: FormDataEntryValue | null): Record<string, string> | null {
  if (raw === null || raw === "") return {};
  try {
    const r = importChoicesSchema.safeParse(JSON.parse(String(raw)));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
