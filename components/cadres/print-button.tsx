"use client";
// 打印: records the print in the audit log first, then opens the browser's print dialog
// (the print stylesheet leaves only the 任免审批表, on one A4 page).
import { useAction } from "next-safe-action/hooks";
import { recordPrintAction } from "@/app/(app)/cadres/[id]/view-actions";
import { Button } from "@/components/ui/button";

export function PrintButton({ cadreId }: { cadreId: string }) {
  const { execute, isPending, result } = useAction(recordPrintAction, { onSuccess: () => window.print() });
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" disabled={isPending} onClick={() => execute({ cadreId })}>
        打印
      </Button>
      {result.serverError ? (
        <span role="alert" className="text-xs text-red-600">
          {result.serverError}
        </span>
      ) : null}
    </span>
  );
}
