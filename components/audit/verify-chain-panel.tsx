"use client";
// The auditor's integrity check on the audit page: runs the same verification as
// `npm run audit:verify` on the server and shows its result and time.
import { useAction } from "next-safe-action/hooks";
import { verifyAuditChainAction } from "@/app/(app)/audit/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

export function VerifyChainPanel() {
  const { execute, result, isPending } = useAction(verifyAuditChainAction);
  const r = result.data;
  return (
    <section aria-label="日志完整性校验" className="mb-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => execute({})} disabled={isPending}>
          {isPending ? "正在校验…" : "校验日志完整性"}
        </Button>
        <span className="text-slate-600">逐条核对密钥哈希链，并与本机离机锚点文件比对。</span>
      </div>
      <FormAlert result={result} />
      {r ? (
        <p role="status" data-testid="chain-check" className={`mt-3 ${r.ok ? "text-emerald-700" : "text-rose-700"}`}>
          {r.ok
            ? `✓ 日志完整：共校验 ${r.rows.toLocaleString("zh-CN")} 条（其中密钥链 ${r.keyedRows.toLocaleString("zh-CN")} 条）`
            : `✗ 日志完整性被破坏：第 ${r.firstBadId} 条起不符（${r.problem}），已校验 ${r.rows.toLocaleString("zh-CN")} 条`}
          {r.anchorFileFound ? `；锚点 ${r.anchors} 个${r.ok ? "均相符" : ""}` : "；本机未找到锚点文件，仅校验哈希链"}
          。校验时间 {r.checkedAt}，用时 {r.seconds} 秒。
        </p>
      ) : null}
    </section>
  );
}
