// Small form helpers shared by the 培训与实践 forms (client or server).

export type FieldErrors = Record<string, { _errors?: string[] } | undefined> | undefined;

/** The first message for a field from next-safe-action's validationErrors. */
export function fieldError(errors: unknown, field: string): string | undefined {
  return (errors as FieldErrors)?.[field]?._errors?.[0];
}

export function CheckboxField({ id, label, hint, ...rest }: { id: string; label: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="inline-flex items-center gap-2 text-sm text-slate-700">
        <input id={id} name={id} type="checkbox" className="h-4 w-4 rounded border-slate-300" {...rest} />
        {label}
      </label>
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}

export function FormError({ message }: { message?: string | null }) {
  return message ? <p role="alert" className="mb-4 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">{message}</p> : null;
}

export function FormNotice({ message }: { message?: string | null }) {
  return message ? <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{message}</p> : null;
}

/** A nested field's first message, e.g. path ["goals", 0, "dueOn"]. */
export function nestedError(errors: unknown, path: (string | number)[]): string | undefined {
  let node: unknown = errors;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return (node as { _errors?: string[] } | undefined)?._errors?.[0];
}
