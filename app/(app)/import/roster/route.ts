import { confirmImport } from "@/lib/server/import/confirm";
import { parseImportChoices } from "@/lib/validation/import-choices";
import { guardRequest, ndjson, plain, progressEmitter, readUploadForm } from "@/lib/server/import/http";
import { sha256 } from "@/lib/server/import/plan";
import { rememberPlan, takePlan } from "@/lib/server/import/plan-cache";
import { planRosterImport } from "@/lib/server/import/roster-plan";
import { MAX_ROSTER_BYTES, rosterTooLargeMessage } from "@/lib/import/upload-limits";

// POST /import/roster (multipart: file, mode=check|commit, digest) → NDJSON: progress lines,
// then the dry-run report (check) or the written counts (commit). Nothing is written on check.
export async function POST(request: Request) {
  const actor = await guardRequest(request, "cadre.import.roster", "cadre", "import");
  if (actor instanceof Response) return actor;
  const form = await readUploadForm(request);
  if (form instanceof Response) return form;
  const file = form.get("file");
  const mode = form.get("mode");
  if (!(file instanceof File) || (mode !== "check" && mode !== "commit")) {
    return plain(400, "请选择要导入的 Excel 文件");
  }
  if (file.size > MAX_ROSTER_BYTES) return plain(413, rosterTooLargeMessage());
  const digest = String(form.get("digest") ?? "");
  // answers for rows flagged as possible duplicates (JSON: row key → "new" | cadre id)
  const choices = parseImportChoices(form.get("choices"));
  if (!choices) return plain(400, "重复记录的选择无法读取，请重新预检");
  const bytes = new Uint8Array(await file.arrayBuffer());
  return ndjson(async (emit) => {
    const progress = progressEmitter(emit);
    const fileHash = sha256(bytes);
    const cached = mode === "commit" ? takePlan(actor, digest, fileHash) : null;
    const planned = cached
      ? { ok: true as const, plan: cached }
      : await planRosterImport(actor, bytes, file.name, progress);
    if (mode === "check") {
      if (planned.ok) rememberPlan(actor, planned.plan, fileHash);
      emit(planned.ok ? { type: "report", report: planned.plan.report } : { type: "error", message: planned.message });
      return;
    }
    const result = await confirmImport(
      actor,
      planned,
      digest,
      { action: "cadre.import.roster", fileName: file.name },
      progress,
      choices,
    );
    emit({ type: "done", result });
  });
}
