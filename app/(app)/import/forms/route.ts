import { confirmImport } from "@/lib/server/import/confirm";
import { parseImportChoices } from "@/lib/validation/import-choices";
import { planFormImport } from "@/lib/server/import/form-plan";
import { guardRequest, ndjson, plain, progressEmitter, readUploadForm } from "@/lib/server/import/http";
import { sha256 } from "@/lib/server/import/plan";
import { rememberPlan, takePlan } from "@/lib/server/import/plan-cache";

// POST /import/forms (multipart: file… (.lrmx, .lrm + .pic, .zip), mode=check|commit, digest,
// unitId for new cadres whose unit the form does not name) → NDJSON like /import/roster.
export async function POST(request: Request) {
  const actor = await guardRequest(request, "cadre.import.lrmx", "cadre", "import");
  if (actor instanceof Response) return actor;
  const form = await readUploadForm(request);
  if (form instanceof Response) return form;
  const files = form.getAll("file").filter((f): f is File => f instanceof File);
  const mode = form.get("mode");
  if (!files.length || (mode !== "check" && mode !== "commit")) {
    return plain(400, "请选择要导入的任免审批表文件");
  }
  const digest = String(form.get("digest") ?? "");
  // answers for rows flagged as possible duplicates (JSON: row key → "new" | cadre id)
  const choices = parseImportChoices(form.get("choices"));
  if (!choices) return plain(400, "重复记录的选择无法读取，请重新预检");
  const unitId = String(form.get("unitId") ?? "") || undefined;
  const uploads = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  return ndjson(async (emit) => {
    const progress = progressEmitter(emit);
    const filesHash = sha256(uploads.map((u) => sha256(u.bytes)).join(",") + `|${unitId ?? ""}`);
    const cached = mode === "commit" ? takePlan(actor, digest, filesHash) : null;
    const planned = cached
      ? { ok: true as const, plan: cached }
      : await planFormImport(actor, uploads, { defaultUnitId: unitId }, progress);
    if (mode === "check") {
      if (planned.ok) rememberPlan(actor, planned.plan, filesHash);
      emit(planned.ok ? { type: "report", report: planned.plan.report } : { type: "error", message: planned.message });
      return;
    }
    const result = await confirmImport(
      actor,
      planned,
      digest,
      { action: "cadre.import.lrmx", fileName: planned.ok ? planned.plan.report.fileName : "" },
      progress,
      choices,
    );
    emit({ type: "done", result });
  });
}
