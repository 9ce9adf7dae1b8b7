"use client";
// 显示列: which columns a grid shows. The caller keeps the choice (the roster keeps it in the
// URL, so a shared link and the .xlsx export show the same columns).
export function ColumnChooser<C extends string>({
  columns,
  labels,
  visible,
  onChange,
  locked = [],
}: {
  columns: readonly C[];
  labels: Record<C, string>;
  visible: readonly C[];
  onChange: (next: C[]) => void;
  /** columns that cannot be hidden (e.g. the name that links to the record) */
  locked?: readonly C[];
}) {
  const toggle = (c: C, on: boolean) => onChange(columns.filter((x) => (x === c ? on : visible.includes(x))));
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
        显示列
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 grid w-72 grid-cols-2 gap-1 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg">
        <legend className="sr-only">显示列</legend>
        {columns.map((c) => (
          <label key={c} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={visible.includes(c)}
              disabled={locked.includes(c)}
              onChange={(e) => toggle(c, e.target.checked)}
            />
            {labels[c]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
