"use client";
// Form state validated in the browser by the same zod schema the server action uses: the
// message beside a field is the server's own. Server-side field errors (validationErrors)
// merge in; the values stay as typed whatever happens (a conflict never clears the form).
import { useState } from "react";
import type { z } from "zod";
import type { FieldErrors } from "./field-errors";

export function firstErrors(issues: readonly { path: PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    const k = String(i.path[0] ?? "_form");
    out[k] ??= i.message;
  }
  return out;
}

export function useZodForm<S extends z.ZodType, V extends Record<string, unknown>>(schema: S, initial: V) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key as string]: undefined }));
  };
  /** The parsed input, or null with the messages set beside the fields. */
  const validate = (): z.input<S> | null => {
    const r = schema.safeParse(values);
    if (r.success) {
      setErrors({});
      return values as z.input<S>;
    }
    setErrors(firstErrors(r.error.issues));
    return null;
  };
  return { values, setValues, set, errors, setErrors, validate };
}
