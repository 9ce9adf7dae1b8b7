"use client";

import { removeCalendarOverrideAction } from "@/app/(app)/settings/calendar/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useSave } from "@/components/forms/use-save";

export function RemoveOverrideButton({ id, version, date }: { id: string; version: number; date: string }) {
  const { execute, result, isPending } = useSave(removeCalendarOverrideAction);
  return (
    <span>
      <Button
        variant="ghost"
        disabled={isPending}
        onClick={() => {
          if (window.confirm(`删除 ${date} 的本地调整？该日将按国家安排或周末计算。`)) execute({ id, version });
        }}
      >
        删除
      </Button>
      <FormAlert result={result} />
    </span>
  );
}
