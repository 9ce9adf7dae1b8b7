"use client";

import { useAction } from "next-safe-action/hooks";
import { auditDashboardPrintAction } from "@/app/(app)/dashboard/actions";
import { Button } from "@/components/ui/button";

/** Records the print in the audit log, then opens the browser's print dialog (A4 landscape). */
export function PrintButton({ asOf }: { asOf: string }) {
  const { executeAsync, isPending } = useAction(auditDashboardPrintAction);
  return (
    <Button
      variant="secondary"
      className="no-print"
      disabled={isPending}
      onClick={async () => {
        await executeAsync({ asOf });
        window.print();
      }}
    >
      打印（A4横向）
    </Button>
  );
}
