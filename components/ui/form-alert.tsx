// The message of a failed save that belongs to no single field (a conflict, a refusal).
export function FormAlert({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="mb-4 rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-800">
      <span aria-hidden="true" className="mr-1 font-bold">!</span>
      {message}
    </p>
  );
}

/** The first message per field of a next-safe-action result, for `error={err("name")}`. */
export function fieldErrorsOf(validationErrors: unknown): (field: string) => string | undefined {
  const v = validationErrors as Record<string, { _errors?: string[] }> | undefined;
  return (field) => v?.[field]?._errors?.[0];
}
