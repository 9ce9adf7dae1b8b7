"use client";
// Shared bits of the settings forms: the validation message of one field and the alert for a
// server error (a generic message with a reference id, or a user-facing one).

type Result = { validationErrors?: unknown; serverError?: string };

export function fieldError(result: Result, field: string): string | undefined {
  const v = result.validationErrors as Record<string, { _errors?: string[] } | undefined> | undefined;
  return v?.[field]?._errors?.[0];
}

export function ServerError({ result }: { result: Result }) {
  const form = (result.validationErrors as { _errors?: string[] } | undefined)?._errors?.[0];
  const message = result.serverError ?? form;
  return message ? <p role="alert" className="mb-3 text-sm text-red-600">{message}</p> : null;
}
