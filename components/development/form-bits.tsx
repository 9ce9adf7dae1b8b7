// Small form helpers shared by the 培训与实践 forms (client or server).

export function CheckboxField({
  id,
  label,
  hint,
  ...rest
}: { id: string; label: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
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

export function FormNotice({ message }: { message?: string | null }) {
  return message ? (
    <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
      {message}
    </p>
  ) : null;
}
