"use client";
// 身份证号 shown masked; an organization role may reveal it with an explicit, audited action.
import { HydratedButton } from "@/components/ui/button";
import { useAction } from "next-safe-action/hooks";
import { revealIdNumberAction } from "@/app/(app)/cadres/[id]/view-actions";

export function IdNumberReveal({
  cadreId,
  masked,
  canReveal,
}: {
  cadreId: string;
  masked: string;
  canReveal: boolean;
}) {
  const { execute, isPending, result } = useAction(revealIdNumberAction);
  const plain = result.data?.idNumber;
  if (!masked) return <span className="text-slate-500">未登记</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <span className="font-mono tabular-nums" data-testid="id-number">
        {plain ?? masked}
      </span>
      {canReveal && !plain ? (
        <HydratedButton
          type="button"
          className="text-xs text-brand-700 hover:underline"
          disabled={isPending}
          onClick={() => execute({ cadreId })}
        >
          查看完整号码（将记入审计日志）
        </HydratedButton>
      ) : null}
      {result.serverError ? (
        <span role="alert" className="text-xs text-red-600">
          {result.serverError}
        </span>
      ) : null}
    </span>
  );
}
