import { Badge } from "@/components/ui/badge";
import type { DunmiaoCheck } from "@/lib/server/development/dunmiao-check";

/** The 墩苗 check's verdict, each line citing its rule id. */
export function CheckLines({ check }: { check: DunmiaoCheck }) {
  const failed = check.lines.filter((l) => !l.passed);
  const title =
    check.outcome === "BLOCKED"
      ? "不符合墩苗选派条件，不能保存"
      : check.outcome === "NEEDS_REASON"
        ? "有需要说明的情形，请填写理由后保存"
        : "符合墩苗选派条件";
  return (
    <section
      role={check.outcome === "OK" ? "status" : "alert"}
      aria-label="墩苗选派条件检查"
      className={`mb-4 rounded-md border p-3 text-sm ${check.outcome === "BLOCKED" ? "border-rose-300 bg-rose-50" : check.outcome === "NEEDS_REASON" ? "border-amber-300 bg-amber-50" : "border-emerald-300 bg-emerald-50"}`}
    >
      <p className="font-medium">{title}</p>
      <ul className="mt-2 space-y-1">
        {(failed.length ? failed : check.lines).map((l, i) => (
          <li key={`${l.ruleId}-${i}`} className="flex gap-2" data-testid="check-line" data-rule-id={l.ruleId}>
            <span className="shrink-0 whitespace-nowrap">
              {l.passed ? (
                <Badge tone="ok">✓ 符合</Badge>
              ) : l.severity === "hard" ? (
                <Badge tone="bad">✕ 不符合</Badge>
              ) : (
                <Badge tone="warn">! 提示</Badge>
              )}
            </span>
            <span>
              <code className="text-xs">{l.ruleId}</code> {l.title}：{l.message}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">
        依据：{check.profileName}
        {check.addedRules.length
          ? `。当前政策配置未启用 ${check.addedRules.join("、")}，按山西“墩苗”文件的默认条件检查`
          : ""}
      </p>
    </section>
  );
}
