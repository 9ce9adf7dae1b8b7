"use client";
// The save of a set kept on the cadre row (奖惩情况, the exclusion facts, the photo): checks the
// input with the action's zod schema, sends it with the cadre's version, shows messages beside
// fields, a conflict (with "overwrite with mine") or an error; on success the page is re-read,
// which re-keys the form on the new version.
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { serverFieldErrors, type FieldErrors } from "@/components/forms/field-errors";
import { firstErrors } from "@/components/forms/use-zod-form";
import type { ConflictInfo, SaveResult } from "@/lib/cadres/conflict";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Action = any;

export function useCadreSetSave(action: Action, schema: z.ZodType, cadreId: string, version: number) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [saved, setSaved] = useState(false);
  const hook = useAction(action);

  async function save(values: Record<string, unknown>, atVersion = version): Promise<boolean> {
    setSaved(false);
    const payload = { ...values, cadreId, version: atVersion };
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      setErrors(firstErrors(parsed.error.issues));
      return false;
    }
    setErrors({});
    const r = (await hook.executeAsync(payload as never)) as
      { data?: SaveResult; validationErrors?: unknown } | undefined;
    if (r?.validationErrors) {
      setErrors(serverFieldErrors(r.validationErrors));
      return false;
    }
    if (!r?.data) return false;
    if (!r.data.ok) {
      setConflict(r.data.conflict);
      return false;
    }
    setConflict(null);
    setSaved(true);
    router.refresh();
    return true;
  }

  const result = hook.result as { serverError?: string; validationErrors?: unknown };
  return { save, errors, conflict, saved, pending: hook.isPending, result };
}
