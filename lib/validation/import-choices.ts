// The confirm step's answers for rows an import flagged as possible duplicates: per row (its
// sourceKey, lib/import/report.ts) "new" for a new person, or the id of the existing cadre.
import { z } from "zod";

export const importChoicesSchema = z
  .record(z.string().max(300), z.string().min(1).max(40))
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
