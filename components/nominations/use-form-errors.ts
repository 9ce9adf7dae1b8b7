"use client";
// Reads next-safe-action's formatted validation errors: the first message of a field.
export function fieldErrors(validationErrors: unknown): (field: string) => string | undefined {
  const v = validationErrors as Record<string, { _errors?: string[] }> | undefined;
  return (field) => v?.[field]?._errors?.[0];
}
