// The one reader of next-safe-action's validationErrors: zod's formatted errors, and the
// server's FieldErrors that the action client files in the same shape — { field: { _errors } },
// nested for arrays and objects, `_errors` at the top for the form as a whole.
export type FieldErrors = Record<string, string | undefined>;

interface ActionResult {
  serverError?: string;
  validationErrors?: unknown;
}

/** The first message at a path, e.g. ["goals", 0, "dueOn"]. */
export function errorAt(validationErrors: unknown, path: readonly (string | number)[]): string | undefined {
  let node: unknown = validationErrors;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return (node as { _errors?: string[] } | undefined)?._errors?.[0];
}

/** The first message per field, for `error={err("name")}`. */
export function fieldErrorsOf(validationErrors: unknown): (field: string) => string | undefined {
  return (field) => errorAt(validationErrors, [field]);
}

/** Every field's first message, for forms that keep their errors in state. */
export function serverFieldErrors(validationErrors: unknown): FieldErrors {
  const out: FieldErrors = {};
  for (const field of Object.keys((validationErrors ?? {}) as object)) {
    const message = field === "_errors" ? undefined : errorAt(validationErrors, [field]);
    if (message) out[field] = message;
  }
  return out;
}

/** What belongs to no single field: the server's message, or a form-level validation error. */
export function formErrorOf(result: ActionResult): string | undefined {
  return result.serverError ?? errorAt(result.validationErrors, []);
}
