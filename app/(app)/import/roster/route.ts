import { confirmImport } from "@/lib/server/import/confirm";
import { guardRequest, ndjson, progressEmitter } from "@/lib/server/import/http";
import { sha256 } from "@/lib/server/import/plan";
import { rememberPlan, takePlan } from "@/lib/server/import/plan-cache";
import { planRosterImport } from "@/lib/server/import/roster-plan";

// POST /import/roster (multipart: file, mode=check|commit, digest) → NDJSON: progress lines,
// then the dry-run report (check) or the written counts (commit). Nothing is written on check.
export async function POST(request: Request) {
  const actor = await guardRequest(request, "cadre.import.roster", "cadre", "import");
  if (actor instanceof Response) return actor;
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const mode = form?.get("mode");
  if (!(file instanceof File) || (mode !== "check" && mode !== "commit")) {
    return new Response("请选择要导入的 Excel 文件", { status: 400 });
  }
  const digest = String(form?.get("digest") ?? "");
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
    );
    emit({ type: "done", result });
  });
}
