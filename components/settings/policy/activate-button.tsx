"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { activateProfileAction } from "@/app/(app)/settings/policy/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** Confirms an activation the page has just previewed; refused if the active profile changed meanwhile. */
export function ActivateButton({
  rowId,
  presetKey,
  expectedActiveRowId,
  label,
}: {
  rowId: string | null;
  presetKey: string | null;
  expectedActiveRowId: string | null;
  label: string;
}) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(activateProfileAction, {
    onSuccess: () => router.push("/settings/policy?activated=1"),
  });
  return (
    <div>
      <FormAlert result={result} />
      <Button disabled={isPending} onClick={() => execute({ rowId, presetKey, expectedActiveRowId })}>
        {isPending ? "正在启用…" : label}
      </Button>
    </div>
  );
}
